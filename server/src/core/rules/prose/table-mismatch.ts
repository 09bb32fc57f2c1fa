import type { MessageKey } from '../../i18n/messages';
import { tableFigure, tableReadings } from '../../prose/table-figures';
import { tableStatementsOf } from '../../prose/statements';
import { rowSpec } from '../../format/tables';
import { tableOf } from '../../tables/tables-of';
import type { Rule } from '../types';

/**
 * A figure the prose states ("共收到申请2件", "上年结转7件", "办结135件", "予以公开70件",
 * "被申请行政复议4件", "制发行政规范性文件3件") that differs from the same figure in the tables
 * (statements.ts says which sentences state which figure, table-figures.ts which cells hold it).
 * Reported at the prose number, citing the cell(s), with a fix that aligns the prose, only when no
 * reading of the sentence fits ("共收到申请N件" may be 本年新收, or 本年新收 + 上年结转).
 */
export const tableMismatch: Rule = {
  meta: { id: 'prose/table-mismatch', title: '正文数字与统计表不一致', category: 'prose', defaultSeverity: 'warning', fixable: true, eras: ['2019', '2021'] },
  check({ model, t, report }) {
    for (const s of tableStatementsOf(model)) {
      const figure = tableFigure(model, s.kind);
      if (!figure) continue;
      // Compared with every reading the sentence allows (本年新收, or 本年新收 + 上年结转…): only when none fits.
      if (tableReadings(model, s.kind).some((r) => r.value === s.quantity.value)) continue;
      if (s.needsNoCarried && tableFigure(model, 'carried')?.value !== 0) continue;
      const args = {
        figure: t(`prose/table-mismatch.figure.${s.kind}` as MessageKey),
        stated: s.quantity.value,
        unit: s.quantity.unit,
        row: figure.row,
        column: figure.column,
        table: figure.value,
      };
      // The figure was read from this table.
      const read = tableOf(model, figure.table);
      if (!read) continue;
      report({
        range: s.quantity.numberRange,
        message: t(figure.sum ? 'prose/table-mismatch.sum' : figure.totalLeftBlank ? 'prose/table-mismatch.row-sum' : 'prose/table-mismatch', args),
        data: { kind: s.kind, stated: s.quantity.value, table: figure.value, cells: figure.cells.map((c) => `${figure.table}/${c.row.key}/${c.column.key}`) },
        related: figure.cells.map((c) => ({
          range: c.range,
          message: t('prose/table-mismatch.cell', { row: rowSpec(read.template, c.row.key)?.short ?? c.row.label, column: figure.column, value: c.value ?? '' }),
        })),
        fix: { title: t('prose/table-mismatch.fix', args), edits: [{ range: s.quantity.numberRange, newText: String(figure.value) }], safe: false },
      });
    }
  },
};
