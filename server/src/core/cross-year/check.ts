import { applyDisableComments } from '../editor/disable-comments';
import type { Locale } from '../i18n/messages';
import type { ReportModel } from '../model/types';
import { carriedOver } from '../rules/cross-year/carried-over';
import { inForce } from '../rules/cross-year/in-force';
import { repeatedText } from '../rules/cross-year/repeated-text';
import { runRules } from '../rules/runner';
import type { Finding, Rule, SeveritySetting } from '../rules/types';
import type { PairRule } from './types';

/** Every cross-year rule, in a fixed order. */
export const CROSS_YEAR_RULES: readonly PairRule[] = [carriedOver, inForce, repeatedText];

export interface CrossYearOptions {
  readonly locale?: Locale | undefined;
  readonly severities?: Readonly<Record<string, SeveritySetting>> | undefined;
}

/**
 * The findings of `current` against the same body's previous report (the editor calls this when
 * both documents are open or in the workspace, the CLI with --previous or for a folder). Pure:
 * the caller decides which report is the previous one (see pairing.ts). Findings lie in
 * `current`; each names the previous report's year and figure, and `data.previousRange` points
 * into the previous report's text. Severities and inline disable comments apply as to every rule.
 */
export function checkAgainstPrevious(current: ReportModel, previous: ReportModel, options: CrossYearOptions = {}): Finding[] {
  const rules = CROSS_YEAR_RULES.map((r): Rule => ({ meta: r.meta, check: (context) => { r.check({ ...context, previous }); } }));
  return applyDisableComments(current, runRules(current, rules, options));
}
