import { judgeTable } from './drafting';
import { basisOf, cellData, relatedOf, sumOf, whereOf } from './describe';
import { tablesOf } from '../../tables/tables-of';
import type { Rule } from '../types';

/**
 * While the user fills a table in the editor (details first, totals last), each 总计 still at 0 or
 * blank whose details add up to another value gets a hint with that value ("表三「（七）总计」行
 * 「自然人」列应为 12"), not an error; the code lens 计算合计 fills them all at once. Checked as a
 * whole (saved, CLI, workspace check) the same cells are table/wrong-cell or table/cell-value findings.
 */
export const pendingTotal: Rule = {
  meta: { id: 'table/pending-total', title: '统计表合计待填', category: 'table', defaultSeverity: 'info', fixable: true, eras: ['2019', '2021'] },
  check({ model, t, report, drafting }) {
    if (drafting !== true) return;
    for (const table of tablesOf(model)) {
      for (const { cell, expected } of judgeTable(table, true).pending) {
        const main = sumOf(table, cell);
        report({
          range: cell.range,
          message: t('table/pending-total', { where: whereOf(t, table, cell), basis: main ? basisOf(t, main.relation.id) : '', expected }),
          data: cellData(table, cell, expected),
          fix: { title: t('table/pending-total.fix', { expected }), edits: [{ range: cell.range, newText: String(expected) }], safe: false },
          related: main ? relatedOf(t, main, cell) : [],
        });
      }
    }
  },
};
