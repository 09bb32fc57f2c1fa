import assert from 'node:assert/strict';
import { applyEdits, covered, findingsOf } from '../../../support/check';
import { CLEAN_2019, CLEAN_2021, replaceOnce, SEED_001 } from '../../../support/reports';
import { defined, nth } from '../../../support/nth';

const RULE = 'table/wrong-cell';

describe(RULE, () => {
  it('is silent on consistent tables (2019 tabs, 2021 Markdown)', () => {
    assert.deepEqual(findingsOf(RULE, CLEAN_2021), []);
    assert.deepEqual(findingsOf(RULE, CLEAN_2019), []);
  });

  it('names the two wrong cells of seed 001 with the values they should have, and fixes them', () => {
    const found = findingsOf(RULE, SEED_001);
    assert.deepEqual(found.map((f) => f.data), [
      { table: '三', row: '（七）总计', column: '自然人', found: 0, expected: 88 },
      { table: '三', row: '（七）总计', column: '商业企业', found: 0, expected: 11 },
    ]);
    assert.equal(nth(found, 0).message, '表三「（七）总计」行「自然人」列为 0，按各项办理结果之和应为 88。');
    assert.ok(found.every((f) => f.severity === 'error' && covered(SEED_001, f) === '0' && f.fix?.safe === false));
    const fixed = applyEdits(SEED_001, found.map((f) => nth(f.fix?.edits ?? [], 0)));
    assert.deepEqual(findingsOf(RULE, fixed), []);
    assert.deepEqual(findingsOf('table/relation', fixed), []);
  });

  it('explains a wrong detail cell by its row and column totals', () => {
    const text = replaceOnce(CLEAN_2021, '| 行政规范性文件 | 3 | 1 | 25 |', '| 行政规范性文件 | 3 | 1 | 25 |');
    const row = defined(text.split('\n').find((l) => l.startsWith('| （一）予以公开')));
    const cells = row.split('|');
    const wrong = String(Number(cells[2]) + 10);
    const faulty = replaceOnce(text, row, [cells[0], cells[1], ` ${wrong} `, ...cells.slice(3)].join('|'));
    const [f, ...rest] = findingsOf(RULE, faulty);
    assert.ok(f);
    assert.equal(rest.length, 0);
    assert.equal(f.data?.row, '（一）予以公开');
    assert.equal(f.data.column, '自然人');
    assert.equal(f.data.expected, Number(cells[2]));
    assert.match(f.message, /与「（七）总计」和本行「总计」不符/);
  });
});
