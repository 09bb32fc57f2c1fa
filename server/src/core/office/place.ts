import { SECTIONS } from '../format/sections';
import type { TableId } from '../format/tables';
import { formatMessage } from '../i18n/messages';
import type { Locale } from '../i18n/messages';
import { sectionsOf } from '../model/sections-of';
import type { ReportModel } from '../model/types';
import type { Finding } from '../rules/types';
import { tablesOf } from '../tables/tables-of';
import type { OffsetRange } from '../text/line-index';
import { toChineseNumber } from '../text/numerals';
import type { FindingContext } from './types';

/**
 * Where a finding is by meaning, independent of lines: the table cell (表三「（七）总计 / 自然人」),
 * the table, the part (第三部分), the title, the preamble or the 落款. `anchor` is the same place as
 * a key for fingerprints (template keys, never labels as written).
 */
export interface Place {
  readonly label: string;
  readonly anchor: string;
  /** The table the finding lies in, if any. */
  readonly table?: TableId;
  /** Whether the place is a single table cell (then the cell is the whole anchor). */
  readonly cell: boolean;
}

export function placeOf(model: ReportModel, finding: Finding, locale: Locale): Place {
  const at = finding.range.start;
  for (const table of tablesOf(model)) {
    if (at < table.range.start || at >= table.range.end) continue;
    const tableLabel = formatMessage(locale, 'office/label.table', { table: table.id });
    const cell = table.cells.find((c) => c.range.start <= at && at < Math.max(c.range.end, c.range.start + 1));
    if (cell) return { label: `${tableLabel}「${cell.row.label} / ${cell.column.label}」`, anchor: `table:${table.id}/${cell.row.key}/${cell.column.key}`, table: table.id, cell: true };
    return { label: tableLabel, anchor: `table:${table.id}`, table: table.id, cell: false };
  }
  const section = typeof finding.data?.section === 'number' ? finding.data.section : undefined;
  const part = sectionsOf(model).find((p) => p.part.heading.range.start <= at && at < Math.max(p.part.body.end, p.part.heading.range.end));
  const number = section ?? part?.section?.number ?? part?.part.heading.number;
  if (number !== undefined) {
    const spec = SECTIONS.find((s) => s.number === number);
    return { label: formatMessage(locale, 'office/label.part', { numeral: spec?.numeral ?? toChineseNumber(number) }), anchor: `part:${number}`, cell: false };
  }
  if (model.title && at < model.title.range.end) return { label: formatMessage(locale, 'office/place.title'), anchor: 'title', cell: false };
  if (at >= model.contentEnd && model.contentEnd > 0) return { label: formatMessage(locale, 'office/place.tail'), anchor: 'tail', cell: false };
  return { label: formatMessage(locale, 'office/place.preamble'), anchor: 'preamble', cell: false };
}

const CONTEXT_SIDE = 24;
const MATCH_MAX = 80;

/** The finding's text and up to 24 characters either side, on its line (line breaks and runs of blanks shown as one space). */
export function contextOf(text: string, range: OffsetRange): FindingContext | undefined {
  const start = Math.max(0, Math.min(range.start, text.length));
  const end = Math.max(start, Math.min(range.end, text.length));
  const lineStart = Math.max(text.lastIndexOf('\n', start - 1) + 1, start - CONTEXT_SIDE);
  const nextBreak = text.indexOf('\n', end);
  const lineEnd = Math.min(nextBreak < 0 ? text.length : nextBreak, end + CONTEXT_SIDE);
  const squash = (s: string): string => s.replace(/\s+/g, ' ');
  const match = squash(text.slice(start, Math.min(end, start + MATCH_MAX)));
  const before = squash(text.slice(lineStart, start)).trimStart();
  const after = squash(text.slice(end, lineEnd)).trimEnd();
  if (before === '' && match.trim() === '' && after === '') return undefined;
  return { before: lineStart > text.lastIndexOf('\n', start - 1) + 1 ? `…${before}` : before, match: end > start + MATCH_MAX ? `${match}…` : match, after: lineEnd < (nextBreak < 0 ? text.length : nextBreak) ? `${after}…` : after };
}
