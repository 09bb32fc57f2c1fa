import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkReport } from '../../../server/src/core/check';
import { parseReport } from '../../../server/src/core/model/parse-report';
import { tablesOf } from '../../../server/src/core/tables/tables-of';
import { CLEAN_2021 } from '../../support/reports';

/**
 * Row labels written without their numbering whose bare words are also column labels: 「总计」 for
 * （七）总计 and 「其他」 for 3.其他 (table 三, 2021). Followed by a row of numbers they are those rows;
 * the numbers used to vanish and both rows were reported missing. Values typed from the sources:
 * test/fixtures/samples/own-2021/browser-copy.txt lines 61–62 (3.其他 87 105 95 118 52 41 498;
 * （七）总计 3512 1718 1744 2006 1849 1858 12687) and examples/2023-示例市生态环境局-规范.md lines 68–69
 * (3.其他 1 0 0 0 0 0 1; （七）总计 116 13 1 0 3 2 135).
 */
const COLUMNS = ['natural', 'business', 'research', 'public-interest', 'legal', 'other', 'total'];
const BROWSER_COPY = readFileSync(join(__dirname, '..', '..', 'fixtures', 'samples', 'own-2021', 'browser-copy.txt'), 'utf8');

function readRows(text: string): { other: (number | undefined)[]; total: (number | undefined)[]; rules: string[] } {
  const three = tablesOf(parseReport(text)).find((t) => t.id === '三');
  assert.ok(three, 'table 三 is read');
  return {
    other: COLUMNS.map((c) => three.cell('other-3', c)?.value),
    total: COLUMNS.map((c) => three.cell('total', c)?.value),
    rules: checkReport(text).findings.map((f) => f.rule),
  };
}

describe('tables: row labels without their numbering that are also column words', () => {
  it('browser copy (tabs): 「其他」 and 「总计」 rows are 3.其他 and （七）总计', () => {
    const text = BROWSER_COPY.replace(/^3\.其他\t/m, '其他\t').replace(/^（七）总计\t/m, '总计\t');
    assert.notEqual(text.indexOf('\n其他\t87'), -1, 'test setup: 3.其他 lost its numbering');
    assert.notEqual(text.indexOf('\n总计\t3512'), -1, 'test setup: （七）总计 lost its numbering');
    const read = readRows(text);
    assert.deepEqual(read.other, [87, 105, 95, 118, 52, 41, 498]);
    assert.deepEqual(read.total, [3512, 1718, 1744, 2006, 1849, 1858, 12687]);
    assert.deepEqual(read.rules, []);
  });

  it('Markdown: 「| 其他 |」 and 「| 总计 |」 rows are 3.其他 and （七）总计', () => {
    const text = CLEAN_2021.replace('| 3.其他 | 1 |', '| 其他 | 1 |').replace('| （七）总计 | 116 |', '| 总计 | 116 |');
    assert.ok(text.includes('| 总计 | 116 |') && text.includes('| 其他 | 1 |'), 'test setup: the labels lost their numbering');
    const read = readRows(text);
    assert.deepEqual(read.other, [1, 0, 0, 0, 0, 0, 1]);
    assert.deepEqual(read.total, [116, 13, 1, 0, 3, 2, 135]);
    assert.deepEqual(read.rules, []);
  });

  it('the header words 「其他」「总计」 with no numbers after them stay column headers', () => {
    const read = readRows(CLEAN_2021);
    assert.deepEqual(read.other, [1, 0, 0, 0, 0, 0, 1]);
    assert.deepEqual(read.total, [116, 13, 1, 0, 3, 2, 135]);
    assert.deepEqual(read.rules, []);
  });
});
