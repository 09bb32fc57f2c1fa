import { templateRows } from '../format/tables';
import type { RowSpec, TableTemplate } from '../format/tables';
import type { Placement, RowPlacements } from './place';
import { rowHolds } from './resolve';

/**
 * A value printed one row off: LibreOffice's PDF, read by pdftotext in flow order, can print a
 * row's last number (its total) after the numbers of a row nearby ("3.其他 87 105 95 118 52 41",
 * "（七）总计 …", "四、结转 119 24 102 4 5 57 498 311"): one row is one value short, a row close to
 * it one value long, and neither can be read alone. The value is moved back only when the
 * relations decide it: of every way of taking one value out of the long row (each of its values)
 * and putting it into the short row (at each position), exactly one must make both rows' own
 * equalities hold (R3-3: the applicants' columns add up to the total). When none or several do,
 * both rows stay as they were (unread, reported as such), never guessed.
 * Bounded: per short row, at most a few nearby long rows × (columns + 1)² placements.
 */

/** Rows further apart than this in the template are not paired: a total moves over one row at most (the 总计 row between). */
const MAX_ROW_DISTANCE = 2;

interface Move { readonly short: Placement; readonly long: Placement }

/** A row whose values are one too many, and the stray numbers among them (numbers that followed it with no label). */
export interface LongRow { readonly row: RowPlacements; readonly strays: number }

export interface Repaired {
  readonly placed: readonly RowPlacements[];
  /** Rows the segmentation had set unread that are now placed. */
  readonly recovered: ReadonlySet<RowSpec>;
  /** Stray numbers now placed. */
  readonly strays: number;
}

function movesBetween(template: TableTemplate, short: RowPlacements, long: RowPlacements): Move[] {
  const moves: Move[] = [];
  const taken = long.read.values;
  const given = short.read.values;
  for (const [k, moved] of taken.entries()) {
    const rest = taken.filter((_t, i) => i !== k);
    if (!rowHolds(template, long, rest)) continue;
    for (let j = 0; j <= given.length; j++) {
      const filled = [...given.slice(0, j), moved, ...given.slice(j)];
      if (rowHolds(template, short, filled)) moves.push({ short: filled, long: rest });
      if (moves.length > 1) return moves;
    }
  }
  return moves;
}

const plain = (p: RowPlacements): boolean => p.read.glued === undefined && p.read.values.every((t) => t.numeric);
const oneShort = (p: RowPlacements): boolean => p.reason === 'short' && plain(p) && p.read.values.length === p.columns.length - 1;
const oneLong = (p: RowPlacements): boolean => p.reason === 'long' && plain(p) && p.read.values.length === p.columns.length + 1;

/**
 * A row with its one placement, read as certain: the move was the only one that makes both rows'
 * own equalities hold, as certain as digits that cut one way only. (Left derived, a real error
 * elsewhere in a column it shares would make resolve.ts drop the row, and the error could not be
 * localised.)
 */
const settled = (p: RowPlacements, placement: Placement): RowPlacements => ({ read: p.read, columns: p.columns, candidates: [placement], derived: false });

/**
 * The rows with a value moved back where exactly one move makes both rows hold. `placed` are the
 * rows the segmentation read; `overflowing` rows it set unread (their numbers and the strays after them).
 */
export function repairMovedValues(template: TableTemplate, placed: readonly RowPlacements[], overflowing: readonly LongRow[]): Repaired {
  const flat = templateRows(template);
  const longs: LongRow[] = [...placed.filter(oneLong).map((row) => ({ row, strays: 0 })), ...overflowing.filter((o) => oneLong(o.row))];
  const out = [...placed];
  const recovered = new Set<RowSpec>();
  let strays = 0;
  const used = new Set<LongRow>();
  for (const [i, short] of placed.entries()) {
    if (!oneShort(short)) continue;
    const at = flat.indexOf(short.read.spec);
    const near = longs.filter((l) => !used.has(l) && l.row.read.block === short.read.block && Math.abs(flat.indexOf(l.row.read.spec) - at) <= MAX_ROW_DISTANCE);
    const found = near.flatMap((l) => movesBetween(template, short, l.row).map((m) => ({ l, m })));
    const [only] = found;
    if (found.length !== 1 || only === undefined) continue;
    used.add(only.l);
    out[i] = settled(short, only.m.short);
    const j = out.indexOf(only.l.row);
    if (j >= 0) out[j] = settled(only.l.row, only.m.long);
    else {
      out.push(settled(only.l.row, only.m.long));
      recovered.add(only.l.row.read.spec);
      strays += only.l.strays;
    }
  }
  // Each row's place in the template (the first, as indexOf gives), looked up once instead of per comparison.
  const order = new Map<RowSpec, number>();
  for (let i = 0; i < flat.length; i++) { const spec = flat[i]; if (spec && !order.has(spec)) order.set(spec, i); }
  const indexOf = (p: RowPlacements): number => order.get(p.read.spec) ?? -1;
  out.sort((a, b) => indexOf(a) - indexOf(b));
  return { placed: out, recovered, strays };
}
