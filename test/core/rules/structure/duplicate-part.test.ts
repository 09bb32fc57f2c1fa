import assert from 'node:assert/strict';
import { findingsOf } from '../../../support/check';
import { CLEAN_2021, replaceOnce, SEED_001 } from '../../../support/reports';
import { nth } from '../../../support/nth';

const RULE = 'structure/duplicate-part';

describe(RULE, () => {
  it('is silent on reports with each part once', () => {
    assert.deepEqual(findingsOf(RULE, CLEAN_2021), []);
    assert.deepEqual(findingsOf(RULE, SEED_001), []);
  });

  it('reports the second occurrence of a part', () => {
    const text = replaceOnce(CLEAN_2021, '## 六、其他需要报告的事项', '## 五、存在的主要问题及改进情况\n\n补充说明。\n\n## 六、其他需要报告的事项');
    const found = findingsOf(RULE, text);
    assert.equal(found.length, 1);
    assert.equal(nth(found, 0).data?.section, 5);
    assert.match(nth(found, 0).message, /重复出现（第一次在第\d+行）/);
  });
});
