import type { BlockSpec, ColumnSpec, TableTemplate } from '../format/tables';
import { cuts, ways } from './digits';
import type { Part } from './digits';
import { lexiconOf, matchLabel } from './labels';
import { presentColumns } from './segment';
import type { RowRead } from './segment';
import { blankToken, isText, partToken } from './tokens';
import type { Tok } from './tokens';
import type { UnreadableReason } from './types';

/**
 * Placement: which column each value of a row read belongs to. A row whose values are exactly
 * as many as its columns takes them in order (whatever spans and merges did to the grid columns:
 * rows are fitted by their labels, not by positions). Otherwise the header's grid columns decide
 * when the layout has real columns and the header maps them unambiguously; a row of words with
 * fewer numbers than columns (blank cells leave no trace in PDF text), or digits run together, has
 * several candidate placements, which the relations may narrow down (resolve.ts).
 */

/** One way of reading a row: per column of its block, the cell's token, or undefined when the table lacks the column. */
export type Placement = readonly (Tok | undefined)[];

export interface RowPlacements {
  readonly read: RowRead;
  readonly columns: readonly ColumnSpec[];
  /** The ways of reading the row (one when certain). */
  readonly candidates: readonly Placement[];
  /** The candidates were made by cutting digits or guessing positions: only the relations may choose one. */
  readonly derived: boolean;
  /** Why the row cannot be read, when there is no candidate. */
  readonly reason?: UnreadableReason;
}

/** Most positions tried for a short row (C(7, 3) = 35 for table 三). */
const MAX_POSITIONS = 64;

export function placeRow(template: TableTemplate, read: RowRead, grid: readonly (readonly Tok[])[]): RowPlacements {
  const columns = read.block.columns;
  const order = presentColumns(lexiconOf(template.table), template, read.block, read.header);
  const at = (placed: readonly (Tok | undefined)[], cols: readonly ColumnSpec[]): Placement => columns.map((c) => {
    const i = cols.indexOf(c);
    return i < 0 ? undefined : placed[i];
  });
  if (read.glued) return gluedRow(read, columns, order, at);
  const values = [...read.values];
  // Blank cells beyond the columns: a label cell's padding (pandoc) or a closing bar.
  while (values.length > columns.length && values[0]?.empty === true && values[0].cell.text === '') values.shift();
  while (values.length > columns.length && values.at(-1)?.empty === true && values.at(-1)?.cell.text === '') values.pop();
  if (values.length === columns.length) return { read, columns, candidates: [values], derived: false };
  // A table without some columns: as many values as the columns its header names.
  if (order.length < columns.length && values.length === order.length) return { read, columns, candidates: [at(values, order)], derived: false };
  const mapped = read.positional ? byHeader(template, read.block, read.header, values, grid) : undefined;
  if (mapped) return { read, columns, candidates: [mapped], derived: false };
  if (values.length > columns.length) return { read, columns, candidates: [], derived: false, reason: 'long' };
  const labelEnd = read.labelRange.end;
  const first = values[0];
  if (first === undefined) return { read, columns, candidates: [columns.map(() => blankToken(labelEnd, -1))], derived: false };
  // Fewer values than columns: the blanks could be anywhere.
  const out: Placement[] = [];
  const choose = (from: number, picked: number[]): void => {
    if (out.length >= MAX_POSITIONS) return;
    if (picked.length === values.length) {
      out.push(columns.map((_c, i) => {
        const k = picked.indexOf(i);
        return k < 0 ? blankToken(labelEnd, first.row) : values[k];
      }));
      return;
    }
    for (let i = from; i <= columns.length - (values.length - picked.length); i++) choose(i + 1, [...picked, i]);
  };
  choose(0, []);
  return { read, columns, candidates: out, derived: true, reason: 'short' };
}

function gluedRow(read: RowRead, columns: readonly ColumnSpec[], order: readonly ColumnSpec[], at: (placed: readonly (Tok | undefined)[], cols: readonly ColumnSpec[]) => Placement): RowPlacements {
  const glued = read.glued;
  if (!glued) return { read, columns, candidates: [], derived: true, reason: 'glued' };
  const totalIndex = order.findIndex((c) => c.total === true);
  const parts: Part[] = order.map((c, i) => ({ kind: c.kind, total: c.total === true && i === order.length - 1 && totalIndex === i, group: totalIndex === order.length - 1 ? 0 : undefined }));
  const tokensOf = (texts: readonly string[]): Tok[] => {
    let offset = glued.start;
    return texts.map((text) => {
      const t = partToken(glued.tok, text, offset);
      offset += text.length;
      return t;
    });
  };
  const [single] = order;
  if (order.length === 1 && single) {
    // One column: the digits are its value, however many.
    const t = partToken(glued.tok, glued.text, glued.start);
    return { read, columns, candidates: [at([t], order)], derived: false };
  }
  const count = ways(glued.text, parts.map((p) => ({ kind: p.kind })));
  if (count === 1) {
    const only = cuts(glued.text, parts.map((p) => ({ kind: p.kind })), 1)?.[0];
    if (only) return { read, columns, candidates: [at(tokensOf(only), order)], derived: false };
  }
  const found = cuts(glued.text, parts);
  if (found === undefined) return { read, columns, candidates: [], derived: true, reason: 'glued' };
  return { read, columns, candidates: found.map((f) => at(tokensOf(f), order)), derived: true, reason: 'glued' };
}

/**
 * The values of a row of real columns by the header cells above them: each header cell covers its
 * grid column and the columns its span covers; a value belongs to the header whose span holds its
 * grid column. Only when the header names distinct columns in template order (a header whose
 * merged cells came out in another order, as a browser copies them, maps nothing) and every
 * value finds a column.
 */
function byHeader(template: TableTemplate, block: BlockSpec, header: readonly Tok[], values: readonly Tok[], grid: readonly (readonly Tok[])[]): Placement | undefined {
  const map = headerColumns(template, block, header, grid);
  if (!map) return undefined;
  const placed = new Map<ColumnSpec, Tok>();
  for (const v of values) {
    if (v.cell.col === undefined) return undefined;
    const column = map.get(v.cell.col);
    if (!column) {
      if (v.empty && v.cell.text === '') continue;
      return undefined;
    }
    if (placed.has(column)) return undefined;
    placed.set(column, v);
  }
  return block.columns.map((c) => placed.get(c));
}

const HEADER_MAPS = new WeakMap<readonly Tok[], Map<string, Map<number, ColumnSpec> | null>>();

function headerColumns(template: TableTemplate, block: BlockSpec, header: readonly Tok[], grid: readonly (readonly Tok[])[]): Map<number, ColumnSpec> | undefined {
  let byBlock = HEADER_MAPS.get(header);
  if (!byBlock) { byBlock = new Map(); HEADER_MAPS.set(header, byBlock); }
  const had = byBlock.get(block.key);
  if (had !== undefined) return had ?? undefined;
  const lex = lexiconOf(template.table);
  const map = new Map<number, ColumnSpec>();
  let lastIndex = -1;
  let ok = true;
  const used = new Set<ColumnSpec>();
  for (let i = 0; i < header.length && ok; i++) {
    const t = header[i];
    if (t === undefined || !t.positional || t.cell.col === undefined || !isText(t)) continue;
    const m = matchLabel(lex, t.norm, (e) => e.kind === 'column' && e.block === block.key && e.eras.includes(template.era));
    const column = m && block.columns.find((c) => c.key === m.entry.key);
    if (!column) continue;
    const index = block.columns.indexOf(column);
    if (used.has(column) || index <= lastIndex) { ok = false; break; }
    used.add(column);
    lastIndex = index;
    // The cell's span: covered places after it in its row that came from it.
    const own = grid[t.row] ?? [];
    let span = 1;
    for (let j = own.indexOf(t) + 1; j > 0 && j < own.length; j++) {
      const next = own[j];
      if (!next?.cell.covered || next.cell.range.start !== t.cell.range.start) break;
      span++;
    }
    for (let k = 0; k < span; k++) {
      if (map.has(t.cell.col + k)) { ok = false; break; }
      map.set(t.cell.col + k, column);
    }
  }
  const result = ok && used.size >= 2 ? map : null;
  byBlock.set(block.key, result);
  return result ?? undefined;
}
