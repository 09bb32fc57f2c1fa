import type { PdfCell, PdfTable } from './grid';
import { dropEmptyRows, isValueText, startsItem } from './grid';
import type { Line, Piece } from './lines';
import { ASCENT, DESCENT, joinText, piecesText } from './lines';

/**
 * Tables without borders (a web page whose table has none, printed by a browser): the grid is
 * read from alignment. A table region is a run of lines with values set apart by wide gaps, with
 * its header lines above. Value columns are the x-ranges of the values (a column's values overlap
 * whatever their alignment); label columns are the left edges of the labels left of them. Rows
 * are anchored by the lines of values; a label wrapped over lines (the values on its middle line)
 * is one block of lines in its column, and goes to the row whose values it spans (the first, for
 * a group label over several rows); header text forms rows by vertical overlap.
 */

/** A gap this wide (in ems) after a value separates it from text in the next cell. */
const CELL_GAP = 1.0;
/** A value at least this far (in ems) from the text before it is in a cell of its own. */
const VALUE_GAP = 0.2;
/** Lines further apart than this (in ems, baseline to baseline) are not in one table. */
const REGION_GAP = 2.8;
/** Lines of one cell are at most this far apart (in ems): a label, a header over the values. */
const LABEL_WRAP = 2.2;
const HEADER_WRAP = 1.7;
/** The wrapped rest of the last row's label follows within this (in ems). */
const WRAP_GAP = 1.7;
/** Values this close (in ems) to one baseline are in one row. */
const SAME_ROW = 0.3;
/** Text of a header line is short. */
const HEADER_MAX = 40;

/**
 * The values of a line that stand in cells of their own: set apart from the text before them and
 * followed by another value, a wide gap or nothing ("申请 100 件" in running text is no cell).
 */
function values(line: Line): Piece[] {
  return line.pieces.filter((p, i) => {
    if (!isValueText(p.text)) return false;
    const prev = line.pieces[i - 1];
    const next = line.pieces[i + 1];
    if (prev && p.left - prev.right < VALUE_GAP * p.size) return false;
    return !next || isValueText(next.text) || next.left - p.right >= CELL_GAP * p.size;
  });
}

/** A line of a table's body: values in cells, beside a label or several of them. */
function isRowLine(line: Line): boolean {
  const n = values(line).length;
  return (n >= 1 && line.pieces.length >= 2) || n >= 3;
}

/** A line of prose (or a heading the caller names): never part of a table. */
function isProse(line: Line, isHeading: (line: Line) => boolean): boolean {
  if (isHeading(line)) return true;
  const text = piecesText(line.pieces);
  return /[。；;：:]$/.test(text) || (line.pieces.length === 1 && text.length > HEADER_MAX);
}

function gapBetween(a: Line, b: Line): number {
  return b.baseline - a.baseline;
}

export interface Region {
  readonly lines: Line[];
}

/** The runs of lines that are tables, top to bottom. */
export function findRegions(lines: readonly Line[], isHeading: (line: Line) => boolean): Region[] {
  const regions: Region[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (!line || !isRowLine(line) || isProse(line, isHeading)) { i++; continue; }
    let start = i;
    // Header lines above the first row.
    while (start > 0) {
      const prev = lines[start - 1];
      const cur = lines[start];
      if (!prev || !cur || isProse(prev, isHeading) || gapBetween(prev, cur) > REGION_GAP * cur.size || regions.some((r) => r.lines.includes(prev))) break;
      start--;
    }
    let end = i;
    let lastRow = i;
    for (let k = i + 1; k < lines.length; k++) {
      const next = lines[k];
      const cur = lines[k - 1];
      if (!next || !cur || isProse(next, isHeading) || gapBetween(cur, next) > REGION_GAP * next.size) break;
      end = k;
      if (isRowLine(next)) lastRow = k;
    }
    // After the last row, only the wrapped rest of its labels.
    let stop = lastRow;
    for (let k = lastRow + 1; k <= end; k++) {
      const prev = lines[k - 1];
      const next = lines[k];
      if (!prev || !next || gapBetween(prev, next) > WRAP_GAP * next.size) break;
      stop = k;
    }
    const run = lines.slice(start, stop + 1);
    const rows = run.filter(isRowLine);
    if (rows.length >= 2 || rows.some((l) => values(l).length >= 3)) regions.push({ lines: run });
    i = stop + 1;
  }
  return regions;
}

interface Column {
  readonly left: number;
  readonly right: number;
  readonly kind: 'label' | 'value';
}

/** Value columns: the x-ranges of the values, seeded by the rows with the most values. */
function valueColumns(lines: readonly Line[]): { left: number; right: number }[] {
  const rows = lines.map(values).filter((v) => v.length > 0);
  const most = Math.max(0, ...rows.map((v) => v.length));
  const columns: { left: number; right: number }[] = [];
  const place = (p: Piece): void => {
    let best: { left: number; right: number } | undefined;
    let overlap = 0;
    for (const c of columns) {
      const o = Math.min(c.right, p.right) - Math.max(c.left, p.left);
      if (o > overlap) { overlap = o; best = c; }
    }
    if (best) { best.left = Math.min(best.left, p.left); best.right = Math.max(best.right, p.right); }
    else columns.push({ left: p.left, right: p.right });
  };
  for (const v of rows) if (v.length === most) v.forEach(place);
  for (const v of rows) if (v.length !== most) v.forEach(place);
  return columns.sort((a, b) => a.left - b.left);
}

/** Left edges of the labels, clustered. */
function labelColumns(pieces: readonly Piece[], limit: number): number[] {
  const lefts = pieces.filter((p) => p.left < limit - p.size / 2 && !isValueText(p.text)).map((p) => p.left).sort((a, b) => a - b);
  const clusters: { at: number; n: number }[] = [];
  for (const x of lefts) {
    const last = clusters[clusters.length - 1];
    if (last && x - last.at <= 4) last.n++;
    else clusters.push({ at: x, n: 1 });
  }
  const kept = clusters.filter((c) => c.n >= 2).map((c) => c.at);
  return kept.length > 0 ? kept : clusters.slice(0, 1).map((c) => c.at);
}

type Anchor = 'left' | 'center' | 'right';

/** How the values sit in their columns: the edge (or centre) they share. */
function alignment(lines: readonly Line[], columns: readonly { left: number; right: number }[]): Anchor {
  const spread: Record<Anchor, number> = { left: 0, center: 0, right: 0 };
  for (const c of columns) {
    const inside = lines.flatMap(values).filter((p) => p.left >= c.left - 0.5 && p.right <= c.right + 0.5);
    if (inside.length < 2) continue;
    const range = (xs: number[]): number => Math.max(...xs) - Math.min(...xs);
    spread.left += range(inside.map((p) => p.left));
    spread.center += range(inside.map((p) => (p.left + p.right) / 2));
    spread.right += range(inside.map((p) => p.right));
  }
  return spread.left <= spread.center && spread.left <= spread.right ? 'left' : spread.right < spread.center ? 'right' : 'center';
}

function anchorX(p: Piece, anchor: Anchor): number {
  return anchor === 'left' ? p.left : anchor === 'right' ? p.right : (p.left + p.right) / 2;
}

interface Block {
  readonly col: number;
  readonly pieces: Piece[];
  readonly lines: Line[];
  top: number;
  bottom: number;
  right: number;
}

function top(p: Piece): number { return p.baseline - ASCENT * p.size; }
function bottom(p: Piece): number { return p.baseline + DESCENT * p.size; }

/** The columns of a region and what places a piece in one of them. */
interface ColumnLayout {
  /** Label columns (left of the values), then value columns, left to right. */
  readonly columns: readonly Column[];
  /** The left edges of the label columns. */
  readonly labelStarts: readonly number[];
  readonly labelCount: number;
  /** The leftmost value column: labels stand left of it. */
  readonly firstValue: { readonly left: number; readonly right: number };
  /** Where each value column starts: halfway from its left neighbour (the first reaches to the labels). */
  readonly bounds: readonly number[];
  /** The edge (or centre) the values share, which header text over them is placed by. */
  readonly anchor: Anchor;
}

/** The label and value columns of a region, or undefined when it holds no values in cells. */
function columnLayout(lines: readonly Line[]): ColumnLayout | undefined {
  const valueCols = valueColumns(lines);
  const firstValue = valueCols[0];
  if (!firstValue) return undefined;
  const labelStarts = labelColumns(lines.flatMap((l) => l.pieces), firstValue.left);
  const columns: Column[] = [
    ...labelStarts.map((x, i): Column => ({ left: x, right: labelStarts[i + 1] ?? firstValue.left, kind: 'label' })),
    ...valueCols.map((c): Column => ({ ...c, kind: 'value' })),
  ];
  // Value columns reach halfway to their neighbours.
  const bounds = valueCols.map((c, i) => {
    const prev = valueCols[i - 1];
    return prev === undefined ? Number.NEGATIVE_INFINITY : (prev.right + c.left) / 2;
  });
  return { columns, labelStarts, labelCount: labelStarts.length, firstValue, bounds, anchor: alignment(lines, valueCols) };
}

/** The column a piece stands in: a label by its left edge, a value by its centre, header text by the values' anchor. */
function columnOf(layout: ColumnLayout, p: Piece): number {
  const value = isValueText(p.text);
  if (!value && p.left < layout.firstValue.left - p.size / 2) {
    let k = 0;
    layout.labelStarts.forEach((x, i) => { if (p.left >= x - 4) k = i; });
    return k;
  }
  const x = value ? (p.left + p.right) / 2 : anchorX(p, layout.anchor);
  let k = 0;
  layout.bounds.forEach((b, i) => { if (x >= b - 1) k = i; });
  return layout.labelCount + k;
}

/** Rows are anchored by the values: one row per baseline of values, top to bottom. */
function rowAnchors(valuePieces: ReadonlySet<Piece>): number[] {
  const anchors: number[] = [];
  for (const p of [...valuePieces].sort((x, y) => x.baseline - y.baseline)) {
    const last = anchors[anchors.length - 1];
    if (last === undefined || p.baseline - last > SAME_ROW * p.size) anchors.push(p.baseline);
  }
  return anchors;
}

function anchorOf(anchors: readonly number[], baseline: number, size: number): number | undefined {
  return anchors.find((a) => Math.abs(a - baseline) <= SAME_ROW * size);
}

/** What deciding whether a piece continues the cell above it needs to know about the region. */
interface BlockContext {
  readonly layout: ColumnLayout;
  readonly valuePieces: ReadonlySet<Piece>;
  readonly lineOf: ReadonlyMap<Piece, Line>;
  /** Lines that are a row of their own: they hold values, header text over the values or a label reaching over them. */
  readonly rowOfItsOwn: ReadonlySet<Line>;
}

/** Whether a piece reaches past the right edge of its column (into the next one). */
function spansColumns(layout: ColumnLayout, p: Piece): boolean {
  const right = layout.columns[columnOf(layout, p) + 1]?.left ?? Number.POSITIVE_INFINITY;
  return p.right > right + 2;
}

/**
 * Whether piece `p` (on `line`, in column `col`) belongs to the same cell as the last piece of its
 * column (`prev` on `prevLine`): never a value; text on the same line always; header text over the
 * values when the lines are close and neither reaches into the next column; a label when close and
 * not the start of a new item.
 */
function continuesCell(ctx: BlockContext, prev: { readonly piece: Piece; readonly line: Line }, p: Piece, line: Line, col: number): boolean {
  const { layout } = ctx;
  if (ctx.valuePieces.has(p) || ctx.valuePieces.has(prev.piece)) return false;
  const gap = p.baseline - prev.piece.baseline;
  if (prev.line === line) return true;
  if (col >= layout.labelCount) return gap <= HEADER_WRAP * p.size && !spansColumns(layout, p) && !spansColumns(layout, prev.piece);
  // A group label (left of the row labels) may run over rows; a row label stays in its row.
  return gap <= LABEL_WRAP * p.size && !startsItem(p.text) && prev.piece.right <= layout.firstValue.left + 2
    && (col < layout.labelCount - 1 || !(ctx.rowOfItsOwn.has(line) && ctx.rowOfItsOwn.has(prev.line)));
}

/** Blocks: the pieces of a column, the lines of one cell together. */
function cellBlocks(lines: readonly Line[], layout: ColumnLayout, valuePieces: ReadonlySet<Piece>): Block[] {
  const lineOf = new Map<Piece, Line>();
  for (const l of lines) for (const p of l.pieces) lineOf.set(p, l);
  const rowOfItsOwn = new Set(lines.filter((l) => l.pieces.some((p) => valuePieces.has(p) || columnOf(layout, p) >= layout.labelCount || p.right > layout.firstValue.left + 2)));
  const ctx: BlockContext = { layout, valuePieces, lineOf, rowOfItsOwn };
  const blocks: Block[] = [];
  // The block each column's next piece may continue.
  const open = new Map<number, Block>();
  for (const line of lines) {
    for (const p of line.pieces) {
      const col = columnOf(layout, p);
      const prev = open.get(col);
      const prevPiece = prev?.pieces[prev.pieces.length - 1];
      const prevLine = prevPiece ? lineOf.get(prevPiece) : undefined;
      if (prev && prevPiece && prevLine && continuesCell(ctx, { piece: prevPiece, line: prevLine }, p, line, col)) {
        prev.pieces.push(p);
        if (prevLine !== line) prev.lines.push(line);
        prev.top = Math.min(prev.top, top(p));
        prev.bottom = Math.max(prev.bottom, bottom(p));
        prev.right = Math.max(prev.right, p.right);
        continue;
      }
      const block: Block = { col, pieces: [p], lines: [line], top: top(p), bottom: bottom(p), right: p.right };
      blocks.push(block);
      open.set(col, block);
    }
  }
  return blocks;
}

/** A row of the grid: the blocks in it, its vertical extent; `data` when anchored by values. */
interface Row { key: number; blocks: Block[]; top: number; bottom: number; data: boolean }

/** The row of values a block spans (the first, for a label over several rows), if any. */
function dataRowOf(b: Block, anchors: readonly number[], valuePieces: ReadonlySet<Piece>, labelCount: number): number | undefined {
  const first = b.pieces[0];
  const size = first?.size ?? 10;
  const slack = 0.25 * size;
  const own = first && valuePieces.has(first) ? anchorOf(anchors, first.baseline, size) : anchors.find((a) => a >= b.top - slack && a <= b.bottom + slack);
  // A group label between two rows of values (centred on its rows) goes to the nearer.
  if (own === undefined && b.col < labelCount - 1 && anchors.some((a) => a < b.top) && anchors.some((a) => a > b.bottom)) {
    const middle = (b.top + b.bottom) / 2;
    return anchors.reduce((best, a) => (Math.abs(a - middle) < Math.abs(best - middle) ? a : best));
  }
  return own;
}

/**
 * Header rows from the blocks that span no values: header text over the values forms rows by
 * overlap (blocks that overlap, one after the other, are one row); a label beside them goes to
 * the row it overlaps most, or forms a row of its own.
 */
function headerBands(headerBlocks: readonly Block[], loose: readonly Block[]): Row[] {
  const bands: Row[] = [];
  for (const b of [...headerBlocks].sort((x, y) => x.top - y.top)) {
    const band = bands[bands.length - 1];
    if (band && b.top < band.bottom - 1) { band.blocks.push(b); band.bottom = Math.max(band.bottom, b.bottom); }
    else bands.push({ key: 0, blocks: [b], top: b.top, bottom: b.bottom, data: false });
  }
  for (const b of loose) {
    let best: Row | undefined;
    let overlap = 0;
    for (const r of bands) {
      const o = Math.min(r.bottom, b.bottom) - Math.max(r.top, b.top);
      if (o > overlap) { overlap = o; best = r; }
    }
    if (best) best.blocks.push(b);
    else bands.push({ key: 0, blocks: [b], top: b.top, bottom: b.bottom, data: false });
  }
  for (const r of bands) r.key = (r.top + r.bottom) / 2;
  return bands;
}

/** The rows of the grid, top to bottom: each block to the row of values it spans, the others in header rows. */
function gridRows(blocks: readonly Block[], anchors: readonly number[], valuePieces: ReadonlySet<Piece>, labelCount: number): Row[] {
  const dataRows = new Map<number, Row>(anchors.map((a) => [a, { key: a, blocks: [], top: a, bottom: a, data: true }]));
  const loose: Block[] = [];
  const headerBlocks: Block[] = [];
  for (const b of blocks) {
    const own = dataRowOf(b, anchors, valuePieces, labelCount);
    const row = own === undefined ? undefined : dataRows.get(own);
    if (row) { row.blocks.push(b); continue; }
    if (b.col >= labelCount) headerBlocks.push(b);
    else loose.push(b);
  }
  return [...headerBands(headerBlocks, loose), ...dataRows.values()].sort((a, b) => a.key - b.key);
}

/**
 * The corner of the header (the note over the labels of table 三) spans every header row though
 * it is printed in the middle of them: the only label of its column above the values goes to the
 * first header row. Returns the header rows and the corner blocks.
 */
function moveCorners(rows: readonly Row[], labelCount: number): { header: Row[]; corners: Set<Block> } {
  const header = rows.slice(0, Math.max(0, rows.findIndex((r) => r.data)));
  const corners = new Set<Block>();
  for (let c = 0; c < labelCount; c++) {
    const inColumn = header.flatMap((r) => r.blocks.filter((b) => b.col === c).map((b) => ({ b, r })));
    const only = inColumn.length === 1 ? inColumn[0] : undefined;
    const first = header[0];
    if (!only || !first) continue;
    corners.add(only.b);
    if (only.r === first) continue;
    only.r.blocks.splice(only.r.blocks.indexOf(only.b), 1);
    first.blocks.push(only.b);
  }
  return { header, corners };
}

/** The cells of the grid and, for each row, the cell at each column. */
interface Placed {
  readonly cells: PdfCell[];
  readonly grid: number[][];
  /** The cells made from corner blocks. */
  readonly cornerCells: number[];
}

/** A label reaching over the next label columns (still empty in its row) covers them. */
function coverSpannedLabels(placed: Placed, places: (number | undefined)[], row: Row, layout: ColumnLayout): void {
  for (let c = 0; c < layout.labelCount; c++) {
    const index = places[c];
    const cell = index === undefined ? undefined : placed.cells[index];
    const block = row.blocks.find((b) => b.col === c);
    if (!cell || !block || index === undefined) continue;
    for (let k = c + 1; k < layout.labelCount && places[k] === undefined && block.right > (layout.columns[k]?.left ?? Number.POSITIVE_INFINITY) + 2; k++) {
      places[k] = index;
      cell.cols = k - c + 1;
    }
  }
}

/** Adds row `r` to the grid: a cell per column (blocks of one column joined), blank cells where none. */
function placeRow(placed: Placed, row: Row, r: number, layout: ColumnLayout, corners: ReadonlySet<Block>, page: number): void {
  const { cells } = placed;
  const places: (number | undefined)[] = layout.columns.map(() => undefined);
  for (const b of [...row.blocks].sort((x, y) => x.col - y.col)) {
    const text = cellText(b);
    const existing = places[b.col];
    if (existing !== undefined) { const cell = cells[existing]; if (cell) cell.text = joinText(cell.text, text); continue; }
    const first = b.pieces[0];
    cells.push({ text, row: r, col: b.col, rows: 1, cols: 1, page: first?.page ?? page, x: first?.left ?? 0, y: first ? first.baseline - first.shift - ASCENT * first.size : 0 });
    places[b.col] = cells.length - 1;
    if (corners.has(b)) placed.cornerCells.push(cells.length - 1);
  }
  coverSpannedLabels(placed, places, row, layout);
  placed.grid.push(places.map((p, c) => {
    if (p !== undefined) return p;
    cells.push({ text: '', row: r, col: c, rows: 1, cols: 1, page, x: layout.columns[c]?.left ?? 0, y: 0 });
    return cells.length - 1;
  }));
}

/** The corner spans the header rows below it where its columns are empty. */
function spanCorners(placed: Placed, headerRows: number): void {
  const { cells, grid } = placed;
  for (const index of placed.cornerCells) {
    const cell = cells[index];
    if (!cell) continue;
    for (let r = cell.row + 1; r < headerRows; r++) {
      const places = grid[r];
      const free = places !== undefined && Array.from({ length: cell.cols }, (_, k) => cells[places[cell.col + k] ?? -1]).every((c) => c?.text === '' && c.rows === 1);
      if (!places || !free) break;
      for (let k = 0; k < cell.cols; k++) places[cell.col + k] = index;
      cell.rows = r - cell.row + 1;
    }
  }
}

/** Builds the grid of one region. */
export function alignedTable(region: Region): PdfTable | undefined {
  const lines = region.lines;
  const layout = columnLayout(lines);
  if (!layout) return undefined;
  const valuePieces = new Set(lines.flatMap(values));
  const anchors = rowAnchors(valuePieces);
  const blocks = cellBlocks(lines, layout, valuePieces);
  const rows = gridRows(blocks, anchors, valuePieces, layout.labelCount);
  const { header, corners } = moveCorners(rows, layout.labelCount);

  const placed: Placed = { cells: [], grid: [], cornerCells: [] };
  const page = lines[0]?.pieces[0]?.page ?? 1;
  rows.forEach((row, r) => { placeRow(placed, row, r, layout, corners, page); });
  for (let g = 0; g < layout.labelCount - 1; g++) spanGroups(placed.cells, placed.grid, rows.map((row) => row.data), g);
  spanCorners(placed, header.length);

  const { columns } = layout;
  const first = lines[0];
  const last = lines[lines.length - 1];
  const table: PdfTable = {
    page: first?.pieces[0]?.page ?? 1,
    top: first?.top ?? 0,
    bottom: last?.bottom ?? 0,
    lastPage: last?.pieces[0]?.page ?? 1,
    columns: [...columns.map((c) => c.left), (columns[columns.length - 1]?.right ?? 0)],
    ruled: false,
    cells: placed.cells,
    grid: placed.grid,
  };
  dropEmptyRows(table);
  return table;
}

/**
 * A group label (三、本年度办理结果, （三）不予公开) spans the rows of its group, though a browser
 * prints it in one of them (the middle one, or the first when the group was cut by a page break).
 * The rows of a group column with no label of their own are split into groups where the items of
 * the next column start again at "1."; a group with one label gets it, spanning all its rows.
 */
function spanGroups(cells: PdfCell[], grid: number[][], data: readonly boolean[], g: number): void {
  const isGroupPlace = (r: number): boolean => {
    const cell = cells[grid[r]?.[g] ?? -1];
    return data[r] === true && cell?.col === g && cell.cols === 1;
  };
  const restarts = (r: number): boolean => {
    const next = cells[grid[r]?.[g + 1] ?? -1];
    return next?.row === r && /^\s*(1|一)\s*[.．、]/.test(next.text);
  };
  let r = 0;
  while (r < grid.length) {
    if (!isGroupPlace(r)) { r++; continue; }
    let end = r;
    while (end + 1 < grid.length && isGroupPlace(end + 1)) end++;
    const labels = (from: number, to: number): number[] => {
      const out: number[] = [];
      for (let k = from; k <= to; k++) { const c = grid[k]?.[g]; if (c !== undefined && cells[c]?.text !== '') out.push(k); }
      return out;
    };
    // Split the run at restarts of the numbering when it holds several group labels.
    const starts = labels(r, end).length > 1 ? [r, ...Array.from({ length: end - r }, (_, i) => r + 1 + i).filter(restarts)] : [r];
    starts.forEach((from, i) => {
      const to = (starts[i + 1] ?? end + 1) - 1;
      const own = labels(from, to);
      const at = own[0];
      if (own.length !== 1 || at === undefined) return;
      const index = grid[at]?.[g];
      const cell = index === undefined ? undefined : cells[index];
      if (!cell || index === undefined) return;
      cell.row = from;
      cell.rows = to - from + 1;
      for (let k = from; k <= to; k++) { const row = grid[k]; if (row) row[g] = index; }
    });
    r = end + 1;
  }
}

function cellText(b: Block): string {
  const byLine = new Map<Line, Piece[]>();
  for (const p of b.pieces) {
    const line = b.lines.find((l) => l.pieces.includes(p));
    if (line) byLine.set(line, [...(byLine.get(line) ?? []), p]);
  }
  return [...byLine.entries()].sort((x, y) => x[0].baseline - y[0].baseline).map(([, ps]) => piecesText([...ps].sort((x, y) => x.left - y.left))).reduce(joinText, '');
}
