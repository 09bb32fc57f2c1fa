import { formatMessage } from '../i18n/messages';
import type { Locale } from '../i18n/messages';
import type { ReportModel } from '../model/types';
import type { OffsetRange } from '../text/line-index';
import { settleFix } from './fixes';
import type { Finding, Rule, SeveritySetting } from './types';
import type { LocalRules } from './local-rules';

export interface RunOptions {
  readonly locale?: Locale | undefined;
  /** Per-rule severity settings; a rule not named keeps its default. */
  readonly severities?: Readonly<Record<string, SeveritySetting>> | undefined;
  /** The user is filling the report in the editor (RuleContext.drafting). */
  readonly drafting?: boolean | undefined;
  /** A rule pack's local rules (RuleContext.local). */
  readonly local?: LocalRules | undefined;
}

/** The rule id of the finding that stands for a rule that threw (a bug): `data.rule` names the rule, `data.error` what it threw. */
export const RULE_ERROR = 'runner/rule-error';

/**
 * Runs the rules that apply to the report's era. A rule that throws becomes one finding, never a
 * crash; every range is clamped into the text; a fix is settled (fixes.ts: a `safe` fix changes no
 * number, line endings are the text's); findings come out sorted by position, then rule id.
 */
export function runRules(model: ReportModel, rules: readonly Rule[], options: RunOptions = {}): Finding[] {
  const locale = options.locale ?? 'zh-cn';
  const findings: Finding[] = [];
  const length = model.text.length;
  const clamp = (r: OffsetRange): OffsetRange => {
    // Nearly every range is inside the text already: kept as it is, not copied.
    if (r.start >= 0 && r.start <= r.end && r.end <= length) return r;
    const start = Math.max(0, Math.min(r.start, length));
    return { start, end: Math.max(start, Math.min(r.end, length)) };
  };
  for (const rule of rules) {
    const setting = options.severities?.[rule.meta.id] ?? rule.meta.defaultSeverity;
    if (setting === 'off') continue;
    if (rule.meta.eras && !rule.meta.eras.includes(model.era.id)) continue;
    const configured = options.severities?.[rule.meta.id] !== undefined;
    try {
      rule.check({
        model,
        drafting: options.drafting,
        local: options.local,
        t: (key, args) => formatMessage(locale, key, args),
        report: (r) => {
          if (!r.message) return;
          findings.push({
            rule: rule.meta.id,
            // A finding's own softer severity holds unless the user set the rule's severity.
            severity: configured ? setting : r.severity ?? setting,
            message: r.message,
            range: clamp(r.range),
            data: r.data,
            fix: r.fix && settleFix(model.text, r.fix, clamp),
            related: r.related?.map((x) => ({ ...x, range: clamp(x.range) })),
          });
        },
      });
    } catch (thrown) {
      const error = thrown instanceof Error ? thrown.message : String(thrown);
      findings.push({
        rule: RULE_ERROR,
        severity: 'info',
        message: formatMessage(locale, 'runner/rule-error', { rule: rule.meta.id, error }),
        range: { start: 0, end: 0 },
        data: { rule: rule.meta.id, error },
      });
    }
  }
  return findings.sort(compareFindings);
}

/** The rules that threw, read from the findings by rule id (never from a message's wording). */
export function failedRules(findings: readonly Finding[]): { readonly rule: string; readonly error: string }[] {
  return findings.flatMap((f) => {
    if (f.rule !== RULE_ERROR) return [];
    const rule = f.data?.rule;
    const error = f.data?.error;
    return typeof rule === 'string' ? [{ rule, error: typeof error === 'string' ? error : '' }] : [];
  });
}

/** The order of findings everywhere: by position, then rule id (deterministic output). */
export function compareFindings(a: Finding, b: Finding): number {
  return a.range.start - b.range.start || a.range.end - b.range.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}
