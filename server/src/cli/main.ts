import type { Analysis } from '../core/analyze';
import { formatMessage } from '../core/i18n/messages';
import type { Locale } from '../core/i18n/messages';
import { REPORT_FILE_NAME } from '../core/editor/detect';
import type { ReportModel } from '../core/model/types';
import type { RulePack } from '../core/editor/rule-pack';
import type { UnitFacts } from '../core/office/types';
import { IMPORTED_FILE_NAME } from '../import/registry';
import type { Exporters } from '../office/exporters';
import { describeSkip } from '../files/describe';
import type { FolderEntry } from '../files/walk';
import { parseArgs, usage } from './args';
import type { CheckCommand } from './args';
import { analyseFile, describeError, sayNotes } from './check-file';
import type { CheckSettings, LayersByFolder } from './check-file';
import { AnalysisPairer, CrossYearStream, pairingKeyOf, readPrevious } from './cross-year';
import { jsonChunks } from './format/json';
import { formatSarif } from './format/sarif';
import { formatText } from './format/text';
import { terminalSafe } from './format/escape';
import { jobCount } from './jobs';
import { checkPooled } from './pool-check';
import { report } from './report';
import { keptForOutput } from './results';
import type { FileResult } from './results';
import { factsOf } from './unit-facts';
import { isPlanned } from './plan';
import { settingsWithCommandLinePack } from './pack-option';
import type { Plan, PlannedFile } from './plan';

export type { CheckSettings } from './check-file';

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
  /**
   * Resolves once what writeOut was given has left the process, at once when nothing waits: stdout
   * a pipe whose reader is slower than the run keeps the rest in memory. A long output is written in
   * pieces, each after the one before drained, so it is never held whole. Absent in-process.
   */
  outDrained?(): Promise<void>;
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
  /**
   * Worker threads for large runs: the built CLI's own dist/cli.js (started again as a worker), the cores there are, and how
   * long a file may take (pool-check.ts FILE_TIMEOUT_MS when absent). Absent in-process, where files
   * are checked in this thread.
   */
  readonly workers?: { readonly script: string; readonly cores: number; readonly timeoutMs?: number };
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
      io.writeOut(`${usage(command.locale)}\n`);
      return 0;
    case 'version':
      io.writeOut(`${io.version}\n`);
      return 0;
    case 'usage-error':
      io.writeErr(`govreport：${command.message}\n\n${usage(command.locale)}\n`);
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
  readonly layersByFolder: LayersByFolder;
}

/** What checking the command line's paths gives: one result per file (and per empty or missing path, and a --previous that cannot be read, first), cross-year findings included. */
export interface CheckRun {
  readonly results: FileResult[];
  readonly config: ConfigReport;
  /** The rule pack `--pack` named, when something of it applied. */
  readonly pack?: RulePack | undefined;
}

/** What a command wants to hear while the files are checked. */
export interface CheckListener {
  /** After each file: `done` of `total`. */
  onFile?(done: number, total: number, path: string): void;
  /**
   * Each checked report with its analysis, as soon as it is checked; told again when cross-year
   * findings are added to it (the result and the analysis then carry them). The analysis is not
   * kept by the run: take from it what you need. Only when the files are checked in this thread
   * (`--jobs 1`, or an io without workers).
   */
  onChecked?(index: number, result: FileResult, analysis: Analysis): void;
  /** Each checked report's facts for the 校验报告 (unit-facts.ts), told again when cross-year findings are added: on every path, workers included. */
  onFacts?(index: number, facts: UnitFacts): void;
}

/**
 * Checks every file the paths name (folders walked in a stable order), as `govreport check`
 * does, cross-year findings included, in this thread or in worker threads (`--jobs`, jobs.ts): the
 * results are the same, in the same order. Keeps of each file only its result (findings and line
 * starts) and its pairing key, so a folder of 10,000 reports stays small.
 */
export async function checkPaths(paths: readonly string[], settings: CheckSettings, io: CliIO, listener: CheckListener = {}): Promise<CheckRun> {
  const config: ConfigReport = { said: new Set(), unusable: false, layersByFolder: new Map() };
  const plan: (PlannedFile | FileResult)[] = [];
  for (const path of paths) {
    const kind = io.kind(path);
    if (kind === 'directory') {
      const found = listReports(path, io, settings.locale);
      if (!found.some((f) => 'size' in f)) plan.push({ path, findings: [], notice: formatMessage(settings.locale, 'cli/folder-empty') });
      for (const file of found) plan.push('size' in file ? { path: file.path, fromFolder: true, given: path, size: file.size } : file);
    } else if (kind === 'file') {
      plan.push({ path, fromFolder: false, size: 0 });
    } else {
      plan.push({ path, findings: [], failure: formatMessage(settings.locale, 'cli/not-found') });
    }
  }
  const leading: FileResult[] = [];
  settings = settingsWithCommandLinePack(settings, io, config, leading);
  let previousModel: ReportModel | undefined;
  if (settings.previous !== undefined) {
    const read = readPrevious(settings.previous, io, settings.locale);
    if ('failure' in read) leading.push({ path: settings.previous, findings: [], failure: read.failure });
    else previousModel = read.model;
  }
  const jobs = io.workers ? jobCount(settings.jobs ?? 'auto', plan, io.workers.cores) : 1;
  const results = io.workers && jobs > 1
    ? await checkPooled({ plan, settings, io, config, listener, previousModel, workers: { script: io.workers.script, count: jobs, timeoutMs: io.workers.timeoutMs } })
    : await checkInThread(plan, settings, io, config, listener, previousModel);
  return { results: [...leading, ...results], config, pack: settings.packRules };
}

/** Checks the plan's files one after the other in this thread (`--jobs 1`). */
async function checkInThread(plan: Plan, settings: CheckSettings, io: CliIO, config: ConfigReport, listener: CheckListener, previousModel: ReportModel | undefined): Promise<FileResult[]> {
  const results: FileResult[] = [];
  const tell = (index: number, result: FileResult, analysis: Analysis): void => {
    listener.onChecked?.(index, result, analysis);
    listener.onFacts?.(index, factsOf(result, analysis.model, settings.locale));
  };
  const pairer = new AnalysisPairer(
    async (index) => {
      const p = plan[index];
      return p && isPlanned(p) ? (await analyseFile(p.path, settings, io, config.layersByFolder, p.fromFolder, p.given)).analysis : undefined;
    },
    (index, analysis) => {
      const before = results[index];
      if (!before) return;
      const result = { ...before, findings: analysis.findings };
      results[index] = keptForOutput(result);
      tell(index, result, analysis);
    },
    previousModel,
  );
  const pairing = new CrossYearStream(pairer.pair, previousModel ? pairingKeyOf(previousModel) : undefined);
  for (const [k, p] of plan.entries()) {
    if (isPlanned(p)) {
      const checked = await analyseFile(p.path, settings, io, config.layersByFolder, p.fromFolder, p.given);
      sayNotes(checked, config, io, settings.locale);
      results.push(keptForOutput(checked.result));
      const { analysis } = checked;
      if (analysis) {
        tell(k, checked.result, analysis);
        pairer.remember(k, analysis);
        await pairing.add(k, pairingKeyOf(analysis.model));
      }
    } else {
      results.push(p);
    }
    listener.onFile?.(k + 1, plan.length, p.path);
  }
  await pairing.end();
  return results;
}

async function check(command: CheckCommand, io: CliIO): Promise<number> {
  const { results, config } = await checkPaths(command.paths, command, io);
  if (command.format === 'json') {
    for (const chunk of jsonChunks(results)) {
      io.writeOut(chunk);
      await io.outDrained?.();
    }
  } else io.writeOut(command.format === 'sarif' ? formatSarif(results, io.version) : formatText(results, command.locale));
  if (command.format !== 'text') {
    for (const r of results) if (r.failure || r.notice) io.writeErr(`${terminalSafe(`${r.path}：${r.failure ?? r.notice ?? ''}`)}\n`);
  }
  if (results.some((r) => r.failure) || config.unusable) return 2;
  return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

/**
 * Every report file under `directory`, in a stable order (hidden folders and node_modules skipped),
 * each real file once: a folder reached again through a symlink (a loop, or a second link) is said
 * and not walked again; a FIFO, device or socket named like a report, a dangling link and a folder
 * that cannot be listed are said as notices, never opened.
 */
function listReports(directory: string, io: CliIO, locale: Locale): ({ readonly path: string; readonly size: number } | FileResult)[] {
  const out: ({ readonly path: string; readonly size: number } | FileResult)[] = [];
  const seen = new Set<string>();
  const notice = (path: string, text: string): FileResult => ({ path, findings: [], notice: text });
  const walk = (folder: string): void => {
    const listing = io.readDirectory(folder);
    if ('error' in listing) {
      out.push(notice(folder, formatMessage(locale, 'files/folder-unreadable', { reason: describeError(Object.assign(new Error(listing.error), { code: listing.error }), locale) })));
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
        out.push({ path, size: entry.size });
      } else {
        const reason = entry.kind === 'special' ? describeSkip({ ok: false, reason: 'special', kind: entry.special }, locale) : formatMessage(locale, 'files/broken-link');
        out.push(notice(path, formatMessage(locale, 'files/skipped', { reason })));
      }
    }
  };
  walk(directory);
  return out;
}
