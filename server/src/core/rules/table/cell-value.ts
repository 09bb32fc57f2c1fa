import { basisOf, cellData, relatedOf, whereOf } from './describe';
import { judgeTable } from './drafting';
import { tablesOf } from '../../tables/tables-of';
import type { Rule } from '../types';

/**
 * Cell values (§5.3): a count is a whole number ≥ 0, only 本年增/减 may be negative, only amounts
 * may have decimals; anything that is not a number is an error. A blank, "-", "—", "/" or "无"
 * cell counts as 0 and is a warning (a blank 总计 gets the value its row or column adds up to).
 * A row of a text layout with fewer numbers than columns cannot be read cell by cell: an error.
 */
export const cellValue: Rule = {
  meta: { id: 'table/cell-value', title: '统计表单元格不是有效数字', category: 'table', defaultSeverity: 'error', fixable: true, eras: ['2019', '2021'] },
  check({ model, t, report, drafting }) {
    for (const table of tablesOf(model)) {
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
        // What is left is an empty cell (blank, "-", "无").
        if (named.has(cell)) continue;
        const text = cell.text === '' ? t('table/value.blank') : `「${cell.text}」`;
        // A blank total whose addends are all there: say what it should be.
        const skipped = table.relations.find((r) => r.relation.kind === 'eq' && r.lhsCells[0] === cell && r.lhsCells.length === 1 && [...r.rhsCells].every((c) => c?.value !== undefined));
        if (skipped) {
          const expected = skipped.rhs;
          report({
            range: cell.range, severity: 'warning',
            message: t('table/cell-value.empty-total', { where, text, basis: basisOf(t, skipped.relation.id), expected }),
            data: cellData(table, cell, expected),
            fix: { title: t('table/wrong-cell.fix', { expected }), edits: [{ range: cell.range, newText: String(expected) }], safe: false },
            related: relatedOf(t, skipped, cell),
          });
          continue;
        }
        report({
          range: cell.range, severity: 'warning',
          message: t('table/cell-value.empty', { where, text }),
          data: cellData(table, cell, 0),
          fix: { title: t('table/cell-value.fix-zero'), edits: [{ range: cell.range, newText: '0' }], safe: false },
        });
      }
      // A row with too few values most often has blank cells (blank counts as 0, a warning); which
      // column is blank cannot be told, so the row stays out of the arithmetic.
      for (const row of table.shortRows) {
        report({ range: row.labelRange, severity: 'warning', message: t('table/cell-value.short', { table: table.id, row: row.spec.label, found: row.found, expected: row.expected }), data: { table: table.id, row: row.spec.label } });
      }
    }
  },
};
