import { isEraId } from '../core/format/eras';
import type { EraId, ReportLevel } from '../core/format/eras';
import { formatMessage } from '../core/i18n/messages';
import type { Locale, MessageArgs, MessageKey } from '../core/i18n/messages';
import { MAX_JOBS } from './jobs';
import type { Jobs } from './jobs';

export type OutputFormat = 'text' | 'json' | 'sarif';

export interface CheckCommand {
  readonly kind: 'check';
  readonly format: OutputFormat;
  readonly era?: EraId | undefined;
  readonly level?: ReportLevel | undefined;
  readonly locale: Locale;
  readonly paths: readonly string[];
  /** The same body's previous year's report (cross-year checks). */
  readonly previous?: string | undefined;
  /** Threads checking the files (jobs.ts); 'auto' when absent. */
  readonly jobs?: Jobs | undefined;
  /** A rule pack (.json) applied to every file, over the packs .govreportrc.json files name (pack-option.ts). */
  readonly pack?: string | undefined;
}

/** `govreport report`: the office's 校验报告 over folders of reports (report.ts). */
export interface ReportCommand {
  readonly kind: 'report';
  readonly paths: readonly string[];
  /** The file to write; its extension picks the format (.html, .xlsx, .docx). */
  readonly out: string;
  readonly format: 'html' | 'xlsx' | 'docx';
  readonly era?: EraId;
  readonly level?: ReportLevel;
  readonly locale: Locale;
  /** A roster file (.csv/.xlsx) instead of the one in .govreportrc.json. */
  readonly roster?: string;
  /** The sidecar file (default: .govreport-decisions.json in the first folder). */
  readonly decisions?: string;
  /** Write the sidecar with this run's findings (keeping decisions). */
  readonly record: boolean;
  /** Show a progress bar (default: when stderr is a terminal). */
  readonly progress?: boolean;
  /** Threads checking the files (jobs.ts); 'auto' when absent. */
  readonly jobs?: Jobs;
  /** A rule pack (.json) applied to every file (pack-option.ts). */
  readonly pack?: string;
}

/** Help and usage errors are said in the language asked for with --lang anywhere on the command line (Chinese by default). */
export type Command = CheckCommand | ReportCommand | { readonly kind: 'help'; readonly locale: Locale } | { readonly kind: 'version' } | { readonly kind: 'usage-error'; readonly message: string; readonly locale: Locale };

/** The help text, in the messages' language. */
export function usage(locale: Locale): string {
  return formatMessage(locale, 'cli/usage');
}

/** The options `check` and `report` share. */
interface CommonOptions {
  era?: EraId;
  level?: ReportLevel;
  locale: Locale;
  jobs?: Jobs;
  pack?: string;
}

/** A usage error, worded in `locale`. */
function usageError(locale: Locale, key: MessageKey, args: MessageArgs = {}): Command {
  return { kind: 'usage-error', message: formatMessage(locale, key, args), locale };
}

/** The language of help and usage errors: --lang en (or --lang=en) anywhere on the command line, else Chinese. */
function messageLocale(argv: readonly string[]): Locale {
  const at = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const arg = argv[at];
  const value = arg === undefined ? undefined : arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[at + 1];
  return value === 'en' ? 'en' : 'zh-cn';
}

/** Reads --era, --level, --lang, --jobs or --pack into `options`: true when `name` is one of them, a usage error when its value is not allowed. */
function readCommonOption(name: string, value: () => string | undefined, options: CommonOptions): boolean | Command {
  const { locale } = options;
  if (name === '--era') {
    const v = value();
    if (!isEraId(v)) return usageError(locale, 'cli/args.era', { value: v ?? '' });
    options.era = v;
  } else if (name === '--level') {
    const v = value();
    if (v !== 'department' && v !== 'government') return usageError(locale, 'cli/args.level', { value: v ?? '' });
    options.level = v;
  } else if (name === '--lang') {
    const v = value();
    if (v !== 'zh' && v !== 'en') return usageError(locale, 'cli/args.lang', { value: v ?? '' });
    options.locale = v === 'en' ? 'en' : 'zh-cn';
  } else if (name === '--jobs' || name === '-j') {
    const v = value();
    const n = v !== undefined && /^\d+$/.test(v) ? Number(v) : NaN;
    if (v !== 'auto' && !(n >= 1 && n <= MAX_JOBS)) return usageError(locale, 'cli/args.jobs', { value: v ?? '', max: MAX_JOBS });
    options.jobs = v === 'auto' ? 'auto' : n;
  } else if (name === '--pack') {
    const v = value();
    if (!v || !/\.json$/i.test(v)) return usageError(locale, 'cli/args.pack', { value: v ?? '' });
    options.pack = v;
  } else {
    return false;
  }
  return true;
}

/** Parses the command line; never throws. */
export function parseArgs(argv: readonly string[]): Command {
  const locale = messageLocale(argv);
  if (argv.length === 0 || argv[0] === '-h' || argv[0] === '--help' || argv[0] === 'help') return { kind: 'help', locale };
  if (argv[0] === '-v' || argv[0] === '--version') return { kind: 'version' };
  if (argv[0] === 'report') return parseReportArgs(argv.slice(1), locale);
  if (argv[0] !== 'check') return usageError(locale, 'cli/args.unknown-command', { name: argv[0] ?? '' });
  let format: OutputFormat = 'text';
  const options: CommonOptions = { locale };
  let previous: string | undefined;
  const paths: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === undefined) break;
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string | undefined => inline ?? argv[++i];
    if (name === '-h' || name === '--help') return { kind: 'help', locale };
    const common = readCommonOption(name, value, options);
    if (typeof common === 'object') return common;
    if (common) continue;
    if (name === '--format') {
      const v = value();
      if (v !== 'text' && v !== 'json' && v !== 'sarif') return usageError(locale, 'cli/args.format', { value: v ?? '' });
      format = v;
    } else if (name === '--previous') {
      const v = value();
      if (!v) return usageError(locale, 'cli/args.previous');
      previous = v;
    } else if (name.startsWith('-') && name !== '-') {
      return usageError(locale, 'cli/args.unknown-option', { name });
    } else {
      paths.push(arg);
    }
  }
  if (paths.length === 0) return usageError(locale, 'cli/args.no-paths');
  const { era, level, jobs, pack } = options;
  return { kind: 'check', format, era, level, locale: options.locale, paths, previous, ...(jobs !== undefined ? { jobs } : {}), ...(pack !== undefined ? { pack } : {}) };
}

const REPORT_FORMATS: Readonly<Record<string, ReportCommand['format']>> = { html: 'html', htm: 'html', xlsx: 'xlsx', docx: 'docx' };

function parseReportArgs(argv: readonly string[], locale: Locale): Command {
  let out = '校验报告.html';
  const options: CommonOptions = { locale };
  let roster: string | undefined;
  let decisions: string | undefined;
  let record = false;
  let progress: boolean | undefined;
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    const value = (): string | undefined => inline ?? argv[++i];
    if (name === '-h' || name === '--help') return { kind: 'help', locale };
    const common = readCommonOption(name, value, options);
    if (typeof common === 'object') return common;
    if (common) continue;
    if (name === '--out' || name === '-o') {
      const v = value();
      if (!v) return usageError(locale, 'cli/args.out');
      out = v;
    } else if (name === '--roster') {
      const v = value();
      if (!v || !/\.(csv|xlsx)$/i.test(v)) return usageError(locale, 'cli/args.roster', { value: v ?? '' });
      roster = v;
    } else if (name === '--decisions') {
      const v = value();
      if (!v) return usageError(locale, 'cli/args.decisions');
      decisions = v;
    } else if (name === '--record') {
      record = true;
    } else if (name === '--progress' || name === '--no-progress') {
      progress = name === '--progress';
    } else if (name.startsWith('-') && name !== '-') {
      return usageError(locale, 'cli/args.unknown-option', { name });
    } else {
      paths.push(arg);
    }
  }
  if (paths.length === 0) return usageError(locale, 'cli/args.report-no-paths');
  const format = REPORT_FORMATS[/\.([^.\\/]+)$/.exec(out)?.[1]?.toLowerCase() ?? ''];
  if (!format) return usageError(locale, 'cli/args.out-format', { value: out });
  return {
    kind: 'report', paths, out, format, locale: options.locale, record, ...(options.jobs !== undefined ? { jobs: options.jobs } : {}),
    ...(options.era ? { era: options.era } : {}), ...(options.level ? { level: options.level } : {}), ...(roster !== undefined ? { roster } : {}),
    ...(decisions !== undefined ? { decisions } : {}), ...(progress !== undefined ? { progress } : {}), ...(options.pack !== undefined ? { pack: options.pack } : {}),
  };
}
