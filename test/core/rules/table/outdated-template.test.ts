import assert from 'node:assert/strict';
import { findingsOf } from '../../../support/check';
import { CLEAN_2019, CLEAN_2021 } from '../../../support/reports';
import { nth } from '../../../support/nth';

const RULE = 'table/outdated-template';

describe(RULE, () => {
  it('is silent when the template fits the year', () => {
    assert.deepEqual(findingsOf(RULE, CLEAN_2021), []);
    assert.deepEqual(findingsOf(RULE, CLEAN_2019), []);
  });

  it('warns on a 2022 report with 2019 tables, and still checks them against the 2019 template', () => {
    const text = CLEAN_2019.split('2020年').join('2022年');
    const found = findingsOf(RULE, text);
    assert.deepEqual(found.map((f) => f.data?.table), ['二', '三']);
    assert.ok(found.every((f) => f.severity === 'warning'));
    assert.match(nth(found, 0).message, /^表二按 2019 年（试行）格式填写（如「/);
    for (const r of ['table/missing-row', 'table/missing-column', 'table/extra-row', 'table/wrong-cell', 'table/cell-value']) assert.deepEqual(findingsOf(r, text), [], r);
  });
});
