import assert from 'node:assert/strict';
import { corpusText, findingsOf } from '../../../support/check';
import { CLEAN_2021, replaceOnce } from '../../../support/reports';
import { defined } from '../../../support/nth';

const RULE = 'table/missing-column';

describe(RULE, () => {
  it('is silent on complete tables, and on the flat 15 numbers of table 四', () => {
    assert.deepEqual(findingsOf(RULE, CLEAN_2021), []);
    assert.deepEqual(findingsOf(RULE, corpusText('real/peers/dapuqiao-2025-excerpt.md')), []);
  });

  it('names the columns a table lacks', () => {
    const text = [
      '示例县2022年政府信息公开工作年度报告', '', '三、收到和处理政府信息公开申请情况', '',
      '| 本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和 | 自然人 | 总计 |', '|---|---|---|',
      '| 一、本年新收政府信息公开申请数量 | 3 | 3 |', '| 二、上年结转政府信息公开申请数量 | 0 | 0 |', '',
    ].join('\n');
    assert.deepEqual(findingsOf(RULE, text).map((f) => f.data?.column), ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']);
  });

  it('leaves table 四 with other than 15 numbers to table/unreadable (one finding, not a missing column)', () => {
    const row = defined(CLEAN_2021.split('\n').find((l) => /^\| \d+ \| \d+ \| \d+ \| \d+ \| \d+ \| \d+ /.test(l)));
    const text = replaceOnce(CLEAN_2021, row, row.replace(/ \d+ \|$/, ''));
    assert.deepEqual(findingsOf(RULE, text), []);
    assert.deepEqual(findingsOf('table/unreadable', text).map((f) => f.data?.table), ['四']);
  });
});
