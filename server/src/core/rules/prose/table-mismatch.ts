import { tableFactsOf } from '../../cross-year/table-facts';
import { tableStatementsOf } from '../../prose/statements';
import type { Rule } from '../types';

/** A figure in the prose ("共收到申请2件") that differs from the same figure in the tables (本年新收 3). */
export const tableMismatch: Rule = {
  meta: { id: 'prose/table-mismatch', title: '正文数字与统计表不一致', category: 'prose', defaultSeverity: 'warning', fixable: true, eras: ['2019', '2021'] },
  check({ model, t, report }) {
    const facts = tableFactsOf(model);
    for (const s of tableStatementsOf(model)) {
      const cell = facts.cell(s.cell.table, s.cell.row, s.cell.column);
      if (!cell || cell.value === s.quantity.value) continue;
      const args = { stated: s.quantity.value, table: cell.value, row: cell.rowLabel };
      report({
        range: s.quantity.numberRange,
        message: t('prose/table-mismatch.received', args),
        data: { kind: s.kind, stated: s.quantity.value, table: cell.value, cell: `${s.cell.table}/${s.cell.row}/${s.cell.column}` },
        related: [{ range: cell.range, message: t('prose/table-mismatch.cell', args) }],
        fix: { title: t('prose/table-mismatch.fix', args), edits: [{ range: s.quantity.numberRange, newText: String(cell.value) }], safe: false },
      });
    }
  },
};
