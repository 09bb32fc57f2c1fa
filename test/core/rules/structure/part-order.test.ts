import assert from 'node:assert/strict';
import { findingsOf } from '../../../support/check';
import { CLEAN_2021, SEED_001 } from '../../../support/reports';
import { nth } from '../../../support/nth';

const RULE = 'structure/part-order';

/** Moves the Markdown part `heading` (through its body) to the end, before the signature. */
function moveToEnd(text: string, heading: string): string {
  const start = text.indexOf(heading);
  const end = text.indexOf('\n## ', start + 1) + 1;
  const part = text.slice(start, end);
  const rest = text.slice(0, start) + text.slice(end);
  const sign = rest.indexOf('示例市生态环境局\n2024');
  return `${rest.slice(0, sign)}${part}\n${rest.slice(sign)}`;
}

describe(RULE, () => {
  it('is silent when parts are in order', () => {
    assert.deepEqual(findingsOf(RULE, CLEAN_2021), []);
    assert.deepEqual(findingsOf(RULE, SEED_001), []);
  });

  it('names only the part that is out of place', () => {
    const found = findingsOf(RULE, moveToEnd(CLEAN_2021, '## 二、主动公开政府信息情况'));
    assert.deepEqual(found.map((f) => f.data?.section), [2]);
    assert.match(nth(found, 0).message, /应排在「一、总体情况」之后/);
  });
});
