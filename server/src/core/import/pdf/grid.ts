import { joinText } from './lines';

/**
 * A table rebuilt from a PDF page: its merged cells (each a rectangle of grid places) and, for
 * every place, the cell covering it. Both readers (ruled.ts from the borders, aligned.ts from the
 * text's alignment) produce it; tables split over pages are joined here.
 */

export interface PdfCell {
  text: string;
  /** The top-left grid place and the span in places. */
  row: number;
  col: number;
  rows: number;
  cols: number;
  /** Where the cell's text (or, when blank, the cell) starts: page and point from the top-left corner. */
  readonly page: number;
  readonly x: number;
  readonly y: number;
}

export interface PdfTable {
  /** The page of the table's first row. */
  readonly page: number;
  /** Top and bottom of the table on its first and last page. */
  readonly top: number;
  bottom: number;
  lastPage: number;
  /** x of the column edges (columns + 1 values) on the first page. */
  columns: readonly number[];
  readonly ruled: boolean;
  cells: PdfCell[];
  /** grid[row][col] = index in cells. */
  grid: number[][];
}

const NUMBER = /^[-+−]?\d[\d,，]*([.．]\d+)?%?$/;
const DASH = /^[-—–/／]$/;

/** A value cell: a number or a dash. */
export function isValueText(text: string): boolean {
  const t = text.replace(/\s+/g, '');
  return NUMBER.test(t) || DASH.test(t);
}

/** A label that starts a new item: 一、 （一） 1. 1、 (not a continuation of the label above it). */
export function startsItem(text: string): boolean {
  return /^\s*([一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、](?!\d))/.test(text);
}

/** Rows that hold no text of their own and do not start a cell reaching below: dropped (a row split by the page break, an empty line). */
export function dropEmptyRows(table: PdfTable): void {
  const keep: number[] = [];
  table.grid.forEach((row, r) => {
    const anchored = new Set(row.filter((c) => table.cells[c]?.row === r));
    const hollow = [...anchored].every((c) => { const cell = table.cells[c]; return cell?.text === '' && cell.rows === 1; });
    if (!hollow) keep.push(r);
  });
  if (keep.length === table.grid.length) return;
  reindex(table, keep);
}

/** Keeps the rows listed (in order) and renumbers the cells' rows. */
function reindex(table: PdfTable, keep: readonly number[]): void {
  const newRow = new Map(keep.map((r, i) => [r, i]));
  table.grid = keep.map((r) => table.grid[r] ?? []);
  const used = new Set(table.grid.flat());
  const remap = new Map<number, number>();
  const cells: PdfCell[] = [];
  table.cells.forEach((cell, i) => {
    if (!used.has(i)) return;
    const rows = [];
    for (let r = cell.row; r < cell.row + cell.rows; r++) if (newRow.has(r)) rows.push(newRow.get(r) ?? 0);
    if (rows.length === 0) return;
    cell.row = Math.min(...rows);
    cell.rows = rows.length;
    remap.set(i, cells.length);
    cells.push(cell);
  });
  table.cells = cells;
  table.grid = table.grid.map((row) => row.map((c) => remap.get(c) ?? 0));
}

function rowTexts(table: PdfTable, r: number): string {
  return (table.grid[r] ?? []).map((c, col) => {
    const cell = table.cells[c];
    return cell?.row === r && cell.col === col ? cell.text : '\u0000';
  }).join('\u0001');
}

/** Rows before the first row holding a value: the header block. */
function headerRows(table: PdfTable): number {
  const first = table.grid.findIndex((row, r) => row.some((c) => { const cell = table.cells[c]; return cell?.row === r && isValueText(cell.text); }));
  return first < 0 ? 0 : first;
}

/** The columns left of every value: where labels are. */
function labelColumns(table: PdfTable): number {
  let first = Number.POSITIVE_INFINITY;
  for (const cell of table.cells) if (isValueText(cell.text)) first = Math.min(first, cell.col);
  return Number.isFinite(first) ? first : 0;
}

/**
 * The column edges of `table` (the last table of a page) and `next` (the first of the next page)
 * together, when `next` continues it: both reach from the same left edge to the same right edge (a
 * part whose rows all merge some columns has fewer edges). undefined when it does not continue it.
 */
export function sharedEdges(table: PdfTable, next: PdfTable): number[] | undefined {
  if (table.ruled !== next.ruled) return undefined;
  const near = (a: number | undefined, b: number | undefined): boolean => a !== undefined && b !== undefined && Math.abs(a - b) <= 3;
  if (!near(table.columns[0], next.columns[0]) || !near(table.columns[table.columns.length - 1], next.columns[next.columns.length - 1])) return undefined;
  const edges: number[] = [];
  for (const x of [...table.columns, ...next.columns].sort((a, b) => a - b)) if (!near(edges[edges.length - 1], x)) edges.push(x);
  return edges;
}

/** Spreads a table over more columns (`edges`: the new column edges, a superset of its own). */
function spread(next: PdfTable, all: readonly number[]): void {
  const width = all.length - 1;
  const edges = next.columns.map((x) => all.findIndex((y) => Math.abs(x - y) <= 3));
  for (const cell of next.cells) {
    const from = edges[cell.col] ?? 0;
    const to = edges[cell.col + cell.cols] ?? width;
    cell.col = from;
    cell.cols = to - from;
  }
  next.grid = next.grid.map((row) => {
    const out: number[] = [];
    row.forEach((c, k) => { for (let col = edges[k] ?? 0; col < (edges[k + 1] ?? width); col++) out.push(c); });
    return out;
  });
  next.columns = [...all];
}

/** Whether a row holds a value. */
function hasValue(table: PdfTable, r: number): boolean {
  return (table.grid[r] ?? []).some((c) => { const cell = table.cells[c]; return cell?.row === r && isValueText(cell.text); });
}

/** How many header rows `next` repeats from the top of `table` (a browser prints them on each page), 0 when it does not. */
function repeatedHeaderRows(table: PdfTable, next: PdfTable): number {
  const head = headerRows(table);
  if (head === 0 || next.grid.length <= head) return 0;
  for (let r = 0; r < head; r++) if (rowTexts(table, r) !== rowTexts(next, r)) return 0;
  return head;
}

/** Where the cells of the new page's first row go: `next`'s cell index → the cell of `table` it joins. */
interface PageJoin {
  readonly table: PdfTable;
  readonly next: PdfTable;
  /** The new page's first row (after a repeated header). */
  readonly first: number;
  /** Group label columns: left of the row labels, which are left of the values. */
  readonly groups: number;
  /** The cell indexes of `table`'s last row. */
  readonly lastRow: readonly number[];
  readonly joined: Map<number, number>;
}

/**
 * A group label that goes on over the page break (LibreOffice prints the rest of its text in the
 * new page's first row) joins the label above: only a label (not a value, not the start of an
 * item) in the same columns, with a label of its own to its right in the new row.
 */
function joinGroupLabels(j: PageJoin): void {
  const { table, next, first, groups, lastRow, joined } = j;
  for (let col = 0; col < groups; col++) {
    const c = next.grid[first]?.[col];
    const cell = c === undefined ? undefined : next.cells[c];
    const aboveIndex = lastRow[col];
    const above = aboveIndex === undefined ? undefined : table.cells[aboveIndex];
    if (!cell || !above || c === undefined || aboveIndex === undefined || joined.has(c)) continue;
    if (cell.row !== first || cell.col !== col || above.col !== col || cell.cols !== above.cols) continue;
    if (above.text === '' || isValueText(above.text) || startsItem(cell.text) || isValueText(cell.text)) continue;
    // Only a group label: something to its right in the new row is a label of its own.
    const right = next.grid[first]?.slice(col + 1, groups + 1).some((k) => { const other = next.cells[k]; return other !== undefined && other !== cell && other.text !== ''; });
    if (!right) continue;
    above.text = joinText(above.text, cell.text);
    joined.set(c, aboveIndex);
  }
}

/**
 * A row the page break cut: the new page's first row holds no value, only the rest of the labels
 * of the last row above (nothing that starts an item). Its text joins the cells above; the row,
 * left empty, is dropped later.
 */
function joinCutRow(j: PageJoin): void {
  const { table, next, first, groups, lastRow, joined } = j;
  const lastIndex = table.grid.length - 1;
  if (lastIndex < 0 || !hasValue(table, lastIndex) || hasValue(next, first)) return;
  const own = [...new Set(next.grid[first] ?? [])].filter((c) => { const cell = next.cells[c]; return !joined.has(c) && cell?.row === first && cell.text !== ''; });
  // Only labels (left of the values), each the same shape as the cell above it.
  const fits = own.every((c) => {
    const cell = next.cells[c];
    const above = table.cells[lastRow[cell?.col ?? -1] ?? -1];
    return cell !== undefined && above !== undefined && cell.rows === 1 && cell.col + cell.cols <= groups + 1 && !startsItem(cell.text)
      && above.col === cell.col && above.cols === cell.cols && above.text !== '';
  });
  if (own.length === 0 || !fits) return;
  for (const c of own) {
    const cell = next.cells[c];
    const aboveIndex = lastRow[cell?.col ?? -1];
    const above = aboveIndex === undefined ? undefined : table.cells[aboveIndex];
    if (!cell || !above || aboveIndex === undefined) continue;
    above.text = joinText(above.text, cell.text);
    joined.set(c, aboveIndex);
  }
}

/** Moves `next`'s rows from `first` on (and the cells not joined to `table`'s) to the end of `table`; a joined cell spans its new rows too. */
function appendRows(j: PageJoin): void {
  const { table, next, first, joined } = j;
  const offset = table.grid.length;
  const base = table.cells.length;
  const kept = next.cells.map((cell, i) => ({ cell, i })).filter(({ cell, i }) => !joined.has(i) && cell.row >= first);
  const newIndex = new Map(kept.map(({ i }, k) => [i, base + k]));
  for (const { cell } of kept) {
    cell.row += offset - first;
    table.cells.push(cell);
  }
  for (let r = first; r < next.grid.length; r++) {
    table.grid.push((next.grid[r] ?? []).map((c) => joined.get(c) ?? newIndex.get(c) ?? 0));
  }
  for (const [c, into] of joined) {
    const from = next.cells[c];
    const cell = table.cells[into];
    if (from && cell) cell.rows += from.rows;
  }
}

/**
 * Appends `next` to `table`: a header block repeated at the top of the page is dropped, a row the
 * page break cut is joined again, and a group label spanning rows (三、本年度办理结果, （三）不予公开)
 * goes on over the new page, whether the new page leaves its cell empty (a browser) or prints the
 * rest of its text there (LibreOffice).
 */
export function joinTables(table: PdfTable, next: PdfTable, edges: readonly number[]): void {
  spread(table, edges);
  spread(next, edges);
  const j: PageJoin = {
    table,
    next,
    first: repeatedHeaderRows(table, next),
    groups: labelColumns(table) - 1,
    lastRow: table.grid[table.grid.length - 1] ?? [],
    joined: new Map<number, number>(),
  };
  joinGroupLabels(j);
  joinCutRow(j);
  appendRows(j);
  table.bottom = next.bottom;
  table.lastPage = next.lastPage;
  dropEmptyRows(table);
}

/** Each place as Markdown sees it: the anchor's text, or covered from the left (`<`) or from above (`^`). */
export function placesOf(table: PdfTable): { text: string; covered?: 'left' | 'up'; cell: PdfCell }[][] {
  return table.grid.map((row, r) => row.map((c, col) => {
    const cell = table.cells[c] ?? { text: '', row: r, col, rows: 1, cols: 1, page: table.page, x: 0, y: 0 };
    if (cell.row === r && cell.col === col) return { text: cell.text, cell };
    return { text: '', covered: cell.row === r ? 'left' : 'up', cell };
  }));
}
