import { basisOf, cellData, checkOf, relatedOf, relationsOfCell, shownValue, sumOf, whereOf } from './describe';
import { judgeTable } from './drafting';
import { tablesOf } from '../../tables/tables-of';
import type { Rule } from '../types';

/**
 * The cells the error localisation names: the smallest set of cells whose change makes every
 * relation of the table hold, when that set is unique (seed 001: （七）总计 × 自然人 should be 88,
 * × 商业企业 should be 11). One finding per cell, at the cell, with the value it should have.
 * While the user fills the table (drafting.ts), totals written before their details changed are
 * said to be stale, never "change the detail cell just typed".
 */
export const wrongCell: Rule = {
  meta: { id: 'table/wrong-cell', title: '统计表单元格数据有误', category: 'table', defaultSeverity: 'error', fixable: true, eras: ['2019', '2021'] },
  check({ model, t, report, drafting }) {
    for (const table of tablesOf(model)) {
      const judged = judgeTable(table, drafting === true);
      for (const { cell, expected } of judged.stale) {
        const main = sumOf(table, cell);
        report({
          range: cell.range,
          message: t('table/wrong-cell.stale', { where: whereOf(t, table, cell), found: shownValue(t, cell), basis: main ? basisOf(t, main.relation.id) : '', expected }),
          data: cellData(table, cell, expected),
          fix: { title: t('table/wrong-cell.fix', { expected }), edits: [{ range: cell.range, newText: String(expected) }], safe: false },
          related: main ? relatedOf(t, main, cell) : [],
        });
      }
      const loc = judged.localisation;
      if (loc.kind !== 'unique') continue;
      for (const { cell, expected } of loc.fixes) {
        const relations = relationsOfCell(table, cell);
        const main = relations[0];
        const where = whereOf(t, table, cell);
        const found = shownValue(t, cell);
        const message = main?.lhsCells[0] === cell
          ? t('table/wrong-cell.total', { where, found, basis: basisOf(t, main.relation.id), expected })
          : t('table/wrong-cell.detail', {
            where, found, expected,
            checks: [...new Set(relations.map((r) => checkOf(t, r.relation.id)))].join(t('table/check.and')),
          });
        report({
          range: cell.range,
          message,
          data: cellData(table, cell, expected),
          fix: { title: t('table/wrong-cell.fix', { expected }), edits: [{ range: cell.range, newText: String(expected) }], safe: false },
          related: main ? relatedOf(t, main, cell) : [],
        });
      }
    }
  },
};
