import { templateRows } from '../../format/tables';
import type { RowSpec } from '../../format/tables';
import { tablesOf } from '../../tables/tables-of';
import type { OffsetRange } from '../../text/line-index';
import type { Rule } from '../types';

/** A run of this many missing rows or more is one finding (a partial table); at the table's start or end (a cut-off copy), two. */
const RUN = 4;
const EDGE_RUN = 2;

/**
 * Every data row of the template must be in the table (§3, §4). A missing row is named; a run of
 * missing rows (a table cut off by the extraction, or only partly pasted) is one finding. The
 * relations that need a missing row are not checked.
 */
export const missingRow: Rule = {
  meta: { id: 'table/missing-row', title: '统计表缺少行', category: 'table', defaultSeverity: 'error', fixable: false, eras: ['2019', '2021'] },
  check({ model, t, report }) {
    for (const table of tablesOf(model)) {
      if (table.missingRows.length === 0 || table.rows.length === 0) continue;
      const all = templateRows(table.template);
      const missing = new Set(table.missingRows);
      const readAt = new Map(table.rows.map((r) => [r.spec.key, r.labelRange]));
      /** Where a row should be: the label of the next row read, else of the previous one. */
      const placeOf = (i: number): OffsetRange => {
        for (let j = i + 1; j < all.length; j++) { const r = readAt.get(all[j].key); if (r) return r; }
        for (let j = i - 1; j >= 0; j--) { const r = readAt.get(all[j].key); if (r) return r; }
        return { start: table.range.start, end: table.range.start };
      };
      for (let i = 0; i < all.length; i++) {
        if (!missing.has(all[i])) continue;
        const run: RowSpec[] = [];
        let j = i;
        while (j < all.length && missing.has(all[j])) run.push(all[j++]);
        if (run.length >= (i === 0 || j === all.length ? EDGE_RUN : RUN)) {
          report({
            range: placeOf(j - 1),
            message: t('table/missing-row.run', { table: table.id, first: run[0].label, last: run[run.length - 1].label, count: run.length }),
            data: { table: table.id, rows: run.map((r) => r.label) },
          });
        } else {
          for (let k = i; k < j; k++) report({ range: placeOf(k), message: t('table/missing-row', { table: table.id, row: all[k].label }), data: { table: table.id, row: all[k].label } });
        }
        i = j - 1;
      }
    }
  },
};
