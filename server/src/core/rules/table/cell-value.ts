import { basisOf, whereOf } from './describe';
import type { Translate } from './describe';
import { judgeTable } from './drafting';
import { tablesOf } from '../../tables/tables-of';
import type { ReadTable, TableCell } from '../../tables/types';
import type { RelatedLocation, Report, Rule } from '../types';

/**
 * Cell values (§5.3): a count is a whole number ≥ 0, only 本年增/减 may be negative, only amounts
 * may have decimals; anything that is not a number is an error. A blank, "-", "—", "/" or "无"
 * cell counts as 0 and is a warning, one per table listing every blank cell (a blank 总计 gets the
 * value its row or column adds up to in the fix).
 */
export const cellValue: Rule = {
  meta: { id: 'table/cell-value', title: '统计表单元格不是有效数字', category: 'table', defaultSeverity: 'error', fixable: true, eras: ['2019', '2021'] },
  check({ model, t, report, drafting }) {
    for (const table of tablesOf(model)) {
      // A table with no number at all is one finding of table/unfilled, not a blank per cell.
      if (table.unfilled) continue;
      const empty: TableCell[] = [];
      const judged = judgeTable(table, drafting === true);
      const named = new Set(judged.localisation.kind === 'unique' ? judged.localisation.fixes.map((f) => f.cell) : []);
      // While the table is being filled, a blank total is pending (table/pending-total says its value).
      for (const f of [...judged.pending, ...judged.stale]) named.add(f.cell);
      for (const cell of table.cells) {
        if (cell.status === 'ok') continue;
        const where = whereOf(t, table, cell);
        if (cell.status === 'invalid' || cell.status === 'negative' || cell.status === 'fraction') {
          const key = cell.status === 'invalid' ? 'table/cell-value.invalid' : cell.status === 'negative' ? 'table/cell-value.negative' : 'table/cell-value.fraction';
          report({ range: cell.range, message: t(key, { where, text: cell.text, kind: t(`table/kind.${cell.kind}`) }), data: { table: table.id, row: cell.row.label, column: cell.column.label, found: null, text: cell.text } });
          continue;
        }
        // What is left is an empty cell (blank, "-", "无"): gathered, one finding per table below.
        if (!named.has(cell)) empty.push(cell);
      }
      reportEmpty(t, table, empty, report);
    }
  },
};

/**
 * Blank cells are one cause: one warning per table at the first of them, every blank cell a related
 * location, the fix filling them all (0, or the sum a blank total should hold).
 */
function reportEmpty(t: Translate, table: ReadTable, empty: readonly TableCell[], report: (r: Report) => void): void {
  const [first] = empty;
  if (!first) return;
  const valueOf = (cell: TableCell): { value: number; basis?: string } => {
    // A blank total whose addends are all there: say what it should be.
    const skipped = table.relations.find((r) => r.relation.kind === 'eq' && r.lhsCells[0] === cell && r.lhsCells.length === 1 && [...r.rhsCells].every((c) => c?.value !== undefined));
    return skipped ? { value: skipped.rhs, basis: basisOf(t, skipped.relation.id) } : { value: 0 };
  };
  const filled = empty.map((cell) => ({ cell, ...valueOf(cell) }));
  const related: RelatedLocation[] = filled.map(({ cell, value, basis }) => ({
    range: cell.range,
    message: basis === undefined
      ? t('table/cell-value.empty-cell', { where: whereOf(t, table, cell) })
      : t('table/cell-value.empty-total-cell', { where: whereOf(t, table, cell), basis, expected: value }),
  }));
  const text = first.text === '' ? t('table/value.blank') : `「${first.text}」`;
  const [only] = filled;
  const single = filled.length === 1 ? only : undefined;
  const message = single === undefined
    ? t('table/cell-value.empty-many', { table: table.id, count: filled.length, where: whereOf(t, table, first) })
    : single.basis === undefined
      ? t('table/cell-value.empty', { where: whereOf(t, table, first), text })
      : t('table/cell-value.empty-total', { where: whereOf(t, table, first), text, basis: single.basis, expected: single.value });
  const title = single === undefined
    ? t('table/cell-value.fix-fill', { count: filled.length })
    : single.basis === undefined ? t('table/cell-value.fix-zero') : t('table/wrong-cell.fix', { expected: single.value });
  report({
    range: first.range, severity: 'warning',
    message,
    data: single === undefined
      ? { table: table.id, cells: filled.map(({ cell }) => `${cell.row.label}|${cell.column.label}`), expected: filled.map(({ value }) => value) }
      : { table: table.id, row: single.cell.row.label, column: single.cell.column.label, found: null, expected: single.value },
    fix: { title, edits: filled.map(({ cell, value }) => ({ range: cell.range, newText: String(value) })), safe: false },
    related,
  });
}
