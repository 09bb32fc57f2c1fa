import { tablesOf } from '../../tables/tables-of';
import type { Rule } from '../types';

/**
 * A report for 2021 or later whose table follows the 2019 (试行) template (format spec §0): a
 * warning; the table is still checked against the template it uses.
 */
export const outdatedTemplate: Rule = {
  meta: { id: 'table/outdated-template', title: '统计表使用旧版格式', category: 'table', defaultSeverity: 'warning', fixable: false, eras: ['2021'] },
  check({ model, t, report }) {
    const year = model.year?.value;
    if (year === undefined || year < 2021) return;
    for (const table of tablesOf(model)) {
      if (table.era !== '2019' || !table.eraEvidence) continue;
      report({
        range: table.eraEvidence.range,
        message: t('table/outdated-template', { table: table.id, label: table.eraEvidence.label, year }),
        data: { table: table.id, template: '2019', year },
      });
    }
  },
};
