import type { ReportModel } from '../model/types';
import type { EraId } from '../format/eras';
import type { OffsetRange } from '../text/line-index';
import type { MessageKey, MessageArgs } from '../i18n/messages';
import type { LocalRules } from './local-rules';

export type Severity = 'error' | 'warning' | 'info';
/** A severity as users set it: a rule can also be switched off. */
export type SeveritySetting = Severity | 'off';

export type RuleCategory = 'structure' | 'content' | 'date' | 'table' | 'prose' | 'cross-year';

export interface TextEdit {
  readonly range: OffsetRange;
  readonly newText: string;
}

/** A fix travels with its finding as plain data, so the editor, the CLI and the tests share it. */
export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  /** Safe fixes are applied by "fix all"; others only when the user picks them. */
  readonly safe: boolean;
}

export interface RelatedLocation {
  readonly range: OffsetRange;
  readonly message: string;
}

/** Machine-readable facts of a finding (the CLI's JSON `data`). */
export type FindingData = Readonly<Record<string, string | number | boolean | null | readonly (string | number)[] | Readonly<Record<string, unknown>>>>;

export interface Finding {
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  readonly range: OffsetRange;
  readonly data?: FindingData | undefined;
  readonly fix?: Fix | undefined;
  readonly related?: readonly RelatedLocation[] | undefined;
}

export interface RuleMeta {
  /** `category/kebab-name` */
  readonly id: string;
  /** Chinese title, shown in docs and settings. */
  readonly title: string;
  readonly category: RuleCategory;
  readonly defaultSeverity: Severity;
  readonly fixable: boolean;
  /** The eras the rule applies to; all when absent. */
  readonly eras?: readonly EraId[] | undefined;
}

/** What a rule reports: the runner adds the rule id and the configured severity. */
export interface Report {
  readonly range: OffsetRange;
  readonly message: string;
  /** Overrides the rule's severity for this finding (e.g. a softer case of the same rule). */
  readonly severity?: Severity | undefined;
  readonly data?: FindingData | undefined;
  readonly fix?: Fix | undefined;
  readonly related?: readonly RelatedLocation[] | undefined;
}

/** What a rule is given. `t` and `report` are plain functions (rules destructure them), not methods. */
export interface RuleContext {
  readonly model: ReportModel;
  /** The message in the user's language. */
  readonly t: (key: MessageKey, args?: MessageArgs) => string;
  readonly report: (finding: Report) => void;
  /** The user is filling the report in the editor (unsaved changes): totals still at 0 are pending, not wrong (rules/table/drafting.ts). */
  readonly drafting?: boolean | undefined;
  /** A rule pack's local rules (deadlines, part 一's length, phrases), when the settings name one (local-rules.ts). */
  readonly local?: LocalRules | undefined;
}

/** A rule over one report. */
export interface Rule {
  readonly meta: RuleMeta;
  readonly pair?: false;
  check(context: RuleContext): void;
}

/** What a cross-year rule sees: this year's report (`model`) and the same body's previous one. */
export interface PairRuleContext extends RuleContext {
  readonly previous: ReportModel;
}

/** A rule over two reports of one body. Findings are in the current report; the previous one is cited in the message and `data`. */
export interface PairRule {
  readonly meta: RuleMeta;
  /** Marks the rule as one over two reports: it runs only when the previous year's report is given. */
  readonly pair: true;
  check(context: PairRuleContext): void;
}

/** An entry of the one rule registry (`RULES`): a rule over one report or over two. */
export type AnyRule = Rule | PairRule;

export function isPairRule(rule: AnyRule): rule is PairRule {
  return rule.pair === true;
}
