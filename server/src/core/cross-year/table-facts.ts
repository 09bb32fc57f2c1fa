import type { ReportModel } from '../model/types';
import { tableOf } from '../tables/tables-of';
import { normalizeLabel } from '../text/normalize';
import type { OffsetRange } from '../text/line-index';
import { perModel } from '../model/per-model';

/**
 * SEAM for the statistical-table engine (server/src/core/tables/, `tablesOf(model)`): the cells
 * the cross-year and prose-versus-table rules read, by the template's row and column keys
 * (format/tables.ts: table 三 rows `carried` / `carry-over`, columns `natural` … `total`; table 二
 * block （一） rows `rules` / `normative`, columns `issued` / `repealed` / `in-force`).
 *
 * The cells come from the table engine (`tableOf`); the small pipe-row reader below remains only
 * as a fallback for a cell the engine did not read (e.g. a 2007-era report with a 2021 table).
 */
export interface FactCell {
  readonly value: number;
  readonly range: OffsetRange;
  /** The row label as written, for messages. */
  readonly rowLabel: string;
}

export interface TableFacts {
  cell(table: '二' | '三' | '四', row: string, column: string): FactCell | undefined;
}

export const TABLE3_COLUMNS = ['natural', 'business', 'research', 'public-interest', 'legal', 'other', 'total'] as const;
export const TABLE2_COLUMNS_2021 = ['issued', 'repealed', 'in-force'] as const;

interface RowReading { readonly table: '二' | '三'; readonly row: string; readonly label: RegExp; readonly columns: readonly string[] }

const ROWS: readonly RowReading[] = [
  { table: '三', row: 'carried', label: /上年结转/, columns: TABLE3_COLUMNS },
  { table: '三', row: 'carry-over', label: /结转下年度/, columns: TABLE3_COLUMNS },
  { table: '二', row: 'rules', label: /^规章$/, columns: TABLE2_COLUMNS_2021 },
  { table: '二', row: 'normative', label: /^(行政)?规范性文件$/, columns: TABLE2_COLUMNS_2021 },
];

/** The table cells of a report (computed once per model). */
export const tableFactsOf = perModel((model: ReportModel): TableFacts => {
  const engine = fromEngine(model);
  const pipes = readPipeRows(model);
  return { cell: (table, row, column) => engine.cell(table, row, column) ?? pipes.cell(table, row, column) };
});

function fromEngine(model: ReportModel): TableFacts {
  return {
    cell(table, row, column) {
      const read = tableOf(model, table);
      const cell = read?.cell(row, column);
      if (!read || cell?.value === undefined) return undefined;
      const label = read.rows.find((r) => r.spec.key === row)?.labelRange;
      return { value: cell.value, range: cell.range, rowLabel: label && label.end > label.start ? model.text.slice(label.start, label.end) : cell.row.label };
    },
  };
}

/** Facts from a plain map (tests, and adapters). */
export function factsFromMap(map: ReadonlyMap<string, FactCell>): TableFacts {
  return { cell: (table, row, column) => map.get(`${table}/${row}/${column}`) };
}

function readPipeRows(model: ReportModel): TableFacts {
  const map = new Map<string, FactCell>();
  const text = model.text;
  const blocks = model.parts.flatMap((p) => p.tables);
  for (const block of blocks) {
    let lineStart = block.range.start;
    while (lineStart < block.range.end) {
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0 || lineEnd > block.range.end) lineEnd = block.range.end;
      readLine(text, lineStart, lineEnd, map);
      lineStart = lineEnd + 1;
    }
  }
  return factsFromMap(map);
}

function readLine(text: string, start: number, end: number, map: Map<string, FactCell>): void {
  const line = text.slice(start, end);
  if (!line.includes('|')) return;
  const cells: { text: string; range: OffsetRange }[] = [];
  let from = 0;
  for (let i = 0; i <= line.length; i++) {
    if (i === line.length || line[i] === '|') {
      const raw = line.slice(from, i);
      const lead = raw.length - raw.trimStart().length;
      const t = raw.trim();
      if (t !== '' && t !== '<' && t !== '^') cells.push({ text: t, range: { start: start + from + lead, end: start + from + lead + t.length } });
      from = i + 1;
    }
  }
  const numeric = (s: string): boolean => /^\d+$/.test(s.replace(/[,\s]/g, ''));
  const labels = cells.filter((c) => !numeric(c.text));
  const values = cells.filter((c) => numeric(c.text));
  const [firstLabel] = labels;
  const label = labels.at(-1);
  if (!firstLabel || !label) return;
  const normalized = normalizeLabel(label.text).replace(/^[一二三四五六七八九十]+[、.]/, '').replace(/[:：]/g, '');
  const reading = ROWS.find((r) => r.label.test(normalized) || (r.table === '三' && r.label.test(normalizeLabel(firstLabel.text))));
  if (reading?.columns.length !== values.length) return;
  for (const [k, column] of reading.columns.entries()) {
    const cell = values[k];
    if (cell) map.set(`${reading.table}/${reading.row}/${column}`, { value: Number(cell.text.replace(/[,\s]/g, '')), range: cell.range, rowLabel: label.text });
  }
}
