import { tablesOf } from '../../tables/tables-of';
import type { OffsetRange } from '../../text/line-index';
import type { Rule } from '../types';

/**
 * Every column of the template must be in the table: a column no row has a value in is named
 * (per block of table 二). Table 四 must have its 15 numbers.
 */
export const missingColumn: Rule = {
  meta: { id: 'table/missing-column', title: '统计表缺少列', category: 'table', defaultSeverity: 'error', fixable: false, eras: ['2019', '2021'] },
  check({ model, t, report }) {
    for (const table of tablesOf(model)) {
      const lineEnd = model.text.indexOf('\n', table.range.start);
      const first: OffsetRange = { start: table.range.start, end: lineEnd < 0 || lineEnd > table.range.end ? table.range.end : lineEnd };
      if (table.flatCount !== undefined && table.flatCount > 0 && table.unread.length === 0) {
        report({ range: first, message: t('table/missing-column.flat', { count: table.flatCount }), data: { table: table.id, count: table.flatCount } });
      }
      for (const m of table.missingColumns) {
        report({
          range: first,
          message: t('table/missing-column', { table: table.id, block: m.block ? ` ${m.block} ` : '', column: m.column.label }),
          data: { table: table.id, column: m.column.label, ...(m.block ? { block: m.block } : {}) },
        });
      }
    }
  },
};
