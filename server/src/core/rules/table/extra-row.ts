import { tablesOf } from '../../tables/tables-of';
import type { ExtraRow, ReadTable } from '../../tables/types';
import type { RelatedLocation, Rule } from '../types';
import type { Translate } from './describe';

/**
 * A row that is not in the template the table follows (or a row written twice): a warning, its
 * numbers are not checked. Consecutive such rows are one cause (a pasted block, an old template's
 * section): one warning per run at its first row, every row of the run a related location, so a
 * table of 250,000 pasted rows gives one finding, not 250,000.
 */
export const extraRow: Rule = {
  meta: { id: 'table/extra-row', title: '统计表有模板以外的行', category: 'table', defaultSeverity: 'warning', fixable: false, eras: ['2019', '2021'] },
  check({ model, t, report }) {
    for (const table of tablesOf(model)) {
      for (const run of runsOf(table)) {
        const [first] = run;
        if (!first) continue;
        const related: RelatedLocation[] = run.length === 1 ? [] : run.map((x) => ({ range: x.range, message: messageOf(t, table, x) }));
        report({
          range: first.range,
          message: run.length === 1
            ? messageOf(t, table, first)
            : first.duplicate
              ? t('table/extra-row.duplicate-run', { table: table.id, first: first.label, count: run.length })
              : t('table/extra-row.run', { table: table.id, first: first.label, count: run.length, era: table.era }),
          data: run.length === 1 ? { table: table.id, label: first.label } : { table: table.id, label: first.label, count: run.length },
          ...(related.length > 0 ? { related } : {}),
        });
      }
    }
  },
};

function messageOf(t: Translate, table: ReadTable, x: ExtraRow): string {
  return x.duplicate
    ? t('table/extra-row.duplicate', { table: table.id, row: x.duplicate.label })
    : t('table/extra-row', { table: table.id, label: x.label, era: table.era });
}

/**
 * The extra rows in text order, cut into runs: rows of one kind (outside the template, or
 * duplicates) with no row of the template read between them.
 */
function runsOf(table: ReadTable): ExtraRow[][] {
  const extras = [...table.extraRows].sort((a, b) => a.range.start - b.range.start);
  const readStarts = table.rows.map((r) => r.labelRange.start).sort((a, b) => a - b);
  const runs: ExtraRow[][] = [];
  let next = 0;
  let current: ExtraRow[] = [];
  let previous: ExtraRow | undefined;
  for (const x of extras) {
    let readBetween = false;
    while (next < readStarts.length && (readStarts[next] ?? Infinity) < x.range.start) { readBetween = true; next++; }
    if (previous && (readBetween || (previous.duplicate === undefined) !== (x.duplicate === undefined))) { runs.push(current); current = []; }
    current.push(x);
    previous = x;
  }
  if (current.length > 0) runs.push(current);
  return runs;
}
