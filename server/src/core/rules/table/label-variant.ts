import { tablesOf } from '../../tables/tables-of';
import type { Rule } from '../types';

/**
 * A row written with the other format's wording of the same row (规范性文件 in a 2021 table, whose
 * row is 行政规范性文件): read as that row, and one warning with the standard label as its fix, never
 * a missing row plus an extra row.
 */
export const labelVariant: Rule = {
  meta: { id: 'table/label-variant', title: '统计表行名称与格式不一致', category: 'table', defaultSeverity: 'warning', fixable: true, eras: ['2019', '2021'] },
  check({ model, t, report }) {
    for (const table of tablesOf(model)) {
      for (const v of table.variants) {
        report({
          range: v.range,
          message: t('table/label-variant', { table: table.id, label: v.label, row: v.row.label, era: table.era }),
          data: { table: table.id, label: v.label, row: v.row.label },
          fix: { title: t('table/label-variant.fix', { row: v.row.label }), edits: [{ range: v.range, newText: v.row.label }], safe: true },
        });
      }
    }
  },
};
