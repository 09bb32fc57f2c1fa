import assert from 'node:assert/strict';
import { applyEdits, covered, findingsOf } from '../../../support/check';
import { CLEAN_2019, CLEAN_2021, replaceOnce, SEED_001 } from '../../../support/reports';
import { defined, nth } from '../../../support/nth';

const RULE = 'table/cell-value';

describe(RULE, () => {
  it('accepts integers, a signed 本年增/减, decimal amounts, full-width digits and thousands separators', () => {
    assert.deepEqual(findingsOf(RULE, SEED_001), []); // -22 and 630.2
    assert.deepEqual(findingsOf(RULE, CLEAN_2019), []);
    const wide = replaceOnce(CLEAN_2021, '| 行政规范性文件 | 3 | 1 | 25 |', '| 行政规范性文件 | ３ | 1 | 2５ |');
    assert.deepEqual(findingsOf(RULE, wide), []);
    assert.deepEqual(findingsOf('table/wrong-cell', wide), []);
  });

  it('reports text, negative counts and decimal counts as errors', () => {
    const text = replaceOnce(CLEAN_2021, '| 行政规范性文件 | 3 | 1 | 25 |', '| 行政规范性文件 | 三 | -1 | 2.5 |');
    const found = findingsOf(RULE, text);
    assert.deepEqual(found.map((f) => [covered(text, f), f.severity]), [['三', 'error'], ['-1', 'error'], ['2.5', 'error']]);
    assert.match(nth(found, 0).message, /^表二「行政规范性文件」行「本年制发件数」列填写的「三」不是数字/);
  });

  it('warns once per table on blank cells, each blank cell a related location, one fix filling them all', () => {
    const rows = CLEAN_2021.split('\n').filter((l) => l.startsWith('| 1.本机关不掌握相关政府信息') || l.startsWith('| 2.没有现成信息需要另行制作'));
    let text = CLEAN_2021;
    for (const row of rows) {
      const cells = row.split('|');
      text = replaceOnce(text, row, [...cells.slice(0, 2), '  ', ' - ', ...cells.slice(4)].join('|'));
    }
    const found = findingsOf(RULE, text);
    assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
    const [f] = found;
    assert.ok(f);
    assert.equal(f.severity, 'warning');
    assert.equal(f.related?.length, 4);
    assert.match(f.message, /有 4 个单元格空白或未填数字/);
    assert.equal(f.fix?.edits.length, 4);
    assert.deepEqual(findingsOf(RULE, applyEdits(text, f.fix.edits)), []);
  });

  it('warns on "-" and blank cells (counted as 0) and fills them in', () => {
    const text = replaceOnce(CLEAN_2021, '| 行政规范性文件 | 3 | 1 | 25 |', '| 行政规范性文件 | 3 | - | 25 |');
    const [f, ...rest] = findingsOf(RULE, text);
    assert.ok(f);
    assert.equal(rest.length, 0);
    assert.equal(f.severity, 'warning');
    assert.equal(f.fix?.edits[0]?.newText, '0');
    assert.deepEqual(findingsOf(RULE, applyEdits(text, f.fix.edits)), []);
  });

  it('gives a blank 总计 the value its row adds up to', () => {
    const row = defined(CLEAN_2021.split('\n').find((l) => l.startsWith('| 1.本机关不掌握相关政府信息')));
    const cells = row.split('|');
    const blank = [...cells.slice(0, 8), '  ', ''].join('|');
    const text = replaceOnce(CLEAN_2021, row, blank);
    const [f] = findingsOf(RULE, text);
    assert.ok(f);
    assert.equal(f.severity, 'warning');
    assert.equal(f.data?.expected, Number(cells[8]));
    assert.deepEqual(findingsOf('table/wrong-cell', text), []);
  });
});
