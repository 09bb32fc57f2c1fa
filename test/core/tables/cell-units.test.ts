import assert from 'node:assert/strict';
import { checkReport } from '../../../server/src/core/check';
import { parseReport } from '../../../server/src/core/model/parse-report';
import { tablesOf } from '../../../server/src/core/tables/tables-of';
import { CLEAN_2021 } from '../../support/reports';

/**
 * Counts written with their unit in the cell ("120件", "4个"): the number is the value, as 元 is in
 * an amount. Values below are typed from examples/2023-示例市生态环境局-规范.md (table 三's 一、本年新收
 * row: 120 15 1 0 4 2 142; table 四: 2 1 0 1 4 | 1 0 0 1 2 | 1 0 0 0 1).
 */
const withUnits = (unit: string): string => CLEAN_2021.replace(/^(\|.*)$/gm, (row) => row.replace(/\| (\d+) (?=\|)/g, `| $1${unit} `));

describe('tables: counts written with their unit in the cell', () => {
  for (const unit of ['件', '个']) {
    it(`reads 「N${unit}」 as N, with no finding (tables 三 and 四)`, () => {
      const text = withUnits(unit);
      assert.ok(text.includes(`| 120${unit} |`), 'test setup: the units are in the cells');
      const tables = tablesOf(parseReport(text));
      const three = tables.find((t) => t.id === '三');
      const four = tables.find((t) => t.id === '四');
      assert.ok(three && four);
      assert.deepEqual(['natural', 'business', 'research', 'public-interest', 'legal', 'other', 'total'].map((c) => three.cell('new', c)?.value), [120, 15, 1, 0, 4, 2, 142]);
      assert.deepEqual(['upheld', 'corrected', 'other', 'pending', 'total'].map((c) => four.cell('review', c)?.value), [2, 1, 0, 1, 4]);
      assert.deepEqual(['upheld', 'corrected', 'other', 'pending', 'total'].map((c) => four.cell('suit-after', c)?.value), [1, 0, 0, 0, 1]);
      assert.deepEqual(checkReport(text).findings.map((f) => f.rule), []);
    });
  }

  it('a count unit in an amount cell is still not a number', () => {
    const text = CLEAN_2021.replace(/(\| 行政事业性收费 \| )([\d.]+)/, '$1$2件');
    assert.notEqual(text, CLEAN_2021, 'test setup: the fee row is in the report');
    assert.ok(checkReport(text).findings.some((f) => f.rule === 'table/cell-value'));
  });
});
