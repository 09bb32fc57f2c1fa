import { tablesOf } from '../../tables/tables-of';
import type { Rule } from '../types';

/**
 * A table whose labels are there but not one cell holds a number (a form published unfilled): one
 * finding, "统计表未填写数值", instead of a blank-cell warning per cell or a missing table.
 */
export const unfilled: Rule = {
  meta: { id: 'table/unfilled', title: '统计表未填写数值', category: 'table', defaultSeverity: 'error', fixable: false, eras: ['2019', '2021'] },
  check({ model, t, report }) {
    for (const table of tablesOf(model)) {
      if (!table.unfilled) continue;
      const lineEnd = model.text.indexOf('\n', table.range.start);
      report({
        range: { start: table.range.start, end: lineEnd < 0 || lineEnd > table.range.end ? table.range.end : lineEnd },
        message: t('table/unfilled', { table: table.id }),
        data: { table: table.id },
      });
    }
  },
};
