import assert from 'node:assert/strict';
import { findingsOf } from '../../../support/check';
import { CLEAN_2021, replaceOnce, SEED_001 } from '../../../support/reports';
import { nth } from '../../../support/nth';

const RULE = 'structure/empty-part';
const PART5_BODY = CLEAN_2021.slice(CLEAN_2021.indexOf('2023年，我局政府信息公开工作仍存在'), CLEAN_2021.indexOf('\n\n## 六'));

describe(RULE, () => {
  it('accepts 六 saying 暂无 (seed 001) and parts with content', () => {
    assert.deepEqual(findingsOf(RULE, SEED_001), []);
    assert.deepEqual(findingsOf(RULE, CLEAN_2021), []);
  });

  it('warns on a part with no content', () => {
    const found = findingsOf(RULE, replaceOnce(CLEAN_2021, PART5_BODY, ''));
    assert.deepEqual(found.map((f) => [f.severity, f.data?.section]), [['warning', 5]]);
    assert.match(nth(found, 0).message, /没有内容/);
  });

  it('warns when a part other than 六 only says 无', () => {
    const found = findingsOf(RULE, replaceOnce(CLEAN_2021, PART5_BODY, '无。'));
    assert.deepEqual(found.map((f) => f.data?.section), [5]);
    assert.match(nth(found, 0).message, /只写了「无。」/);
  });
});
