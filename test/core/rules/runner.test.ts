import assert from 'node:assert/strict';
import { parseReport } from '../../../server/src/core/model/parse-report';
import { compareFindings, failedRules, RULE_ERROR, runRules } from '../../../server/src/core/rules/runner';
import type { Rule, RuleMeta } from '../../../server/src/core/rules/types';
import { nth } from '../../support/nth';

const meta = (id: string, more: Partial<RuleMeta> = {}): RuleMeta => ({ id, title: '测试规则', category: 'structure', defaultSeverity: 'warning', fixable: false, ...more });
const TEXT = '某局2023年政府信息公开工作年度报告\n一、总体情况\n';

/** A rule that throws a plain error, as a bug in a rule would. */
const throwing: Rule = { meta: meta('structure/throws'), check() { throw new Error('索引越界'); } };
/** A rule that reports the first line, and once more with a range past the end of the text. */
const reporting: Rule = {
  meta: meta('structure/reports'),
  check({ report }) {
    report({ range: { start: 0, end: 19 }, message: '第一行' });
    report({ range: { start: 30, end: 500 }, message: '越界', fix: { title: '改', edits: [{ range: { start: -5, end: 999 }, newText: 'x' }], safe: true } });
  },
};

describe('rules runner', () => {
  it('turns a rule that throws into one runner/rule-error finding naming the rule in data, and runs the others', () => {
    const findings = runRules(parseReport(TEXT), [throwing, reporting]);
    assert.deepEqual(findings[0], {
      rule: 'runner/rule-error',
      severity: 'info',
      message: '规则 structure/throws 检查时出错，已跳过：索引越界',
      range: { start: 0, end: 0 },
      data: { rule: 'structure/throws', error: '索引越界' },
    });
    assert.deepEqual(findings.map((f) => f.rule), [RULE_ERROR, 'structure/reports', 'structure/reports']);
  });

  it('reads the rules that threw by rule id, not by wording (English messages too)', () => {
    const findings = runRules(parseReport(TEXT), [throwing, reporting], { locale: 'en' });
    assert.equal(findings[0]?.message, 'Rule structure/throws failed and was skipped: 索引越界');
    assert.deepEqual(failedRules(findings), [{ rule: 'structure/throws', error: '索引越界' }]);
    assert.deepEqual(failedRules(runRules(parseReport(TEXT), [reporting])), []);
  });

  it('says what a rule threw when it is not an Error', () => {
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- a rule that throws a string is what this checks
    const throwsString: Rule = { meta: meta('structure/throws-string'), check() { throw '坏了'; } };
    assert.deepEqual(failedRules(runRules(parseReport(TEXT), [throwsString])), [{ rule: 'structure/throws-string', error: '坏了' }]);
  });

  it('clamps every range, fix edit included, into the text', () => {
    assert.equal(TEXT.length, 27);
    const past = nth(runRules(parseReport(TEXT), [reporting]), 1);
    assert.deepEqual(past.range, { start: 27, end: 27 });
    assert.deepEqual(past.fix?.edits[0]?.range, { start: 0, end: 27 });
  });

  it('applies the severity setting: off skips the rule, another value replaces the default', () => {
    const model = parseReport(TEXT);
    assert.deepEqual(runRules(model, [reporting], { severities: { 'structure/reports': 'off' } }), []);
    assert.deepEqual(runRules(model, [reporting], { severities: { 'structure/reports': 'error' } }).map((f) => f.severity), ['error', 'error']);
    assert.deepEqual(runRules(model, [reporting]).map((f) => f.severity), ['warning', 'warning']);
  });

  it('runs a rule only in its eras', () => {
    const only2007: Rule = { ...reporting, meta: meta('structure/reports', { eras: ['2007'] }) };
    assert.equal(parseReport(TEXT).era.id, '2021');
    assert.deepEqual(runRules(parseReport(TEXT), [only2007]), []);
  });

  it('orders findings by position, then by rule id', () => {
    const a = { rule: 'b/x', severity: 'info', message: 'm', range: { start: 3, end: 4 } } as const;
    const b = { ...a, rule: 'a/x' };
    const c = { ...a, range: { start: 1, end: 9 } };
    assert.deepEqual([a, b, c].sort(compareFindings), [c, b, a]);
  });
});
