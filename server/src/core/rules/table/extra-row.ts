import { tablesOf } from '../../tables/tables-of';
import type { Rule } from '../types';

/** A row that is not in the template the table follows (or a row written twice): a warning, its numbers are not checked. */
export const extraRow: Rule = {
  meta: { id: 'table/extra-row', title: '统计表有模板以外的行', category: 'table', defaultSeverity: 'warning', fixable: false, eras: ['2019', '2021'] },
  check({ model, t, report }) {
    for (const table of tablesOf(model)) {
      for (const x of table.extraRows) {
        report({
          range: x.range,
          message: x.duplicate
            ? t('table/extra-row.duplicate', { table: table.id, row: x.duplicate.label })
            : t('table/extra-row', { table: table.id, label: x.label, era: table.era }),
          data: { table: table.id, label: x.label },
        });
      }
    }
  },
};
