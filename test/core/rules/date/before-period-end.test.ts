import assert from 'node:assert/strict';
import { corpusText, findingsOf } from '../../../support/check';
import { CLEAN_2021, replaceOnce, SEED_000, SEED_001, SEED_002 } from '../../../support/reports';

const RULE = 'date/before-period-end';

describe(RULE, () => {
  it('is silent on dates after the statistical year', () => {
    for (const text of [CLEAN_2021, SEED_000, SEED_001]) assert.deepEqual(findingsOf(RULE, text), []);
  });

  it('reports a signature before the year ended as an error (seed 002: 2017年2月23日)', () => {
    const found = findingsOf(RULE, SEED_002);
    assert.deepEqual(found.map((f) => [f.severity, f.data?.date, SEED_002.slice(f.range.start, f.range.end)]), [['error', '2017-02-23', '2017年2月23日']]);
  });

  it('warns on a signature on 31 December itself (page 010)', () => {
    const found = findingsOf(RULE, corpusText('real/pages/010.txt'));
    assert.deepEqual(found.map((f) => [f.severity, f.data?.date]), [['warning', '2018-12-31']]);
  });

  it('checks page publication dates too', () => {
    const text = replaceOnce(SEED_001, '发布日期:2021-01-30', '发布日期:2020-11-30');
    assert.deepEqual(findingsOf(RULE, text).map((f) => [f.data?.date, f.data?.kind]), [['2020-11-30', 'published']]);
  });
});
