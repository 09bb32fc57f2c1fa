import assert from 'node:assert/strict';
import { applyEdits, covered, findingsOf } from '../../support/check';
import { SEED_000, SEED_001, SEED_002, SEED_003, SEED_004 } from '../../support/reports';
import { nth } from '../../support/nth';
import { checkReport } from '../../../server/src/core/check';
import { RULE_ERROR } from '../../../server/src/core/rules/runner';

const RULE = 'prose/percentage';
const report = (paragraph: string) => `某市人民政府2018年政府信息公开工作年度报告\n\n一、概述\n\n${paragraph}\n\n二、存在的主要问题及改进措施\n\n继续努力。\n`;
const GOOD = '全市共收到信息公开申请183件，其中当面申请29件，占申请总数的15.8%；网络申请45件，占申请总数的24.6%；信函申请109件，占申请总数的59.6%。';

describe(RULE, () => {
  it('is silent on the seeds (003: 15.8%/24.6%/59.6% of 183; 86% is of another base)', () => {
    for (const seed of [SEED_000, SEED_001, SEED_002, SEED_003, SEED_004]) assert.deepEqual(findingsOf(RULE, seed), []);
  });

  it('accepts rounded and truncated shares', () => {
    assert.deepEqual(findingsOf(RULE, report(GOOD)), []);
    assert.deepEqual(findingsOf(RULE, report(GOOD.replace('59.6%', '59.5%'))), []);
  });

  it('flags a wrong share with both figures and offers to align it when the counts add up', () => {
    const text = report(GOOD.replace('24.6%', '26.4%'));
    const found = findingsOf(RULE, text);
    assert.equal(found.length, 1);
    assert.equal(covered(text, nth(found, 0)), '26.4');
    assert.equal(nth(found, 0).message, '所述占比 26.4% 与数字不符：45 件 ÷ 183 件 = 24.59%（应为 24.6%）。');
    assert.ok(nth(found, 0).fix);
    assert.deepEqual(findingsOf(RULE, applyEdits(text, nth(found, 0).fix?.edits ?? [])), []);
  });

  it('offers no fix when the counts themselves do not add up', () => {
    const found = findingsOf(RULE, report(GOOD.replace('24.6%', '30%').replace('信函申请109件', '信函申请108件')));
    assert.deepEqual(found.map((f) => f.data?.stated), [30, 59.6]);
    assert.ok(found.every((f) => f.fix === undefined));
  });

  it('leaves shares of another base alone', () => {
    assert.deepEqual(findingsOf(RULE, report('主动公开信息1000条，其中规范性文件132条，占制发规范性文件总数的86%；其他868条。')), []);
  });

  it('leaves a share with hundreds of decimals alone (a garbled number; recomputing it threw)', () => {
    const garbled = report(GOOD.replace('24.6%', `26.${'4'.repeat(150)}%`));
    assert.deepEqual(findingsOf(RULE, garbled), []);
    assert.deepEqual(checkReport(garbled).findings.filter((f) => f.rule === RULE_ERROR).map((f) => f.message), []);
    assert.equal(findingsOf(RULE, report(GOOD.replace('24.6%', '26.4000%'))).length, 1, 'four decimals are still judged');
  });
});
