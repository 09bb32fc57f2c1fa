import { analyzeReport } from '../core/analyze';
import type { Analysis } from '../core/analyze';
import { formatMessage } from '../core/i18n/messages';
import type { Locale } from '../core/i18n/messages';
import { DEFAULT_OPTIONS } from '../core/editor/options';
import { findRcLayers, folderOf, foldersUpward, isWithin, optionsWithRc } from '../core/editor/rc-lookup';
import type { RcText } from '../core/editor/rc-lookup';
import { decodeReport } from '../core/text/decode';
import { describeSource, reportTableNames } from '../core/import/source-label';
import type { ImportedReport } from '../core/import/types';
import type { ReportModel } from '../core/model/types';
import { importFile } from '../import/registry';
import { lineStartsOf } from './results';
import type { FileResult } from './results';
import type { CheckCommand } from './args';
import { describeSkip } from '../files/describe';
import { MAX_CONFIG_BYTES, SkippedFileError } from '../files/safe-read';
import type { CliIO, ConfigReport } from './main';
import { failedRules } from '../core/rules/runner';
import { terminalSafe } from './format/escape';
import type { RulePack } from '../core/editor/rule-pack';
import { withCommandLinePack } from './pack-option';

/** The options of a check that the CLI's commands share. */
export type CheckSettings = Pick<CheckCommand, 'era' | 'level' | 'locale' | 'jobs' | 'pack'> & {
  readonly previous?: string | undefined;
  /** The pack `--pack` names, read once by the main thread (pack-option.ts); plain data, sent to the workers as it is. */
  readonly packRules?: RulePack | undefined;
};

/** What checking a file needs of the outside world (a worker thread has these too, on the real file system). */
export type FileIO = Pick<CliIO, 'readFile' | 'kind' | 'cwd'>;

/** The rc layers of each folder, looked up once per run (reports share folders). */
export type LayersByFolder = Map<string, ReturnType<typeof findRcLayers>>;

/** A .govreportrc.json that applied to a file: what the CLI says of it (once per run). */
export interface RcNotice {
  readonly path: string;
  readonly problems: readonly string[];
  readonly unusable: boolean;
}

/** A file checked: its result, its analysis when it is a checked report, and the .govreportrc.json files that applied. */
export interface CheckedFile {
  readonly result: FileResult;
  readonly analysis?: Analysis | undefined;
  readonly rc: readonly RcNotice[];
}

/**
 * Checks one file through the one pipeline (core/analyze.ts), saying nothing: the caller says the
 * configuration problems and rule failures, once, in the run's order. A file found by walking a
 * folder is checked only when it is a report (or a `files` pattern of .govreportrc.json says so):
 * a README beside the reports is skipped, said so, instead of being judged as a report. A file
 * named on the command line is always checked.
 */
export async function analyseFile(path: string, settings: CheckSettings, io: FileIO, byFolder: LayersByFolder, fromFolder: boolean, given: string | undefined): Promise<CheckedFile> {
  const { locale } = settings;
  const only = (result: FileResult): CheckedFile => ({ result, rc: [] });
  let bytes: Uint8Array;
  try {
    bytes = io.readFile(path);
  } catch (error) {
    return only({ path, findings: [], failure: formatMessage(locale, 'cli/unreadable', { reason: describeError(error, locale) }) });
  }
  // Word, .doc/.wps and MHTML files are read by their importer (server/src/import): a failure is
  // said in Chinese and makes the exit code 2 for this file only; the other files are still checked.
  const imported = await importFile(bytes, path, locale);
  if (imported.kind === 'failed') return only({ path, findings: [], failure: imported.message });
  let text: string;
  let invalidBytes = 0;
  if (imported.kind === 'imported') {
    text = imported.report.text;
    if (text.trim() === '') return only({ path, findings: [], notice: formatMessage(locale, 'cli/empty') });
  } else {
    const decoded = decodeReport(bytes);
    if (!decoded.ok) {
      return only(decoded.reason === 'binary'
        ? { path, findings: [], failure: formatMessage(locale, 'cli/binary') }
        : { path, findings: [], notice: formatMessage(locale, 'cli/empty') });
    }
    text = decoded.text;
    invalidBytes = decoded.invalidBytes ?? 0;
  }
  // .govreportrc.json from the file's folder upward; command-line options win over it.
  const layers = rcLayers(path, io, byFolder, given);
  // A rule pack's own problems are said under the pack's path (the rc's say what is wrong with naming it).
  const rc = layers.flatMap((l) => [{ path: l.path, problems: l.problems, unusable: l.unusable === true }, ...(l.pack ? [l.pack] : [])]);
  const options = withCommandLinePack(optionsWithRc(DEFAULT_OPTIONS, layers), settings.packRules);
  const report = imported.kind === 'imported' ? imported.report : undefined;
  const analysis = analyzeReport(
    { text, path, tables: report?.tables, importNotices: report?.notices, invalidBytes },
    { era: settings.era ?? options.era, level: settings.level ?? options.level, locale, severities: options.severities, local: options.local, decide: fromFolder ? options : 'always' },
  );
  if (!analysis.checked) return { result: { path, findings: [], notice: formatMessage(locale, 'cli/not-a-report') }, rc };
  const { model } = analysis;
  const base = { path, era: model.era.id, year: model.year?.value, lines: lineStartsOf(model.sourceLines), findings: analysis.findings };
  if (imported.kind !== 'imported') return { result: base, analysis, rc };
  return { result: { ...base, format: imported.format, source: sourceOf(imported.report, model, locale) }, analysis, rc };
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
export function rcLayers(path: string, io: FileIO, byFolder: LayersByFolder, given?: string): ReturnType<typeof findRcLayers> {
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

function absolutePath(path: string, io: FileIO): string | undefined {
  return /^([\\/]|[A-Za-z]:)/.test(path) ? path : io.cwd !== undefined ? `${io.cwd.replace(/[\\/]$/, '')}/${path}` : undefined;
}

/** The nearest folder from `folder` upward that holds `.git` (a folder, or a file in a worktree). */
function repositoryRoot(folder: string, io: FileIO): string | undefined {
  return foldersUpward(folder).find((f) => io.kind(`${f.replace(/[\\/]$/, '')}/.git`) !== undefined);
}

/** Reads a .govreportrc.json (at most MAX_CONFIG_BYTES): undefined when there is none, the reason when it exists but is not read. */
function readRc(io: FileIO): (path: string) => RcText {
  return (p) => {
    if (io.kind(p) === undefined) return undefined;
    try {
      return new TextDecoder().decode(io.readFile(p, MAX_CONFIG_BYTES));
    } catch (error) {
      return { skipped: formatMessage('zh-cn', 'files/skipped', { reason: describeError(error, 'zh-cn') }) };
    }
  };
}

/** Why a file could not be read, as a phrase. */
export function describeError(error: unknown, locale: Locale): string {
  if (error instanceof SkippedFileError) return describeSkip(error.result, locale);
  const code = (error as { code?: string }).code;
  if (code === 'EACCES' || code === 'EPERM') return formatMessage(locale, 'cli/reason.permission');
  if (code === 'EISDIR') return formatMessage(locale, 'cli/reason.directory');
  if (code === 'ENOENT') return formatMessage(locale, 'cli/not-found').replace(/[。.]$/, '');
  return error instanceof Error ? error.message : String(error);
}

/**
 * Says, once per run and in the run's order, what a checked file brought up beside its findings:
 * the problems of the .govreportrc.json files that applied, and a rule that threw (a bug of ours,
 * found by rule id), on stderr whatever the output format.
 */
export function sayNotes(checked: { readonly result: FileResult; readonly rc: readonly RcNotice[] }, config: ConfigReport, io: CliIO, locale: Locale): void {
  for (const l of checked.rc) {
    if (config.said.has(l.path)) continue;
    config.said.add(l.path);
    for (const problem of l.problems) io.writeErr(`govreport：${terminalSafe(formatMessage(locale, 'cli/rc-problem', { path: l.path, problem }))}\n`);
    if (l.unusable) config.unusable = true;
  }
  const { path } = checked.result;
  for (const failed of failedRules(checked.result.findings)) io.writeErr(`govreport：${terminalSafe(formatMessage(locale, 'cli/rule-failed', { path, ...failed }))}\n`);
}
