import { analyzeReport } from '../core/analyze';
import { formatMessage } from '../core/i18n/messages';
import type { Locale } from '../core/i18n/messages';
import { CrossYearStream, readPrevious } from './cross-year';
import type { Analysis } from '../core/analyze';
import { DEFAULT_OPTIONS } from '../core/editor/options';
import { findRcLayers, folderOf, foldersUpward, isWithin, optionsWithRc } from '../core/editor/rc-lookup';
import type { RcText } from '../core/editor/rc-lookup';
import { REPORT_FILE_NAME } from '../core/editor/detect';
import { decodeReport } from '../core/text/decode';
import { describeSource, reportTableNames } from '../core/import/source-label';
import type { ImportedReport } from '../core/import/types';
import type { ReportModel } from '../core/model/types';
import { IMPORTED_FILE_NAME, importFile } from '../import/registry';
import { parseArgs, USAGE } from './args';
import type { CheckCommand } from './args';
import { formatJson } from './format/json';
import { formatSarif } from './format/sarif';
import { formatText } from './format/text';
import { lineStartsOf } from './results';
import { terminalSafe } from './format/escape';
import type { FileResult } from './results';
import { report } from './report';
import type { Exporters } from '../office/exporters';
import { failedRules } from '../core/rules/runner';
import { describeSkip } from '../files/describe';
import { MAX_CONFIG_BYTES, SkippedFileError } from '../files/safe-read';
import type { FolderEntry } from '../files/walk';

/** What the CLI needs from the outside world, so tests can run it in-process. */
export interface CliIO {
  /** A regular file's bytes (files/safe-read.ts); throws (a SkippedFileError, or with an fs `code`) otherwise. */
  readFile(path: string, maxBytes?: number): Uint8Array;
  /** 'directory'; 'file' for anything else that exists (readFile says why a FIFO or a device is not read); undefined when the path does not exist. */
  kind(path: string): 'file' | 'directory' | undefined;
  /** A folder's entries with their real types and keys (files/walk.ts), or why it cannot be listed. */
  readDirectory(path: string): { readonly key: string; readonly entries: readonly FolderEntry[] } | { readonly error: string };
  joinPath(directory: string, name: string): string;
  writeOut(text: string): void;
  writeErr(text: string): void;
  readonly version: string;
  /** The working directory, to find .govreportrc.json files above a relative path (none looked up without it). */
  readonly cwd?: string;
  /** Writes a file: `govreport report`'s 校验报告 and decisions file. */
  writeFile?(path: string, data: Uint8Array): void;
  /** Set when stderr is a terminal (its width): `govreport report` draws its progress bar only then. */
  readonly terminal?: { readonly columns: number };
  /** Today, for the 校验报告's date; the clock when absent. */
  now?(): Date;
  /** The .xlsx and .docx writers and the .xlsx reader (a bundle of their own, loaded on first use). */
  exporters?(): Exporters;
}

const SKIPPED_DIRECTORY = /^(\.|node_modules$)/;
/** Saved web pages, read as their HTML text. */
const WEB_PAGE_FILE_NAME = /\.html?$/i;

/**
 * Runs the CLI; returns the exit code: 0 no error, 1 an error-severity finding, 2 bad usage, an
 * unreadable file, or a .govreportrc.json that cannot be used at all (not JSON, not an object: the
 * files are still checked, without it). Unknown options, rule ids or values in a .govreportrc.json
 * are said on stderr, once per file, and skipped; they do not change the exit code.
 */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const command = parseArgs(argv);
  switch (command.kind) {
    case 'help':
      io.writeOut(`${USAGE}\n`);
      return 0;
    case 'version':
      io.writeOut(`${io.version}\n`);
      return 0;
    case 'usage-error':
      io.writeErr(`govreport：${command.message}\n\n${USAGE}\n`);
      return 2;
    case 'check':
      return check(command, io);
    case 'report':
      return report(command, io);
  }
}

/** The .govreportrc.json files whose problems were said (once each), and whether one could not be used at all. */
export interface ConfigReport {
  readonly said: Set<string>;
  unusable: boolean;
  /** The rc layers of each folder, looked up once per run (reports share folders). */
  readonly layersByFolder: Map<string, ReturnType<typeof findRcLayers>>;
}

/** What checking the command line's paths gives: one result per file (and per empty or missing path, and a --previous that cannot be read, first), cross-year findings included. */
export interface CheckRun {
  readonly results: FileResult[];
  readonly config: ConfigReport;
}

/** The options of a check that the CLI's commands share. */
export type CheckSettings = Pick<CheckCommand, 'era' | 'level' | 'locale'> & { readonly previous?: string | undefined };

/** What a command wants to hear while the files are checked. */
export interface CheckListener {
  /** After each file: `done` of `total`. */
  onFile?(done: number, total: number, path: string): void;
  /**
   * Each checked report with its analysis, as soon as it is checked; told again when cross-year
   * findings are added to it (the result and the analysis then carry them). The analysis is not
   * kept by the run: take from it what you need.
   */
  onChecked?(index: number, result: FileResult, analysis: Analysis): void;
}

/**
 * Checks every file the paths name (folders walked in a stable order), as `govreport check`
 * does, cross-year findings included. Keeps of each file only its result (findings and line
 * starts) and what cross-year pairing needs, so a folder of 10,000 reports stays small.
 */
export async function checkPaths(paths: readonly string[], settings: CheckSettings, io: CliIO, listener: CheckListener = {}): Promise<CheckRun> {
  const config: ConfigReport = { said: new Set(), unusable: false, layersByFolder: new Map() };
  const plan: ({ path: string; fromFolder: boolean; given?: string } | FileResult)[] = [];
  for (const path of paths) {
    const kind = io.kind(path);
    if (kind === 'directory') {
      const found = listReports(path, io, settings.locale);
      if (!found.some((f) => typeof f === 'string')) plan.push({ path, findings: [], notice: formatMessage(settings.locale, 'cli/folder-empty') });
      for (const file of found) plan.push(typeof file === 'string' ? { path: file, fromFolder: true, given: path } : file);
    } else if (kind === 'file') {
      plan.push({ path, fromFolder: false });
    } else {
      plan.push({ path, findings: [], failure: formatMessage(settings.locale, 'cli/not-found') });
    }
  }
  const leading: FileResult[] = [];
  let previousModel: ReportModel | undefined;
  if (settings.previous !== undefined) {
    const read = readPrevious(settings.previous, io, settings.locale);
    if ('failure' in read) leading.push({ path: settings.previous, findings: [], failure: read.failure });
    else previousModel = read.model;
  }
  const results: FileResult[] = [];
  const pairing = new CrossYearStream(
    async (index) => {
      const p = plan[index];
      return p && 'fromFolder' in p ? (await checkFile(p.path, settings, io, config, p.fromFolder, true, p.given)).analysis : undefined;
    },
    (index, analysis) => {
      const before = results[index];
      if (!before) return;
      const result = { ...before, findings: analysis.findings };
      results[index] = result;
      listener.onChecked?.(index, result, analysis);
    },
    previousModel,
  );
  for (const [k, p] of plan.entries()) {
    if ('fromFolder' in p) {
      const { result, analysis } = await checkFile(p.path, settings, io, config, p.fromFolder, false, p.given);
      results.push(result);
      if (analysis) {
        listener.onChecked?.(k, result, analysis);
        await pairing.add(k, analysis);
      }
    } else {
      results.push(p);
    }
    listener.onFile?.(k + 1, plan.length, p.path);
  }
  await pairing.end();
  return { results: [...leading, ...results], config };
}

async function check(command: CheckCommand, io: CliIO): Promise<number> {
  const { results, config } = await checkPaths(command.paths, command, io);
  const output = command.format === 'json' ? formatJson(results) : command.format === 'sarif' ? formatSarif(results, io.version) : formatText(results, command.locale);
  io.writeOut(output);
  if (command.format !== 'text') {
    for (const r of results) if (r.failure || r.notice) io.writeErr(`${terminalSafe(`${r.path}：${r.failure ?? r.notice ?? ''}`)}\n`);
  }
  if (results.some((r) => r.failure) || config.unusable) return 2;
  return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

/**
 * Checks one file. A file found by walking a folder is checked only when it is a report (or a
 * `files` pattern of .govreportrc.json says so): a README beside the reports is skipped, said so,
 * instead of being judged as a report. A file named on the command line is always checked.
 */
async function checkFile(path: string, command: CheckSettings, io: CliIO, config: ConfigReport, fromFolder: boolean, again = false, given?: string): Promise<{ result: FileResult; analysis?: Analysis }> {
  const result = await checkedFile(path, command, io, config, fromFolder, again, given);
  return 'result' in result ? result : { result };
}

/** Checks a file: its result and analysis, or only a result (not checked, and why). `again` when pairing analyses it a second time: nothing is said twice. */
async function checkedFile(path: string, command: CheckSettings, io: CliIO, config: ConfigReport, fromFolder: boolean, again: boolean, given: string | undefined): Promise<FileResult | { result: FileResult; analysis: Analysis }> {
  let bytes: Uint8Array;
  try {
    bytes = io.readFile(path);
  } catch (error) {
    return { path, findings: [], failure: formatMessage(command.locale, 'cli/unreadable', { reason: describe(error, command.locale) }) };
  }
  // Word, .doc/.wps and MHTML files are read by their importer (server/src/import): a failure is
  // said in Chinese and makes the exit code 2 for this file only; the other files are still checked.
  const imported = await importFile(bytes, path, command.locale);
  if (imported.kind === 'failed') return { path, findings: [], failure: imported.message };
  let text: string;
  let invalidBytes = 0;
  if (imported.kind === 'imported') {
    text = imported.report.text;
    if (text.trim() === '') return { path, findings: [], notice: formatMessage(command.locale, 'cli/empty') };
  } else {
    const decoded = decodeReport(bytes);
    if (!decoded.ok) {
      return decoded.reason === 'binary'
        ? { path, findings: [], failure: formatMessage(command.locale, 'cli/binary') }
        : { path, findings: [], notice: formatMessage(command.locale, 'cli/empty') };
    }
    text = decoded.text;
    invalidBytes = decoded.invalidBytes ?? 0;
  }
  // .govreportrc.json from the file's folder upward; command-line options win over it.
  const layers = rcLayers(path, io, config.layersByFolder, given);
  for (const l of layers) {
    if (again || config.said.has(l.path)) continue;
    config.said.add(l.path);
    for (const problem of l.problems) io.writeErr(`govreport：${terminalSafe(formatMessage(command.locale, 'cli/rc-problem', { path: l.path, problem }))}\n`);
    if (l.unusable) config.unusable = true;
  }
  const rc = optionsWithRc(DEFAULT_OPTIONS, layers);
  const report = imported.kind === 'imported' ? imported.report : undefined;
  const analysis = analyzeReport(
    { text, path, tables: report?.tables, importNotices: report?.notices, invalidBytes },
    { era: command.era ?? rc.era, level: command.level ?? rc.level, locale: command.locale, severities: rc.severities, decide: fromFolder ? rc : 'always' },
  );
  if (!analysis.checked) return { path, findings: [], notice: formatMessage(command.locale, 'cli/not-a-report') };
  // A rule that threw is a bug of ours: said on stderr whatever the output format (found by rule id).
  if (!again) for (const failed of failedRules(analysis.findings)) io.writeErr(`govreport：${terminalSafe(formatMessage(command.locale, 'cli/rule-failed', { path, ...failed }))}\n`);
  const { model } = analysis;
  const base = { path, era: model.era.id, year: model.year?.value, lines: lineStartsOf(model.sourceLines), findings: analysis.findings };
  if (imported.kind !== 'imported') return { result: base, analysis };
  return { result: { ...base, format: imported.format, source: sourceOf(imported.report, model, command.locale) }, analysis };
}

/** Where a finding is in the imported file, with its Chinese wording (表三第5行第2列, 第3段). */
function sourceOf(report: ImportedReport, model: ReportModel, locale: Locale): NonNullable<FileResult['source']> {
  // Taken now, so that the result does not keep the model.
  const names = reportTableNames(model, (r) => report.locate(r));
  return (range) => {
    const location = report.locate(range);
    if (!location) return undefined;
    return { location, label: describeSource(location, names, locale) };
  };
}

/**
 * The .govreportrc.json files for a file at `path`: looked for from its folder up to the repository
 * root (the nearest folder above with a `.git`), else up to the working directory when the file is
 * inside it, else up to `given` (the folder named on the command line), else in the file's own
 * folder only; never up to `/`, where anyone may have left one.
 */
export function rcLayers(path: string, io: CliIO, byFolder: ConfigReport['layersByFolder'], given?: string): ReturnType<typeof findRcLayers> {
  const absolute = absolutePath(path, io);
  if (absolute === undefined) return [];
  const folder = folderOf(absolute);
  let layers = byFolder.get(folder);
  if (!layers) {
    const givenFolder = given === undefined ? undefined : absolutePath(given, io);
    const boundary = repositoryRoot(folder, io) ?? [io.cwd, givenFolder].find((b) => b !== undefined && isWithin(folder, b)) ?? folder;
    layers = findRcLayers(folder, readRc(io), boundary);
    byFolder.set(folder, layers);
  }
  return layers;
}

function absolutePath(path: string, io: CliIO): string | undefined {
  return /^([\\/]|[A-Za-z]:)/.test(path) ? path : io.cwd !== undefined ? `${io.cwd.replace(/[\\/]$/, '')}/${path}` : undefined;
}

/** The nearest folder from `folder` upward that holds `.git` (a folder, or a file in a worktree). */
function repositoryRoot(folder: string, io: CliIO): string | undefined {
  return foldersUpward(folder).find((f) => io.kind(`${f.replace(/[\\/]$/, '')}/.git`) !== undefined);
}

/** Reads a .govreportrc.json (at most MAX_CONFIG_BYTES): undefined when there is none, the reason when it exists but is not read. */
function readRc(io: CliIO): (path: string) => RcText {
  return (p) => {
    if (io.kind(p) === undefined) return undefined;
    try {
      return new TextDecoder().decode(io.readFile(p, MAX_CONFIG_BYTES));
    } catch (error) {
      return { skipped: formatMessage('zh-cn', 'files/skipped', { reason: describe(error, 'zh-cn') }) };
    }
  };
}

/**
 * Every report file under `directory`, in a stable order (hidden folders and node_modules skipped),
 * each real file once: a folder reached again through a symlink (a loop, or a second link) is said
 * and not walked again; a FIFO, device or socket named like a report, a dangling link and a folder
 * that cannot be listed are said as notices, never opened.
 */
function listReports(directory: string, io: CliIO, locale: Locale): (string | FileResult)[] {
  const out: (string | FileResult)[] = [];
  const seen = new Set<string>();
  const notice = (path: string, text: string): FileResult => ({ path, findings: [], notice: text });
  const walk = (folder: string): void => {
    const listing = io.readDirectory(folder);
    if ('error' in listing) {
      out.push(notice(folder, formatMessage(locale, 'files/folder-unreadable', { reason: describe(Object.assign(new Error(listing.error), { code: listing.error }), locale) })));
      return;
    }
    if (seen.has(listing.key)) {
      out.push(notice(folder, formatMessage(locale, 'files/folder-loop')));
      return;
    }
    seen.add(listing.key);
    for (const entry of listing.entries) {
      const path = io.joinPath(folder, entry.name);
      const wanted = REPORT_FILE_NAME.test(entry.name) || IMPORTED_FILE_NAME.test(entry.name) || WEB_PAGE_FILE_NAME.test(entry.name);
      if (entry.kind === 'directory') {
        if (!SKIPPED_DIRECTORY.test(entry.name)) walk(path);
      } else if (!wanted) {
        continue;
      } else if (entry.kind === 'file') {
        if (seen.has(entry.key)) continue;
        seen.add(entry.key);
        out.push(path);
      } else {
        const reason = entry.kind === 'special' ? describeSkip({ ok: false, reason: 'special', kind: entry.special }, locale) : formatMessage(locale, 'files/broken-link');
        out.push(notice(path, formatMessage(locale, 'files/skipped', { reason })));
      }
    }
  };
  walk(directory);
  return out;
}

function describe(error: unknown, locale: Locale): string {
  if (error instanceof SkippedFileError) return describeSkip(error.result, locale);
  const code = (error as { code?: string }).code;
  if (code === 'EACCES' || code === 'EPERM') return formatMessage(locale, 'cli/reason.permission');
  if (code === 'EISDIR') return formatMessage(locale, 'cli/reason.directory');
  if (code === 'ENOENT') return formatMessage(locale, 'cli/not-found').replace(/[。.]$/, '');
  return error instanceof Error ? error.message : String(error);
}
