import type { ReportModel } from '../model/types';
import type { RuleContext, RuleMeta } from '../rules/types';

/** What a cross-year rule sees: this year's report (`model`) and the same body's previous one. */
export interface PairRuleContext extends RuleContext {
  readonly previous: ReportModel;
}

/** A rule over two reports of one body. Findings are in the current report; the previous one is cited in the message and `data`. */
export interface PairRule {
  readonly meta: RuleMeta;
  check(context: PairRuleContext): void;
}
