import assert from 'node:assert/strict';
import { findingsOf } from '../../../support/check';
import { CLEAN_2021, replaceOnce } from '../../../support/reports';
import { defined } from '../../../support/nth';

const RULE = 'table/extra-row';

describe(RULE, () => {
  it('is silent on the template rows', () => {
    assert.deepEqual(findingsOf(RULE, CLEAN_2021), []);
  });

  it('warns on a row the template lacks, and on a 2019 row in a 2021 table', () => {
    const total = defined(CLEAN_2021.split('\n').find((l) => l.startsWith('| （七）总计')));
    const text = replaceOnce(CLEAN_2021, total, `| （八）小计 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n${total}`);
    const [f, ...rest] = findingsOf(RULE, text);
    assert.ok(f);
    assert.equal(rest.length, 0);
    assert.equal(f.severity, 'warning');
    assert.equal(f.message, '表三中的「（八）小计」不是2021年格式表格中的行。');
    assert.deepEqual(findingsOf('table/wrong-cell', text), []);
  });

  it('warns on a row written twice', () => {
    const row = defined(CLEAN_2021.split('\n').find((l) => l.startsWith('| 2.重复申请')));
    const text = replaceOnce(CLEAN_2021, row, `${row}\n${row}`);
    assert.deepEqual(findingsOf(RULE, text).map((f) => f.message), ['表三「2.重复申请」行重复出现，只核对了第一次出现的数据。']);
  });
});
