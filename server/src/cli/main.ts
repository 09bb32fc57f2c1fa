import { analyzeReport } from '../core/analyze';
import { formatMessage } from '../core/i18n/messages';
import type { Locale } from '../core/i18n/messages';
import { withCrossYear } from './cross-year';
import type { Analysis } from '../core/analyze';
import { DEFAULT_OPTIONS } from '../core/editor/options';
import { findRcLayers, folderOf, optionsWithRc } from '../core/editor/rc-lookup';
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
import type { FileResult } from './results';
import { report } from './report';
import type { Exporters } from '../office/exporters';
import { failedRules } from '../core/rules/runner';

/** What the CLI needs from the outside world, so tests can run it in-process. */
export interface CliIO {
  readFile(path: string): Uint8Array;
  /** 'file', 'directory', or undefined when the path does not exist. */
  kind(path: string): 'file' | 'directory' | undefined;
  readDirectory(path: string): readonly string[];
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

/** What checking the command line's paths gives: one result per file (and per empty or missing path), the analyses of the files checked. */
export interface CheckRun {
  readonly results: FileResult[];
  readonly analyses: Map<string, Analysis>;
  readonly config: ConfigReport;
}

/** The options of a check that the CLI's commands share. */
export type CheckSettings = Pick<CheckCommand, 'era' | 'level' | 'locale'>;

/**
 * Checks every file the paths name (folders walked in a stable order), as `govreport check`
 * does, without the cross-year step. `onFile(done, total, path)` is told after each file.
 */
export async function checkPaths(paths: readonly string[], settings: CheckSettings, io: CliIO, onFile?: (done: number, total: number, path: string) => void): Promise<CheckRun> {
  const analyses = new Map<string, Analysis>();
  const config: ConfigReport = { said: new Set(), unusable: false, layersByFolder: new Map() };
  const plan: ({ path: string; fromFolder: boolean } | FileResult)[] = [];
  for (const path of paths) {
    const kind = io.kind(path);
    if (kind === 'directory') {
      const files = listReports(path, io);
      if (files.length === 0) plan.push({ path, findings: [], notice: formatMessage(settings.locale, 'cli/folder-empty') });
      for (const file of files) plan.push({ path: file, fromFolder: true });
    } else if (kind === 'file') {
      plan.push({ path, fromFolder: false });
    } else {
      plan.push({ path, findings: [], failure: formatMessage(settings.locale, 'cli/not-found') });
    }
  }
  const results: FileResult[] = [];
  for (const [k, p] of plan.entries()) {
    results.push('fromFolder' in p ? await checkFile(p.path, settings, io, analyses, config, p.fromFolder) : p);
    onFile?.(k + 1, plan.length, p.path);
  }
  return { results, analyses, config };
}

async function check(command: CheckCommand, io: CliIO): Promise<number> {
  const run = await checkPaths(command.paths, command, io);
  const { analyses, config } = run;
  let results = run.results;
  results = withCrossYear(results, analyses, command, io);
  const output = command.format === 'json' ? formatJson(results) : command.format === 'sarif' ? formatSarif(results, io.version) : formatText(results, command.locale);
  io.writeOut(output);
  if (command.format !== 'text') {
    for (const r of results) if (r.failure || r.notice) io.writeErr(`${r.path}：${r.failure ?? r.notice}\n`);
  }
  if (results.some((r) => r.failure) || config.unusable) return 2;
  return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

/**
 * Checks one file. A file found by walking a folder is checked only when it is a report (or a
 * `files` pattern of .govreportrc.json says so): a README beside the reports is skipped, said so,
 * instead of being judged as a report. A file named on the command line is always checked.
 */
async function checkFile(path: string, command: CheckSettings, io: CliIO, analyses: Map<string, Analysis>, config: ConfigReport, fromFolder = false): Promise<FileResult> {
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
  const layers = rcLayers(path, io, config.layersByFolder);
  for (const l of layers) {
    if (config.said.has(l.path)) continue;
    config.said.add(l.path);
    for (const problem of l.problems) io.writeErr(`govreport：${formatMessage(command.locale, 'cli/rc-problem', { path: l.path, problem })}\n`);
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
  for (const failed of failedRules(analysis.findings)) io.writeErr(`govreport：${formatMessage(command.locale, 'cli/rule-failed', { path, ...failed })}\n`);
  analyses.set(path, analysis);
  const { model } = analysis;
  const base = { path, era: model.era.id, year: model.year?.value, lines: model.lines, findings: analysis.findings };
  if (imported.kind !== 'imported') return base;
  return { ...base, format: imported.format, source: sourceOf(imported.report, model, command.locale) };
}

/** Where a finding is in the imported file, with its Chinese wording (表三第5行第2列, 第3段). */
function sourceOf(report: ImportedReport, model: ReportModel, locale: Locale): NonNullable<FileResult['source']> {
  let names: ReturnType<typeof reportTableNames> | undefined;
  return (range) => {
    const location = report.locate(range);
    if (!location) return undefined;
    names ??= reportTableNames(model, (r) => report.locate(r));
    return { location, label: describeSource(location, names, locale) };
  };
}

export function rcLayers(path: string, io: CliIO, byFolder: ConfigReport['layersByFolder']): ReturnType<typeof findRcLayers> {
  const absolute = /^([\\/]|[A-Za-z]:)/.test(path) ? path : io.cwd !== undefined ? `${io.cwd.replace(/[\\/]$/, '')}/${path}` : undefined;
  if (absolute === undefined) return [];
  const folder = folderOf(absolute);
  let layers = byFolder.get(folder);
  if (!layers) {
    layers = findRcLayers(folder, readRc(io));
    byFolder.set(folder, layers);
  }
  return layers;
}

/** Reads a .govreportrc.json, or undefined when there is none (or it cannot be read). */
function readRc(io: CliIO): (path: string) => string | undefined {
  return (p) => {
    if (io.kind(p) !== 'file') return undefined;
    try {
      return new TextDecoder().decode(io.readFile(p));
    } catch {
      return undefined;
    }
  };
}

/** Every report file under `directory`, in a stable order (hidden folders and node_modules skipped). */
function listReports(directory: string, io: CliIO): string[] {
  const out: string[] = [];
  const names = [...io.readDirectory(directory)].sort();
  for (const name of names) {
    const path = io.joinPath(directory, name);
    const kind = io.kind(path);
    if (kind === 'directory' && !SKIPPED_DIRECTORY.test(name)) out.push(...listReports(path, io));
    else if (kind === 'file' && (REPORT_FILE_NAME.test(name) || IMPORTED_FILE_NAME.test(name) || WEB_PAGE_FILE_NAME.test(name))) out.push(path);
  }
  return out;
}

function describe(error: unknown, locale: Locale): string {
  const code = (error as { code?: string }).code;
  if (code === 'EACCES' || code === 'EPERM') return formatMessage(locale, 'cli/reason.permission');
  if (code === 'EISDIR') return formatMessage(locale, 'cli/reason.directory');
  if (code === 'ENOENT') return formatMessage(locale, 'cli/not-found').replace(/[。.]$/, '');
  return error instanceof Error ? error.message : String(error);
}
