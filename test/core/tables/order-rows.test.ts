import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkReport } from '../../../server/src/core/check';
import { parseReport } from '../../../server/src/core/model/parse-report';
import { tablesOf } from '../../../server/src/core/tables/tables-of';

/**
 * Rows taken from the reading by order (tables/order-rows.ts), on Chromium's PDF of our own 2021
 * report with planted errors, read by plain pdftotext: after a page break the last line of the
 * label 「2.申请人逾期未按收费通知要求缴纳费用…」 and the label 「3.其他」 stand between the numbers of
 * 「四、结转下年度继续办理」 (119 24 102 4 5 / 理其政府信息公开申请 / 3.其他 / 57 / 311), and 3.其他's
 * numbers come before its label. The sample is compared cell by cell in samples.test.ts; here the
 * same text is changed so that the order is no longer vouched for, and the reader must say so
 * instead of guessing. Values below are typed from expected.json by hand.
 */
const SAMPLE = join(__dirname, '..', '..', 'fixtures', 'samples', 'own-2021-errors', 'chromium-pdf-plain.txt');
const text = readFileSync(SAMPLE, 'utf8');
const COLUMNS = ['natural', 'business', 'research', 'public-interest', 'legal', 'other', 'total'];

/** The numbers as pdftotext printed them: one per line, a blank line between. */
const lines = (values: readonly number[]): string => values.join('\n\n');

function replaced(from: readonly number[], to: readonly number[], within: string): string {
  const at = within.indexOf(lines(from));
  assert.ok(at >= 0, `test setup: «${from.join(' ')}» is in the sample`);
  return within.slice(0, at) + lines(to) + within.slice(at + lines(from).length);
}

const tableThree = (t: string) => tablesOf(parseReport(t)).find((x) => x.id === '三');
const tableRules = (t: string): string[] => checkReport(t).findings.filter((f) => f.rule.startsWith('table/')).map((f) => `${f.rule}:${f.severity}`);

describe('tables: rows whose labels flow order moved, read by the order of their numbers (order-rows)', () => {
  it('the sample as pdftotext printed it: 2.…缴纳费用, 3.其他 and 结转 read, only the planted errors found', () => {
    const three = tableThree(text);
    assert.ok(three);
    assert.deepEqual(three.unread, []);
    assert.deepEqual(COLUMNS.map((c) => three.cell('other-2', c)?.value), [10, 69, 62, 63, 134, 135, 473]);
    assert.deepEqual(COLUMNS.map((c) => three.cell('other-3', c)?.value), [87, 105, 95, 118, 52, 41, 498]);
    assert.deepEqual(COLUMNS.map((c) => three.cell('carry-over', c)?.value), [119, 24, 102, 4, 5, 57, 311]);
    assert.deepEqual(tableRules(text), ['table/wrong-cell:error', 'table/wrong-cell:error', 'table/wrong-cell:error']);
  });

  it('a row the order gives numbers that do not add up: the order is not taken, the rows stay unread (one finding)', () => {
    // 3.其他's 总计 498 → 489: the order still gives the row its seven numbers, but its own sum fails,
    // so the order is not vouched for as a whole and none of the three rows is taken from it.
    const changed = replaced([87, 105, 95, 118, 52, 41, 498], [87, 105, 95, 118, 52, 41, 489], text);
    const three = tableThree(changed);
    assert.ok(three);
    assert.deepEqual(three.unread.map((u) => u.spec.key), ['other-2', 'other-3', 'carry-over']);
    for (const row of ['other-2', 'other-3', 'carry-over']) assert.equal(three.cell(row, 'total'), undefined, row);
    assert.equal(tableRules(changed).filter((r) => r === 'table/unreadable:warning').length, 1);
    // The planted errors stay failing relations: with 3.其他 unread no single set of cells explains them.
    assert.ok(!checkReport(changed).findings.some((f) => f.rule === 'table/wrong-cell' && f.data?.row === '3.其他'));
  });

  it('a row one of whose numbers flow order printed after the labels: not read in the wrong columns, even beside real errors', () => {
    // 结转's 24 (商业企业) after 3.其他, as Chromium's PDF of the same page with zero-width spaces
    // prints it (own-2021-web/chromium-pdf-plain.txt): read by order the row gets 119 102 4 5 24 57
    // 311, its own sum holds, and 商业企业, 社会公益组织 fail only because of it (科研机构 and 法律服务机构
    // fail through the planted errors too). Moving the 24 back makes fewer columns fail: the order is
    // not the table's, so the rows stay unread and no error is raised about numbers misplaced.
    const moved = text.replace(lines([119, 24, 102, 4, 5]), lines([119, 102, 4, 5])).replace(`3.其他\n\n${lines([57, 311])}`, `3.其他\n\n${lines([24, 57, 311])}`);
    assert.notEqual(moved, text, 'test setup: the 24 moved');
    assert.ok(moved.includes(lines([24, 57, 311])), 'test setup: 24 printed before 57');
    const three = tableThree(moved);
    assert.ok(three);
    assert.deepEqual(three.unread.map((u) => u.spec.key), ['other-2', 'other-3', 'carry-over']);
    for (const row of ['other-2', 'other-3', 'carry-over']) assert.equal(three.cell(row, 'total'), undefined, row);
    assert.ok(!checkReport(moved).findings.some((f) => f.rule === 'table/wrong-cell' && (f.data?.row === '四、结转下年度继续办理' || f.data?.column === '商业企业')), 'no error through the misplaced numbers');
  });

  it('rows the labels read otherwise than the order: the order is not taken at all', () => {
    // The labels 3.要求提供公开出版物 and 4.无正当理由大量反复申请 exchanged in the text: each is read
    // with the numbers after it (rows that add up), where the order would give them the other's.
    const three4 = '3.要求提供公开出版物';
    const four4 = '4.无正当理由大量反复申请';
    assert.equal(text.split(three4).length, 2, 'test setup: one 3.要求提供公开出版物');
    assert.equal(text.split(four4).length, 2, 'test setup: one 4.无正当理由大量反复申请');
    const changed = text.replace(three4, '\u0000').replace(four4, three4).replace('\u0000', four4);
    const three = tableThree(changed);
    assert.ok(three);
    assert.deepEqual(COLUMNS.map((c) => three.cell('reject-4', c)?.value), [300, 23, 89, 124, 121, 7, 664]);
    for (const row of ['other-2', 'other-3', 'carry-over']) assert.equal(three.cell(row, 'total'), undefined, row);
    const unread = three.unread.map((u) => u.spec.key);
    for (const row of ['other-2', 'other-3', 'carry-over']) assert.ok(unread.includes(row), `${row} unread: ${unread.join(', ')}`);
  });
});

describe('tables: rows printed column by column, their numbers interleaved (order-rows)', () => {
  // LibreOffice's PDF of a Word report, plain pdftotext: every label of table 三 first, then the
  // numbers, where 予以公开/部分公开 and 3.其他/（七）总计 (labels wrapped side by side) come two
  // per line, column by column: "40 / 89 | 256 / 2 | …", "143 / 2493 | 71 / 1748 | …".
  const word = readFileSync(join(__dirname, '..', '..', 'fixtures', 'samples', 'word-2021', 'lo-docx-pdf-plain.txt'), 'utf8');

  it('the interleaved rows read to the hand-written values, and the table to no finding', () => {
    const three = tableThree(word);
    assert.ok(three);
    assert.deepEqual(three.unread, []);
    assert.deepEqual(COLUMNS.map((c) => three.cell('open', c)?.value), [40, 256, 125, 382, 3, 509, 1315]);
    assert.deepEqual(COLUMNS.map((c) => three.cell('partial', c)?.value), [89, 2, 158, 164, 167, 184, 764]);
    assert.deepEqual(COLUMNS.map((c) => three.cell('total', c)?.value), [2493, 1748, 1800, 1736, 1609, 1999, 11385]);
    assert.ok(!checkReport(word).findings.some((f) => f.rule.startsWith('table/') && f.message.includes('表三')));
  });

  it('an interleaved pair whose numbers add up neither way: the table stays unread, never guessed', () => {
    // 部分公开's 总计 764 → 765: neither reading of the pair makes both rows add up.
    const changed = word.replace('1315\n764', '1315\n765');
    assert.notEqual(changed, word, 'test setup: the pair «1315 / 764» is in the sample');
    const three = tableThree(changed);
    assert.ok(three);
    assert.equal(three.cell('partial', 'total'), undefined);
    assert.equal(three.cell('open', 'total'), undefined);
    assert.ok(!checkReport(changed).findings.some((f) => f.severity === 'error' && f.rule.startsWith('table/')));
  });
});
