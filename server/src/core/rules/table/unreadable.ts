import { templateRows } from '../../format/tables';
import type { MessageKey } from '../../i18n/messages';
import { tablesOf } from '../../tables/tables-of';
import type { UnreadableReason } from '../../tables/types';
import type { Rule } from '../types';

const REASON: Readonly<Record<UnreadableReason, MessageKey>> = {
  glued: 'table/unreadable.glued',
  short: 'table/unreadable.short',
  long: 'table/unreadable.long',
  order: 'table/unreadable.order',
  'flat-short': 'table/unreadable.flat-short',
  'flat-long': 'table/unreadable.flat-long',
};

/** Rows named in the message at most; the finding's data lists them all. */
const NAMED_ROWS = 6;

/**
 * Rows whose label was found but whose numbers could not be read with certainty (digits run
 * together that cut more than one way, fewer numbers than columns in a layout that drops blank
 * cells, numbers apart from their labels, table 四 with other than 15 numbers) are never guessed:
 * they stay out of the arithmetic, and the table gets ONE finding saying which rows and why, at the
 * first of them. A table none of whose rows could be read says so in one sentence.
 */
export const unreadable: Rule = {
  meta: { id: 'table/unreadable', title: '统计表无法可靠读取', category: 'table', defaultSeverity: 'warning', fixable: false, eras: ['2019', '2021'] },
  check({ model, t, report }) {
    for (const table of tablesOf(model)) {
      const [first] = table.unread;
      if (!first || table.unfilled) continue;
      const reasons = [...new Set(table.unread.map((u) => u.reason))];
      const reason = reasons.map((r) => t(REASON[r], { count: table.unread.find((u) => u.reason === r)?.count ?? 0 })).join(t('table/unreadable.reasons-separator'));
      const rows = [...new Set(table.unread.map((u) => u.spec.label))];
      const all = table.cells.length === 0 && (table.template.flat !== undefined || rows.length >= templateRows(table.template).length - table.missingRows.length);
      report({
        range: first.range,
        message: all
          ? t('table/unreadable.all', { table: table.id, reason })
          : t('table/unreadable', { table: table.id, count: rows.length, reason, rows: rows.slice(0, NAMED_ROWS).map((r) => `「${r}」`).join('') + (rows.length > NAMED_ROWS ? '…' : '') }),
        data: { table: table.id, rows, reasons },
        related: table.unread.slice(1).filter((u) => u.range.start !== first.range.start).map((u) => ({ range: u.range, message: t(REASON[u.reason], { count: u.count ?? 0 }) })),
      });
    }
  },
};
