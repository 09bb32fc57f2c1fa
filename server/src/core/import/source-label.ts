import { formatMessage } from '../i18n/messages';
import type { Locale } from '../i18n/messages';
import type { ReportModel } from '../model/types';
import type { TableId } from '../format/tables';
import { tablesOf } from '../tables/tables-of';
import type { OffsetRange } from '../text/line-index';
import type { SourceLocation } from './types';

/**
 * A place in the original file said as a person looks for it there: 第3段, 第4页, and for a
 * table cell 表三第5行第2列 when the Word table is the report's table 三 (all of it: one Word
 * table), else 第2张表第5行第2列 (counting the file's tables).
 */

/** The file's table numbers that hold one of the report's tables 二/三/四 whole. */
export function reportTableNames(model: ReportModel, locate: (range: OffsetRange) => SourceLocation | undefined): ReadonlyMap<number, TableId> {
  const byTable = new Map<number, Set<TableId>>();
  const byId = new Map<TableId, Set<number>>();
  for (const table of tablesOf(model)) {
    for (const cell of table.cells) {
      const at = locate(cell.range);
      if (at?.kind !== 'cell') continue;
      byTable.set(at.table, (byTable.get(at.table) ?? new Set()).add(table.id));
      byId.set(table.id, (byId.get(table.id) ?? new Set()).add(at.table));
    }
  }
  const names = new Map<number, TableId>();
  for (const [id, numbers] of byId) {
    const [only] = [...numbers];
    if (numbers.size === 1 && only !== undefined && byTable.get(only)?.size === 1) names.set(only, id);
  }
  return names;
}

export function describeSource(location: SourceLocation, names: ReadonlyMap<number, TableId>, locale: Locale): string {
  switch (location.kind) {
    case 'paragraph':
      return formatMessage(locale, 'import/location.paragraph', { paragraph: location.paragraph });
    case 'page':
      return formatMessage(locale, 'import/location.page', { page: location.page });
    case 'cell': {
      const id = names.get(location.table);
      const cell = { row: location.row, column: location.column };
      return id !== undefined
        ? formatMessage(locale, 'import/location.report-table', { table: id, ...cell })
        : formatMessage(locale, 'import/location.table', { table: location.table, ...cell });
    }
  }
}
