import { sectionsOf } from '../../model/sections-of';
import { hasUnreadableTable } from '../../tables/tables-of';
import type { MessageKey } from '../../i18n/messages';
import type { Rule } from '../types';

const TABLE_NAME: Readonly<Record<number, MessageKey>> = {
  2: 'structure/missing-table.table2',
  3: 'structure/missing-table.table3',
  4: 'structure/missing-table.table4',
};

/** 二, 三 and 四 each hold a fixed statistical table. */
export const missingTable: Rule = {
  meta: { id: 'structure/missing-table', title: '缺少统计表', category: 'structure', defaultSeverity: 'error', fixable: false, eras: ['2019', '2021'] },
  check({ model, t, report }) {
    for (const { part, section } of sectionsOf(model)) {
      const table = section && TABLE_NAME[section.number];
      if (!section?.requiresTable || part.tables.length > 0 || table === undefined || hasUnreadableTable(model, part)) continue;
      report({
        range: part.heading.range,
        message: t('structure/missing-table', { numeral: section.numeral, title: part.heading.title, table: t(table) }),
        data: { section: section.number },
      });
    }
  },
};
