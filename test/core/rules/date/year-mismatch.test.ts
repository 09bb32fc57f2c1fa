import assert from 'node:assert/strict';
import { findingsOf } from '../../../support/check';
import { CLEAN_2021, replaceOnce, SEED_000, SEED_001, SEED_004 } from '../../../support/reports';
import { nth } from '../../../support/nth';

const RULE = 'date/year-mismatch';

describe(RULE, () => {
  it('is silent when title, period and preamble agree', () => {
    for (const text of [CLEAN_2021, SEED_000, SEED_001, SEED_004]) assert.deepEqual(findingsOf(RULE, text), []);
  });

  it('reports a statistics period of another year than the title, at the period\'s years', () => {
    const text = replaceOnce(CLEAN_2021, '自2023年1月1日起至2023年12月31日止', '自2022年1月1日起至2022年12月31日止');
    const found = findingsOf(RULE, text);
    assert.deepEqual(found.map((f) => [f.severity, f.data?.year, f.data?.expected, text.slice(f.range.start, f.range.end)]), [
      ['error', 2022, 2023, '2022'], ['error', 2022, 2023, '2022'],
    ]);
    assert.match(nth(found, 0).message, /统计期限起始日的年份（2022年）与标题的年份（2023年）不一致/);
  });

  it('reports a preamble statement of another year (seed 004 pattern)', () => {
    const text = replaceOnce(SEED_004, '现将乌鲁木齐市人民政府机关2017年度', '现将乌鲁木齐市人民政府机关2016年度');
    assert.deepEqual(findingsOf(RULE, text).map((f) => f.data?.year), [2016]);
  });

  it('warns on a period that is not a whole calendar year', () => {
    const text = replaceOnce(CLEAN_2021, '至2023年12月31日止', '至2023年11月30日止');
    const found = findingsOf(RULE, text);
    assert.deepEqual(found.map((f) => f.severity), ['warning']);
  });
});
