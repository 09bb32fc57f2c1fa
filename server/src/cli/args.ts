import { isEraId } from '../core/format/eras';
import type { EraId, ReportLevel } from '../core/format/eras';
import type { Locale } from '../core/i18n/messages';

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
}

export type Command = CheckCommand | ReportCommand | { readonly kind: 'help' } | { readonly kind: 'version' } | { readonly kind: 'usage-error'; readonly message: string };

export const USAGE = `用法：govreport check [选项] <文件或文件夹…>
      govreport report [选项] <文件夹或文件…> [--out 校验报告.html]

检查政府信息公开工作年度报告：Word 文件（.docx、.doc、.wps）、保存的网页（.html、.mhtml）、Markdown 或纯文本；
指定文件夹时检查其中全部这些文件。Word 文件中的问题同时标出原文位置（如“表三第5行第2列”“第3段”）。

选项：
  --format text|json|sarif   输出格式（默认 text）
  --era 2007|2019|2021        指定报告适用的格式时期（默认按报告年度判断）
  --level department|government
                              指定报告主体：部门（1月31日前发布）或人民政府（3月31日前发布）
  --previous <文件>           上一年度的报告：核对上年结转、现行有效件数，提示大量雷同
                              （不指定时，同时检查的文件中同一机关相邻年度的报告自动配对）
  --lang zh|en                提示信息的语言（默认中文）
  -h, --help                  显示本帮助
  -v, --version               显示版本

report 选项（报审、汇总、复查，见 docs/office.md）：
  --out <文件>                校验报告文件：.html（默认 校验报告.html，可直接打印为 A4）、.xlsx 或 .docx
  --roster <文件>             单位名单（.csv 或 .xlsx），列出未报送的单位
  --decisions <文件>          核实结论文件（默认：第一个文件夹中的 .govreport-decisions.json）
  --record                    把本次结果记入核实结论文件（保留已填写的结论），作为下次复查的基线
  --no-progress               不显示进度条

退出码：0 没有错误；1 有错误级别的问题；2 用法错误、文件无法读取（含损坏、加密或异常的 Word 文件，
其余文件照常检查），或 .govreportrc.json 无法使用（不是有效的 JSON）。
.govreportrc.json 中未知的选项、规则或级别在标准错误输出中说明并忽略，不影响退出码。`;

/** The options `check` and `report` share. */
interface CommonOptions {
  era?: EraId;
  level?: ReportLevel;
  locale: Locale;
}

/** Reads --era, --level or --lang into `options`: true when `name` is one of them, a usage error's message when its value is not allowed. */
function readCommonOption(name: string, value: () => string | undefined, options: CommonOptions): boolean | string {
  if (name === '--era') {
    const v = value();
    if (!isEraId(v)) return `--era 只能是 2007、2019 或 2021，收到「${v ?? ''}」。`;
    options.era = v;
  } else if (name === '--level') {
    const v = value();
    if (v !== 'department' && v !== 'government') return `--level 只能是 department 或 government，收到「${v ?? ''}」。`;
    options.level = v;
  } else if (name === '--lang') {
    const v = value();
    if (v !== 'zh' && v !== 'en') return `--lang 只能是 zh 或 en，收到「${v ?? ''}」。`;
    options.locale = v === 'en' ? 'en' : 'zh-cn';
  } else {
    return false;
  }
  return true;
}

/** Parses the command line; never throws. */
export function parseArgs(argv: readonly string[]): Command {
  if (argv.length === 0 || argv[0] === '-h' || argv[0] === '--help' || argv[0] === 'help') return { kind: 'help' };
  if (argv[0] === '-v' || argv[0] === '--version') return { kind: 'version' };
  if (argv[0] === 'report') return parseReportArgs(argv.slice(1));
  if (argv[0] !== 'check') return { kind: 'usage-error', message: `未知命令「${argv[0]}」。` };
  let format: OutputFormat = 'text';
  const options: CommonOptions = { locale: 'zh-cn' };
  let previous: string | undefined;
  const paths: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === undefined) break;
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string | undefined => inline ?? argv[++i];
    if (name === '-h' || name === '--help') return { kind: 'help' };
    const common = readCommonOption(name, value, options);
    if (typeof common === 'string') return { kind: 'usage-error', message: common };
    if (common) continue;
    if (name === '--format') {
      const v = value();
      if (v !== 'text' && v !== 'json' && v !== 'sarif') return { kind: 'usage-error', message: `--format 只能是 text、json 或 sarif，收到「${v ?? ''}」。` };
      format = v;
    } else if (name === '--previous') {
      const v = value();
      if (!v) return { kind: 'usage-error', message: '--previous 需要指定上一年度报告的文件。' };
      previous = v;
    } else if (name.startsWith('-') && name !== '-') {
      return { kind: 'usage-error', message: `未知选项「${name}」。` };
    } else {
      paths.push(arg);
    }
  }
  if (paths.length === 0) return { kind: 'usage-error', message: '请指定要检查的文件或文件夹。' };
  const { era, level, locale } = options;
  return { kind: 'check', format, era, level, locale, paths, previous };
}

const REPORT_FORMATS: Readonly<Record<string, ReportCommand['format']>> = { html: 'html', htm: 'html', xlsx: 'xlsx', docx: 'docx' };

function parseReportArgs(argv: readonly string[]): Command {
  let out = '校验报告.html';
  const options: CommonOptions = { locale: 'zh-cn' };
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
    if (name === '-h' || name === '--help') return { kind: 'help' };
    const common = readCommonOption(name, value, options);
    if (typeof common === 'string') return { kind: 'usage-error', message: common };
    if (common) continue;
    if (name === '--out' || name === '-o') {
      const v = value();
      if (!v) return { kind: 'usage-error', message: '--out 需要指定校验报告的文件名（.html、.xlsx 或 .docx）。' };
      out = v;
    } else if (name === '--roster') {
      const v = value();
      if (!v || !/\.(csv|xlsx)$/i.test(v)) return { kind: 'usage-error', message: `--roster 需要 .csv 或 .xlsx 名单文件，收到「${v ?? ''}」。` };
      roster = v;
    } else if (name === '--decisions') {
      const v = value();
      if (!v) return { kind: 'usage-error', message: '--decisions 需要指定核实结论文件。' };
      decisions = v;
    } else if (name === '--record') {
      record = true;
    } else if (name === '--progress' || name === '--no-progress') {
      progress = name === '--progress';
    } else if (name.startsWith('-') && name !== '-') {
      return { kind: 'usage-error', message: `未知选项「${name}」。` };
    } else {
      paths.push(arg);
    }
  }
  if (paths.length === 0) return { kind: 'usage-error', message: '请指定要生成校验报告的文件夹或文件。' };
  const format = REPORT_FORMATS[/\.([^.\\/]+)$/.exec(out)?.[1]?.toLowerCase() ?? ''];
  if (!format) return { kind: 'usage-error', message: `校验报告只能保存为 .html、.xlsx 或 .docx，收到「${out}」。` };
  return {
    kind: 'report', paths, out, format, locale: options.locale, record,
    ...(options.era ? { era: options.era } : {}), ...(options.level ? { level: options.level } : {}), ...(roster !== undefined ? { roster } : {}),
    ...(decisions !== undefined ? { decisions } : {}), ...(progress !== undefined ? { progress } : {}),
  };
}
