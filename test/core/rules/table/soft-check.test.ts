import assert from 'node:assert/strict';
import { findingsOf } from '../../../support/check';
import { CLEAN_2021, replaceOnce, SEED_001 } from '../../../support/reports';

const RULE = 'table/soft-check';

describe(RULE, () => {
  it('is silent on plausible figures', () => {
    assert.deepEqual(findingsOf(RULE, CLEAN_2021), []);
    assert.deepEqual(findingsOf(RULE, SEED_001), []);
  });

  it('warns when more documents were issued than are in force or repealed (2021)', () => {
    const text = replaceOnce(CLEAN_2021, '| 行政规范性文件 | 3 | 1 | 25 |', '| 行政规范性文件 | 30 | 1 | 25 |');
    const [f, ...rest] = findingsOf(RULE, text);
    assert.ok(f);
    assert.equal(rest.length, 0);
    assert.equal(f.severity, 'warning');
    assert.equal(f.message, '表二「行政规范性文件」行「本年制发件数」（30）大于「现行有效件数」与「本年废止件数」之和（26），请核对。');
  });

  it('warns when more were newly published than are public in total (2019)', () => {
    const text = replaceOnce(SEED_001, '规范性文件 |\n1 |\n1 |\n5 |', '规范性文件 |\n1 |\n9 |\n5 |');
    assert.deepEqual(findingsOf(RULE, text).map((f) => f.data?.row), ['规范性文件']);
  });
});
