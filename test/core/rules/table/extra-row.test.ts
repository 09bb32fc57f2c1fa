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

  it('gives one warning for a run of consecutive extra rows, every row a related location', () => {
    const total = defined(CLEAN_2021.split('\n').find((l) => l.startsWith('| （七）总计')));
    const pasted = ['（八）小计', '（九）合计', '（十）备注'].map((label) => `| ${label} | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n`).join('');
    const text = replaceOnce(CLEAN_2021, total, `${pasted}${total}`);
    const found = findingsOf(RULE, text);
    assert.equal(found.length, 1);
    const [f] = found;
    assert.ok(f);
    assert.equal(f.message, '表三从「（八）小计」起连续 3 行不是2021年格式表格中的行，这些行的数字未核对。');
    assert.equal(text.slice(f.range.start, f.range.end), '（八）小计');
    assert.deepEqual(f.related?.map((r) => text.slice(r.range.start, r.range.end)), ['（八）小计', '（九）合计', '（十）备注']);
    assert.equal(f.related.at(2)?.message, '表三中的「（十）备注」不是2021年格式表格中的行。');
  });

  it('gives one warning per run: extra rows with a template row between them are two causes', () => {
    const lines = CLEAN_2021.split('\n');
    const total = defined(lines.find((l) => l.startsWith('| （七）总计')));
    const repeated = defined(lines.find((l) => l.startsWith('| 2.重复申请')));
    const extra = (label: string) => `| ${label} | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n`;
    const text = replaceOnce(replaceOnce(CLEAN_2021, total, `${extra('（八）小计')}${total}`), repeated, `${extra('（甲）补充')}${extra('（乙）补充')}${repeated}`);
    const found = findingsOf(RULE, text);
    assert.deepEqual(found.map((f) => [text.slice(f.range.start, f.range.end), f.related?.length ?? 1]), [['（甲）补充', 2], ['（八）小计', 1]]);
  });
});
