import assert from 'node:assert/strict';
import { corpusText, findingsOf } from '../../../support/check';
import { CLEAN_2019, CLEAN_2021, replaceOnce } from '../../../support/reports';
import { defined, nth } from '../../../support/nth';

const RULE = 'table/missing-row';

describe(RULE, () => {
  it('is silent on complete tables', () => {
    assert.deepEqual(findingsOf(RULE, CLEAN_2021), []);
    assert.deepEqual(findingsOf(RULE, CLEAN_2019), []);
    assert.deepEqual(findingsOf(RULE, corpusText('real/peers/city-2025-tables.txt')), []);
  });

  it('names a missing row, and checks no relation that needs it', () => {
    const row = defined(CLEAN_2021.split('\n').find((l) => l.startsWith('| 2.重复申请')));
    const text = replaceOnce(CLEAN_2021, `${row}\n`, '');
    assert.deepEqual(findingsOf(RULE, text).map((f) => f.message), ['表三缺少「2.重复申请」行。']);
    assert.deepEqual(findingsOf('table/wrong-cell', text), []);
    assert.deepEqual(findingsOf('table/relation', text), []);
  });

  it('reports a cut-off table once, not row by row, and invents no arithmetic error', () => {
    const text = corpusText('real/peers/pdf-2024-table3-excerpt.txt');
    const found = findingsOf(RULE, text).filter((f) => f.data?.table === '三');
    assert.equal(found.length, 1);
    assert.match(nth(found, 0).message, /缺少「2.没有现成信息需要另行制作」至「四、结转下年度继续办理」共 12 行/);
    for (const r of ['table/wrong-cell', 'table/relation', 'table/cell-value']) assert.deepEqual(findingsOf(r, text), [], r);
  });
});
