import { relatedOf } from './describe';
import { tablesOf } from '../../tables/tables-of';
import type { Rule } from '../types';

/**
 * The soft checks of §5.3 on table 二, block （一）: 2019, 本年新公开数量 ≤ 对外公开总数量;
 * 2021, 本年制发件数 ≤ 现行有效件数 + 本年废止件数. Heuristics, hence warnings.
 */
export const softCheck: Rule = {
  meta: { id: 'table/soft-check', title: '统计表数据不合常理', category: 'table', defaultSeverity: 'warning', fixable: false, eras: ['2019', '2021'] },
  check({ model, t, report }) {
    for (const table of tablesOf(model)) {
      for (const r of table.relations) {
        if (!r.relation.soft || r.status !== 'fails') continue;
        // A relation that fails had all its cells.
        const [lhs] = r.lhsCells;
        const [first, second] = r.rhsCells;
        if (!lhs || !first) continue;
        const rhs = second === undefined
          ? `「${first.column.label}」`
          : t('table/soft-check.sum', { first: first.column.label, second: second.column.label });
        report({
          range: lhs.range,
          message: t('table/soft-check', { row: lhs.row.label, lhs: `「${lhs.column.label}」`, a: r.lhs, rhs, b: r.rhs }),
          data: { table: table.id, row: lhs.row.label, column: lhs.column.label, found: r.lhs, limit: r.rhs },
          related: relatedOf(t, r, lhs),
        });
      }
    }
  },
};
