import type { PdfCell, PdfTable } from './grid';
import { dropEmptyRows } from './grid';
import type { Piece } from './lines';
import { ASCENT, joinText, linesOf, piecesText, splitPieceAt } from './lines';
import type { Ruling } from './types';

/**
 * Tables drawn with borders (Word, WPS and LibreOffice print every cell border; so does a browser
 * for a web page whose table has borders): the borders give the grid exactly. Borders that cross
 * or touch form one table; its row and column lines are the distinct positions of its horizontal
 * and vertical borders; two neighbouring places are one merged cell when no border separates
 * them. Text goes to the cell under its centre; a run drawn across a border is cut there.
 */

/** Positions closer than this (points) are one line. */
const TOL = 2;
/** A border counts between two places when it covers at least this share of their common edge. */
const COVER = 0.5;

interface Segment {
  /** The fixed coordinate (y of a horizontal border, x of a vertical one). */
  readonly at: number;
  readonly from: number;
  readonly to: number;
}

/** Borders on one line merged into continuous segments (a browser draws each cell's edge apart). */
function mergeSegments(segments: readonly Segment[]): Segment[] {
  const sorted = [...segments].sort((a, b) => a.at - b.at || a.from - b.from);
  const out: Segment[] = [];
  let group: Segment[] = [];
  const flush = (): void => {
    if (group.length === 0) return;
    const at = group.reduce((s, g) => s + g.at, 0) / group.length;
    const spans = [...group].sort((a, b) => a.from - b.from);
    let cur: { from: number; to: number } | undefined;
    for (const g of spans) {
      if (cur && g.from <= cur.to + TOL) cur.to = Math.max(cur.to, g.to);
      else { if (cur) out.push({ at, ...cur }); cur = { from: g.from, to: g.to }; }
    }
    if (cur) out.push({ at, ...cur });
    group = [];
  };
  for (const s of sorted) {
    const first = group[0];
    if (first && Math.abs(s.at - first.at) > TOL / 2) flush();
    group.push(s);
  }
  flush();
  return out;
}

function crosses(h: Segment, v: Segment): boolean {
  return v.at >= h.from - TOL && v.at <= h.to + TOL && h.at >= v.from - TOL && h.at <= v.to + TOL;
}

/** Groups of borders that touch: one table each. */
function components(h: readonly Segment[], v: readonly Segment[]): { h: Segment[]; v: Segment[] }[] {
  const parent = [...h, ...v].map((_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] ?? r;
    parent[i] = r;
    return r;
  };
  h.forEach((hs, i) => { v.forEach((vs, j) => { if (crosses(hs, vs)) parent[find(i)] = find(h.length + j); }); });
  const groups = new Map<number, { h: Segment[]; v: Segment[] }>();
  h.forEach((s, i) => { const r = find(i); const g = groups.get(r) ?? { h: [], v: [] }; g.h.push(s); groups.set(r, g); });
  v.forEach((s, j) => { const r = find(h.length + j); const g = groups.get(r) ?? { h: [], v: [] }; g.v.push(s); groups.set(r, g); });
  return [...groups.values()].filter((g) => g.h.length >= 2 && g.v.length >= 2);
}

/** Distinct positions, nearby ones merged. */
function positions(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  for (const x of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && x - last <= TOL * 1.25) continue;
    out.push(x);
  }
  return out;
}

/** How much of [from, to] the segments at `at` cover. */
function covered(segments: readonly Segment[], at: number, from: number, to: number): number {
  const spans = segments.filter((s) => Math.abs(s.at - at) <= TOL && s.to > from && s.from < to).map((s) => [Math.max(s.from, from), Math.min(s.to, to)] as const).sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = from;
  for (const [a, b] of spans) {
    if (b <= end) continue;
    total += b - Math.max(a, end);
    end = b;
  }
  return to > from ? total / (to - from) : 0;
}

function indexIn(edges: readonly number[], x: number): number {
  for (let i = 0; i < edges.length - 1; i++) if (x < (edges[i + 1] ?? Number.POSITIVE_INFINITY)) return i;
  return edges.length - 2;
}

/** The vertical middle of a piece's glyphs. */
function middleOf(p: Piece): number {
  return p.baseline - (ASCENT / 2) * p.size;
}

/** Cuts pieces drawn across a vertical border of the table into one piece per cell. */
function cutAtBorders(pieces: readonly Piece[], xs: readonly number[], ys: readonly number[], v: readonly Segment[]): Piece[] {
  const out: Piece[] = [];
  const queue = [...pieces];
  for (let p = queue.shift(); p; p = queue.shift()) {
    const row = indexIn(ys, middleOf(p));
    const border = xs.slice(1, -1).find((x) => x > p.left + TOL && x < p.right - TOL && covered(v, x, ys[row] ?? 0, ys[row + 1] ?? 0) >= COVER);
    const parts = border === undefined ? undefined : splitPieceAt(p, border);
    if (parts) queue.unshift(...parts);
    else out.push(p);
  }
  return out;
}

/** The text of a cell: its pieces in lines, lines joined (a label wrapped over lines is one label). */
function cellText(pieces: readonly Piece[]): string {
  return linesOf(pieces).map((l) => piecesText(l.pieces)).reduce(joinText, '');
}

/** The places of the borders' grid (row × column, numbered row by row) joined where no border parts them: each place's root. */
function joinedPlaces(xs: readonly number[], ys: readonly number[], g: { readonly h: Segment[]; readonly v: Segment[] }): (place: number) => number {
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  // Union-find over the places.
  const parent = Array.from({ length: rows * cols }, (_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] ?? r;
    parent[i] = r;
    return r;
  };
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const y0 = ys[r] ?? 0;
      const y1 = ys[r + 1] ?? 0;
      const x0 = xs[c] ?? 0;
      const x1 = xs[c + 1] ?? 0;
      if (c + 1 < cols && covered(g.v, x1, y0, y1) < COVER) parent[find(r * cols + c + 1)] = find(r * cols + c);
      if (r + 1 < rows && covered(g.h, y1, x0, x1) < COVER) parent[find((r + 1) * cols + c)] = find(r * cols + c);
    }
  }
  return find;
}

/** The cells (one per set of joined places, spanning them, its text the pieces in them) and the grid of cell indexes. */
function cellGrid(page: number, xs: readonly number[], ys: readonly number[], find: (place: number) => number, byPlace: ReadonlyMap<number, Piece[]>): { cells: PdfCell[]; grid: number[][] } {
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  const cellIndex = new Map<number, number>();
  const cells: PdfCell[] = [];
  const grid: number[][] = [];
  for (let r = 0; r < rows; r++) {
    const row: number[] = [];
    for (let c = 0; c < cols; c++) {
      const root = find(r * cols + c);
      let index = cellIndex.get(root);
      if (index === undefined) {
        const own = byPlace.get(root) ?? [];
        const first = [...own].sort((a, b) => a.baseline - b.baseline || a.left - b.left)[0];
        index = cells.length;
        cellIndex.set(root, index);
        cells.push({ text: cellText(own), row: r, col: c, rows: 1, cols: 1, page, x: first?.left ?? xs[c] ?? 0, y: first ? first.baseline - ASCENT * first.size : ys[r] ?? 0 });
      }
      const cell = cells[index];
      if (cell) {
        cell.rows = Math.max(cell.rows, r - cell.row + 1);
        cell.cols = Math.max(cell.cols, c - cell.col + 1);
      }
      row.push(index);
    }
    grid.push(row);
  }
  return { cells, grid };
}

/** The table one connected set of borders draws, and the pieces of text inside it. */
function tableOf(page: number, g: { h: Segment[]; v: Segment[] }, pieces: readonly Piece[]): { table: PdfTable; used: Set<Piece> } | undefined {
  const left = Math.min(...g.h.map((s) => s.from), ...g.v.map((s) => s.at));
  const right = Math.max(...g.h.map((s) => s.to), ...g.v.map((s) => s.at));
  const top = Math.min(...g.v.map((s) => s.from), ...g.h.map((s) => s.at));
  const bottom = Math.max(...g.v.map((s) => s.to), ...g.h.map((s) => s.at));
  const ys = positions([top, bottom, ...g.h.map((s) => s.at)]);
  const xs = positions([left, right, ...g.v.map((s) => s.at)]);
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  if (rows < 1 || cols < 1 || rows * cols < 2) return undefined;
  const find = joinedPlaces(xs, ys, g);

  const inside = pieces.filter((p) => { const x = (p.left + p.right) / 2; const y = middleOf(p); return x > left && x < right && y > top && y < bottom; });
  const used = new Set(inside);
  const byPlace = new Map<number, Piece[]>();
  for (const p of cutAtBorders(inside, xs, ys, g.v)) {
    const place = find(indexIn(ys, middleOf(p)) * cols + indexIn(xs, (p.left + p.right) / 2));
    byPlace.set(place, [...(byPlace.get(place) ?? []), p]);
  }

  const { cells, grid } = cellGrid(page, xs, ys, find, byPlace);
  const table: PdfTable = { page, top, bottom, lastPage: page, columns: xs, ruled: true, cells, grid };
  dropEmptyRows(table);
  return { table, used };
}

/** The tables drawn with borders on a page, and the pieces of text they hold. */
export function ruledTables(page: number, rulings: readonly Ruling[], pieces: readonly Piece[]): { tables: PdfTable[]; used: Set<Piece> } {
  const h = mergeSegments(rulings.filter((r) => r.y1 === r.y2).map((r) => ({ at: r.y1, from: r.x1, to: r.x2 })));
  const v = mergeSegments(rulings.filter((r) => r.x1 === r.x2).map((r) => ({ at: r.x1, from: r.y1, to: r.y2 })));
  const tables: PdfTable[] = [];
  const used = new Set<Piece>();
  for (const g of components(h, v)) {
    const found = tableOf(page, g, pieces.filter((p) => !used.has(p)));
    if (!found) continue;
    tables.push(found.table);
    for (const p of found.used) used.add(p);
  }
  return { tables: tables.sort((a, b) => a.top - b.top), used };
}
