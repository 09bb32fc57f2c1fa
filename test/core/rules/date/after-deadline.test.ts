import assert from 'node:assert/strict';
import { corpusText, findingsOf } from '../../../support/check';
import { CLEAN_2021, replaceOnce, SEED_000, SEED_001, SEED_002 } from '../../../support/reports';
import { nth } from '../../../support/nth';

const RULE = 'date/after-deadline';

describe(RULE, () => {
  it('is silent on timely reports', () => {
    for (const text of [CLEAN_2021, SEED_000, SEED_001, SEED_002]) assert.deepEqual(findingsOf(RULE, text), []);
  });

  it('holds a department to 31 January from 2019 on', () => {
    const text = replaceOnce(CLEAN_2021, '2024年1月20日', '2024年2月5日');
    const found = findingsOf(RULE, text);
    assert.deepEqual(found.map((f) => [f.severity, f.data?.date, f.data?.deadline]), [['warning', '2024-02-05', '2024-01-31']]);
    assert.match(nth(found, 0).message, /县级以上人民政府部门每年1月31日前/);
  });

  it('gives a government\'s aggregate report until 31 March', () => {
    assert.deepEqual(findingsOf(RULE, replaceOnce(SEED_001, '发布日期:2021-01-30', '发布日期:2021-03-15')), []);
    assert.deepEqual(findingsOf(RULE, replaceOnce(SEED_001, '发布日期:2021-01-30', '发布日期:2021-04-02')).map((f) => f.data?.deadline), ['2021-03-31']);
  });

  it('uses 31 March under the 2007 条例 (page 001 was posted in 2015)', () => {
    assert.deepEqual(findingsOf(RULE, corpusText('real/pages/001.txt')).map((f) => [f.data?.date, f.data?.deadline]), [['2015-08-03', '2010-03-31']]);
  });
});
