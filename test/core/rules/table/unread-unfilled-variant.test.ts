import assert from 'node:assert/strict';
import { applyEdits, covered, findingsOf } from '../../../support/check';
import { CLEAN_2021, replaceOnce, SEED_001 } from '../../../support/reports';
import { nth } from '../../../support/nth';

/** The table rules that say one thing once: rows not read (table/unreadable), a form left unfilled (table/unfilled), a label of the other format (table/label-variant). */
describe('table/unreadable, table/unfilled, table/label-variant', () => {
  it('a scraped row with too few values: one warning naming the row, the row out of the arithmetic', () => {
    const text = replaceOnce(SEED_001, '规章 |\n0 |\n0 |\n0 |', '规章 |\n0 |\n0 |');
    const found = findingsOf('table/unreadable', text);
    assert.deepEqual(found.map((f) => [f.severity, f.data?.table, covered(text, f)]), [['warning', '二', '规章']]);
    assert.match(nth(found, 0).message, /表二有 1 行无法可靠读取（数字少于列数/);
    assert.deepEqual(findingsOf('table/cell-value', text), []);
    assert.deepEqual(findingsOf('table/missing-row', text), []);
    assert.deepEqual(findingsOf('table/wrong-cell', text).map((f) => f.data?.table), ['三', '三'], 'the seed\'s two wrong cells of 三, nothing from 二');
  });

  it('labels with no number at all: 统计表未填写数值 once per table, no blank-cell or missing-table finding', () => {
    // Every number of table 三 blanked (the form published unfilled).
    const start = CLEAN_2021.indexOf('| 一、本年新收');
    const end = CLEAN_2021.indexOf('## 四、');
    assert.ok(start > 0 && end > start);
    const blanked = CLEAN_2021.slice(start, end).replace(/\| *\d+ *(?=\|)/g, '|  ');
    const text = CLEAN_2021.slice(0, start) + blanked + CLEAN_2021.slice(end);
    assert.deepEqual(findingsOf('table/unfilled', text).map((f) => [f.severity, f.data?.table]), [['error', '三']]);
    assert.match(nth(findingsOf('table/unfilled', text), 0).message, /统计表未填写数值/);
    assert.deepEqual(findingsOf('table/cell-value', text), []);
    assert.deepEqual(findingsOf('structure/missing-table', text), []);
    assert.deepEqual(findingsOf('table/missing-row', text), []);
    assert.deepEqual(findingsOf('table/relation', text), []);
  });

  it('规范性文件 in a 2021 table: one warning with the standard label as its fix, no missing or extra row', () => {
    const text = replaceOnce(CLEAN_2021, '| 行政规范性文件 | 3 | 1 | 25 |', '| 规范性文件 | 3 | 1 | 25 |');
    const found = findingsOf('table/label-variant', text);
    assert.deepEqual(found.map((f) => [f.severity, covered(text, f), f.fix?.edits[0]?.newText]), [['warning', '规范性文件', '行政规范性文件']]);
    assert.deepEqual(findingsOf('table/missing-row', text), []);
    assert.deepEqual(findingsOf('table/extra-row', text), []);
    assert.deepEqual(findingsOf('table/label-variant', applyEdits(text, nth(found, 0).fix?.edits ?? [])), []);
    assert.deepEqual(findingsOf('table/label-variant', CLEAN_2021), []);
  });
});
