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
        for (const row of [...all.slice(i + 1), ...all.slice(0, Math.max(0, i)).reverse()]) {
          const r = readAt.get(row.key);
          if (r) return r;
        }
        return { start: table.range.start, end: table.range.start };
      };
      for (let i = 0; i < all.length; i++) {
        const run: RowSpec[] = [];
        let j = i;
        for (let row = all[j]; row && missing.has(row); row = all[++j]) run.push(row);
        const [first] = run;
        const last = run.at(-1);
        if (!first || !last) continue;
        if (run.length >= (i === 0 || j === all.length ? EDGE_RUN : RUN)) {
          report({
            range: placeOf(j - 1),
            message: t('table/missing-row.run', { table: table.id, first: first.label, last: last.label, count: run.length }),
            data: { table: table.id, rows: run.map((r) => r.label) },
          });
        } else {
          for (const [k, row] of run.entries()) report({ range: placeOf(i + k), message: t('table/missing-row', { table: table.id, row: row.label }), data: { table: table.id, row: row.label } });
        }
        i = j - 1;
      }
    }
  },
};
