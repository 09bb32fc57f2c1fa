import { shouldCheck } from './editor/detect';
import type { FilePatterns } from './editor/detect';
import { applyDisableComments, DIRECTIVE_PROBLEM, directiveProblems, filterByDisableComments } from './editor/disable-comments';
import { fixesOnVisibleText } from './editor/view-fixes';
import { notCheckedReason } from './editor/limits';
import type { EraId, ReportLevel } from './format/eras';
import { formatMessage } from './i18n/messages';
import type { Locale } from './i18n/messages';
import { TABLE_IMAGE_NOTICE } from './import/types';
import type { ImportNotice } from './import/types';
import { parseReport } from './model/parse-report';
import type { ReportModel } from './model/types';
import { PAIR_RULES, REPORT_RULES } from './rules';
import { compareFindings, runRules } from './rules/runner';
import type { Finding, Rule, SeveritySetting } from './rules/types';
import type { PresetTable } from './tables/types';
import type { LocalRules } from './rules/local-rules';

/** The notices that share the findings' shape (their docs are in docs/rules/runner/). */
export const NOT_CHECKED = 'runner/not-checked';
export const IMPORT_NOTICE = 'runner/import-notice';
export const MIXED_ENCODING = 'runner/mixed-encoding';

/** One report to analyse: its text, and what the adapter knows of where it came from. */
export interface ReportInput {
  readonly text: string;
  /** The file path, for the `files` patterns; absent for untitled documents. */
  readonly path?: string | undefined;
  /** The editor's language id: a `govreport` document is a report whatever it looks like. */
  readonly languageId?: string | undefined;
  /** Tables that arrived structured (an imported file's grids, D3): read from the grids, not from the text. */
  readonly tables?: readonly PresetTable[] | undefined;
  /** What an importer could not read (D4): each becomes a `runner/import-notice` warning. */
  readonly importNotices?: readonly ImportNotice[] | undefined;
  /** Bytes the decoder could not read as UTF-8 in a mostly-UTF-8 file: one `runner/mixed-encoding` notice. */
  readonly invalidBytes?: number | undefined;
}

/** How the user wants reports checked: `.govreportrc.json` and VS Code settings after normalising, command-line options. */
export interface AnalyzeOptions {
  readonly era?: EraId | undefined;
  readonly level?: ReportLevel | undefined;
  readonly locale?: Locale | undefined;
  readonly severities?: Readonly<Record<string, SeveritySetting>> | undefined;
  /**
   * Whether the text is to be checked: `'always'` (a file named on the command line, a file the
   * user imported), or the user's switch and `files` patterns, then detection (a title naming the
   * report, two standard part headings). `'always'` when absent.
   */
  readonly decide?: 'always' | { readonly enable: boolean; readonly files: FilePatterns } | undefined;
  /**
   * The editor's limit: a longer text, or one with binary content, is not checked and gets one
   * `runner/not-checked` notice instead (editor/limits.ts). Any text is checked when absent (the CLI).
   */
  readonly maxLength?: number | undefined;
  /**
   * The user is filling the report in the editor (a document with unsaved changes): a table's
   * totals still at 0 or blank are pending hints, not errors, and stale totals are said to be
   * stale (rules/table/drafting.ts). False when absent: the CLI, a saved document and the
   * workspace check judge the report as a whole.
   */
  readonly drafting?: boolean | undefined;
  /** A rule pack's local rules (`.govreportrc.json` `pack`: editor/rule-pack.ts); the local rules do nothing without. */
  readonly local?: LocalRules | undefined;
}

/** What every adapter shows and every editor feature reads. */
export interface Analysis {
  readonly model: ReportModel;
  /** The rules' findings, the notices, and the cross-year findings once added: one list, in one order (`compareFindings`). */
  readonly findings: readonly Finding[];
  /** False when the text is not a report (or checking is off for it): no findings, and editor features stay quiet. */
  readonly checked: boolean;
  readonly locale: Locale;
  /** The severities the findings were produced with; the cross-year rules use the same. */
  readonly severities?: Readonly<Record<string, SeveritySetting>> | undefined;
  /** Analysed as a draft being filled in the editor (AnalyzeOptions.drafting). */
  readonly drafting?: boolean | undefined;
  /** The previous year's report, once `addCrossYear` compared this one with it. */
  readonly previous?: ReportModel | undefined;
}

/**
 * The one analysis pipeline of a report, for the CLI, the language server, the office report and
 * the browser alike: parse once → decide whether it is a report → run the rules → apply the inline
 * disable comments → add the notices of reading the file. Cross-year findings are the second step,
 * `addCrossYear`, once the adapter has found the previous year's report. Never throws.
 */
export function analyzeReport(input: ReportInput, options: AnalyzeOptions = {}): Analysis {
  const locale = options.locale ?? 'zh-cn';
  const base = { locale, severities: options.severities };
  // A table an importer found as a picture (TABLE_IMAGE_NOTICE): its part has its table, unreadable.
  const unreadableTables = (input.importNotices ?? []).flatMap((n) => (n.code === TABLE_IMAGE_NOTICE && n.range ? [n.range] : []));
  const parse = (text: string) => parseReport(text, {
    era: options.era,
    level: options.level,
    ...(input.tables ? { tables: input.tables } : {}),
    ...(unreadableTables.length > 0 ? { unreadableTables } : {}),
  });
  const decide = options.decide ?? 'always';
  const isReport = (model: ReportModel) => decide === 'always' || shouldCheck(decide, input.path, model, input.languageId);
  // A huge or binary text gets one notice instead of a slow or meaningless check; whether it is a
  // report is judged from its head (a binary text is always told).
  const reason = options.maxLength === undefined ? undefined : notCheckedReason(input.text, options.maxLength);
  if (reason) {
    const told = reason === 'binary' || isReport(parseReport(input.text.slice(0, 65_536), { era: options.era, level: options.level }));
    return { ...base, model: parseReport(''), checked: told, findings: told ? [notCheckedNotice(reason, input.text.length, options.maxLength ?? 0, locale)] : [] };
  }
  const model = parse(input.text);
  if (!isReport(model)) return { ...base, model, checked: false, findings: [] };
  const { kept, used } = filterByDisableComments(model, runRules(model, REPORT_RULES, { ...base, drafting: options.drafting, local: options.local }));
  const found = fixesOnVisibleText(model, kept);
  const directives = directiveProblems(model, used, locale, options.severities?.[DIRECTIVE_PROBLEM]);
  return { ...base, model, checked: true, drafting: options.drafting === true, findings: [...readingNotices(input, locale), ...found, ...directives].sort(compareFindings) };
}

/**
 * The analysis with the cross-year findings of `analysis` against the same body's previous year's
 * report added (the adapter decides which report that is: cross-year/pairing.ts). Findings lie in
 * the current report; each names the previous year and figure, and `data.previousRange` points into
 * the previous report's text. Severities and inline disable comments apply as to every rule.
 */
export function addCrossYear(analysis: Analysis, previous: ReportModel): Analysis {
  if (!analysis.checked) return analysis;
  const { model } = analysis;
  const rules = PAIR_RULES.map((r): Rule => ({ meta: r.meta, check: (context) => { r.check({ ...context, previous }); } }));
  const { kept, used } = filterByDisableComments(model, runRules(model, rules, analysis));
  // A disable comment that silences a cross-year finding was called unused before the pairing.
  const stillUnused = (f: Finding) => !(f.rule === DIRECTIVE_PROBLEM && f.data?.problem === 'unused' && used.has(f.range.start));
  return { ...analysis, previous, findings: [...analysis.findings.filter(stillUnused), ...fixesOnVisibleText(model, kept)].sort(compareFindings) };
}

/** The pair rules of the registry over `current` with `previous` bound, disable comments applied. */
export function crossYearFindings(current: ReportModel, previous: ReportModel, options: Pick<Analysis, 'locale' | 'severities'>): Finding[] {
  const rules = PAIR_RULES.map((r): Rule => ({ meta: r.meta, check: (context) => { r.check({ ...context, previous }); } }));
  return fixesOnVisibleText(current, applyDisableComments(current, runRules(current, rules, options)));
}

/** What reading the file left to say: an importer's notices, stray bytes in a UTF-8 file. */
function readingNotices(input: ReportInput, locale: Locale): Finding[] {
  const start = { start: 0, end: 0 };
  // A notice that applies somewhere (a picture's placeholder) is put there.
  const notices = (input.importNotices ?? []).map((n): Finding => ({ rule: IMPORT_NOTICE, severity: 'warning', range: n.range ?? start, message: n.message }));
  if (input.invalidBytes) notices.push({ rule: MIXED_ENCODING, severity: 'info', range: start, message: formatMessage(locale, 'cli/mixed-encoding', { count: input.invalidBytes }) });
  return notices;
}

function notCheckedNotice(reason: 'too-large' | 'binary', length: number, limit: number, locale: Locale): Finding {
  const message = reason === 'binary'
    ? formatMessage(locale, 'runner/not-checked.binary')
    : formatMessage(locale, 'runner/not-checked.too-large', { size: length.toLocaleString('en-US'), limit: limit.toLocaleString('en-US') });
  return { rule: NOT_CHECKED, severity: 'info', message, range: { start: 0, end: 0 } };
}
