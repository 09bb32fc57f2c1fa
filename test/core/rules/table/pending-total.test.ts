import assert from 'node:assert/strict';
import { analyzeReport } from '../../../../server/src/core/analyze';
import type { Finding } from '../../../../server/src/core/rules/types';
import { newReportText } from '../../../../server/src/service/templates';
import { nth } from '../../../support/nth';

/**
 * Filling table 三 of the skeleton as a clerk does: details first, totals last. The expected cells
 * and values below are the arithmetic of the numbers typed (a person's sums), not the checker's output.
 */
const SKELETON = newReportText({ body: '某市测试局', year: 2024 });

/** The skeleton with `value` typed in the cell of the row labelled `label`, column `column` (0 = 自然人, 6 = 总计). */
function typed(text: string, label: string, column: number, value: string): string {
  return text.split('\n').map((line) => {
    if (!line.includes(label)) return line;
    const cells = line.split('|');
    const at = cells.findIndex((c) => c.includes(label));
    cells[at + 1 + column] = ` ${value} `;
    return cells.join('|');
  }).join('\n');
}

const NEW = '一、本年新收政府信息公开申请数量';
const GRANTED = '（一）予以公开';
const TOTAL_ROW = '（七）总计';
const TOTAL = 6;

function tableFindings(text: string, drafting: boolean): Finding[] {
  return analyzeReport({ text }, { drafting }).findings.filter((f) => f.rule.startsWith('table/'));
}
const cellOf = (f: Finding) => `${JSON.stringify(f.data?.row)}|${JSON.stringify(f.data?.column)}|${JSON.stringify(f.data?.expected)}`.replaceAll('"', '');

describe('table/pending-total and the drafting judgement (issue 13)', () => {
  it('the first number typed into an empty 表三 is no error: its row total is a hint', () => {
    const text = typed(SKELETON, NEW, 0, '5');
    const found = tableFindings(text, true);
    assert.deepEqual(found.map((f) => `${f.rule} ${f.severity} ${cellOf(f)}`), [`table/pending-total info ${NEW}|总计|5`]);
    const hint = nth(found, 0);
    assert.match(hint.message, /应为 5/);
    assert.equal(hint.fix?.safe, false, 'writing a total changes a number: never part of 修正全部');
    assert.equal(text.slice(hint.range.start, hint.range.end), '0', 'at the total cell');
  });

  it('checked as a whole (saved, CLI) the same table keeps its errors', () => {
    const found = tableFindings(typed(SKELETON, NEW, 0, '5'), false);
    assert.ok(found.some((f) => f.rule === 'table/wrong-cell' && f.severity === 'error'));
    assert.ok(!found.some((f) => f.rule === 'table/pending-total'));
  });

  it('a row filled on both sides: four totals pending, no error, the zeros not listed one by one', () => {
    const text = typed(typed(SKELETON, NEW, 0, '5'), GRANTED, 0, '5');
    const found = tableFindings(text, true);
    assert.deepEqual(found.map((f) => `${f.rule} ${cellOf(f)}`).sort(), [
      `table/pending-total ${GRANTED}|总计|5`,
      `table/pending-total ${NEW}|总计|5`,
      `table/pending-total ${TOTAL_ROW}|总计|5`,
      `table/pending-total ${TOTAL_ROW}|自然人|5`,
    ].sort());
    const column = found.find((f) => cellOf(f) === `${TOTAL_ROW}|自然人|5`);
    const related = column?.related ?? [];
    assert.equal(related.length, 2, 'the one non-zero result row, then the zeros said once');
    assert.match(related[0]?.message ?? '', /予以公开.*= 5/);
    assert.match(related[1]?.message ?? '', /其余 \d+ 项为 0/);
  });

  it('totals written and then a detail changed: the totals are stale, the detail is never blamed', () => {
    let text = typed(typed(SKELETON, NEW, 0, '5'), GRANTED, 0, '5');
    text = typed(typed(text, NEW, TOTAL, '5'), GRANTED, TOTAL, '5');
    text = typed(typed(text, TOTAL_ROW, 0, '5'), TOTAL_ROW, TOTAL, '5');
    assert.deepEqual(tableFindings(text, true), [], 'filled and consistent');
    // The clerk corrects 自然人 from 5 to 6 in both detail rows; the four totals were not updated.
    text = typed(typed(text, NEW, 0, '6'), GRANTED, 0, '6');
    const found = tableFindings(text, true);
    assert.deepEqual(found.map((f) => `${f.rule} ${f.severity} ${cellOf(f)}`).sort(), [
      `table/wrong-cell error ${GRANTED}|总计|6`,
      `table/wrong-cell error ${NEW}|总计|6`,
      `table/wrong-cell error ${TOTAL_ROW}|总计|6`,
      `table/wrong-cell error ${TOTAL_ROW}|自然人|6`,
    ].sort());
    for (const f of found) assert.match(f.message, /未随明细更新/);
  });

  it('a total written that disagrees with details that are themselves consistent is an error with a fix to the sum', () => {
    const text = typed(typed(SKELETON, NEW, 0, '5'), NEW, TOTAL, '4');
    const found = tableFindings(text, true);
    assert.deepEqual(found.map((f) => `${f.rule} ${cellOf(f)}`), [`table/wrong-cell ${NEW}|总计|5`]);
    assert.equal(found[0]?.fix?.edits[0]?.newText, '5');
  });
});
