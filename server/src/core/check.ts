import { applyDisableComments } from './editor/disable-comments';
import type { Locale } from './i18n/messages';
import { parseReport } from './model/parse-report';
import type { ReportModel } from './model/types';
import { CROSS_YEAR_RULES, RULES } from './rules';
import { runRules } from './rules/runner';
import type { Finding, Rule, SeveritySetting } from './rules/types';
import type { EraId, ReportLevel } from './format/eras';
import type { PresetTable } from './tables/types';

export interface CheckOptions {
  readonly era?: EraId | undefined;
  readonly level?: ReportLevel | undefined;
  readonly locale?: Locale | undefined;
  readonly severities?: Readonly<Record<string, SeveritySetting>> | undefined;
  /** Tables that arrived structured (a Word file's tables in its Markdown rendering): read from their grids, not from the text. */
  readonly tables?: readonly PresetTable[] | undefined;
}

export interface CheckResult {
  readonly model: ReportModel;
  readonly findings: readonly Finding[];
}

/** The whole check of one report: parse, then every rule. The editor and the CLI both call this. */
export function checkReport(text: string, options: CheckOptions = {}): CheckResult {
  const model = parseReport(text, { era: options.era, level: options.level, ...(options.tables ? { tables: options.tables } : {}) });
  const findings = runRules(model, RULES, { locale: options.locale, severities: options.severities });
  // Inline `<!-- govreport-disable-next-line … -->` comments silence findings for the CLI and the editor alike.
  return { model, findings: applyDisableComments(model, findings) };
}

export interface CrossYearOptions {
  readonly locale?: Locale | undefined;
  readonly severities?: Readonly<Record<string, SeveritySetting>> | undefined;
}

/**
 * The findings of `current` against the same body's previous report (the editor calls this when
 * both documents are open or in the workspace, the CLI with --previous or for a folder). Pure:
 * the caller decides which report is the previous one (see cross-year/pairing.ts). Findings lie in
 * `current`; each names the previous report's year and figure, and `data.previousRange` points
 * into the previous report's text. Severities and inline disable comments apply as to every rule.
 */
export function checkAgainstPrevious(current: ReportModel, previous: ReportModel, options: CrossYearOptions = {}): Finding[] {
  const rules = CROSS_YEAR_RULES.map((r): Rule => ({ meta: r.meta, check: (context) => { r.check({ ...context, previous }); } }));
  return applyDisableComments(current, runRules(current, rules, options));
}
