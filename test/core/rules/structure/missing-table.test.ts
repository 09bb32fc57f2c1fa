import assert from 'node:assert/strict';
import { corpusText, findingsOf } from '../../../support/check';
import { CLEAN_2019, CLEAN_2021, SEED_001 } from '../../../support/reports';
import { nth } from '../../../support/nth';

const RULE = 'structure/missing-table';

describe(RULE, () => {
  it('is silent when 二, 三 and 四 hold tables (Markdown, tabs, scraped)', () => {
    assert.deepEqual(findingsOf(RULE, CLEAN_2021), []);
    assert.deepEqual(findingsOf(RULE, CLEAN_2019), []);
    assert.deepEqual(findingsOf(RULE, SEED_001), []);
  });

  it('reports each of 二, 三, 四 that is a bare heading (page 017)', () => {
    const found = findingsOf(RULE, corpusText('real/pages/017.txt'));
    assert.deepEqual(found.map((f) => [f.severity, f.data?.section]), [['error', 2], ['error', 3], ['error', 4]]);
    assert.match(nth(found, 2).message, /缺少统计表/);
  });

  it('does not take a sentence about cases for the table', () => {
    const text = CLEAN_2021.replace(/(## 四、[^\n]*\n)[\s\S]*?(\n## 五)/, '$1\n本年度未发生政府信息公开行政复议、行政诉讼案件。\n$2');
    assert.deepEqual(findingsOf(RULE, text).map((f) => f.data?.section), [4]);
  });
});
