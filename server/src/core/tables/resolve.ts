import type { CellRef, Relation, TableTemplate } from '../format/tables';
import type { Placement, RowPlacements } from './place';
import type { Tok } from './tokens';
import { parseCellValue } from './values';
import type { UnreadableReason } from './types';

/**
 * Resolution: chooses among the candidate readings of rows whose values were cut or placed by
 * guesswork (place.ts). A candidate is kept only when the table's equalities (§5) hold with it;
 * a row is read when every combination of candidates that makes all equalities hold gives it the
 * same cells, and is unreadable otherwise, never guessed. When no combination holds (the table
 * has a real error, or the row was not what it seemed), those rows stay unread (digits that cut
 * one way at all never get here: place.ts reads them as certain). The combinations tried are
 * capped, so the work stays bounded.
 */

export interface Resolved {
  readonly rows: readonly { readonly row: RowPlacements; readonly placement: Placement }[];
  readonly unread: readonly { readonly row: RowPlacements; readonly reason: UnreadableReason }[];
}

/** Most combinations of candidate readings tried for one table. */
const MAX_COMBINATIONS = 4096;
const EPS = 1e-6;

type CellValue = number | 'blank' | undefined;

function valueOf(t: Tok | undefined, kind: Parameters<typeof parseCellValue>[1]): CellValue {
  if (!t) return undefined;
  if (t.empty) return 'blank';
  if (!t.numeric) return undefined;
  return parseCellValue(t.cell.text, kind).value;
}

/** holds / fails / undecided (a cell missing or not a number, or a total left blank). */
function evaluate(r: Relation, get: (ref: CellRef) => CellValue, totals: ReadonlySet<string>): 'holds' | 'fails' | 'undecided' {
  let lhs = 0;
  let rhs = 0;
  for (const [side, refs] of [[1, r.lhs], [-1, r.rhs]] as const) {
    for (const ref of refs) {
      const v = get(ref);
      if (v === undefined) return 'undecided';
      if (v === 'blank') {
        if (totals.has(`${ref.row}|${ref.column}`)) return 'undecided';
        continue;
      }
      if (side === 1) lhs += v; else rhs += v;
    }
  }
  return Math.abs(lhs - rhs) < EPS ? 'holds' : 'fails';
}

/** Puts a row's values under one candidate reading into `into`, keyed `row|column`. */
function put(into: Map<string, CellValue>, row: RowPlacements, p: Placement): void {
  for (let i = 0; i < row.columns.length; i++) {
    const c = row.columns[i];
    if (c) into.set(`${row.read.spec.key}|${c.key}`, valueOf(p[i], c.kind));
  }
}

export function resolve(template: TableTemplate, rows: readonly RowPlacements[]): Resolved {
  const chosen = new Map<RowPlacements, Placement>();
  const variable: { row: RowPlacements; candidates: Placement[] }[] = [];
  const unread: { row: RowPlacements; reason: UnreadableReason }[] = [];
  for (const row of rows) {
    const [only] = row.candidates;
    if (!row.derived && only && row.candidates.length === 1) {
      chosen.set(row, only);
    } else if (row.candidates.length === 0) {
      unread.push({ row, reason: row.reason ?? 'short' });
    } else {
      variable.push({ row, candidates: [...row.candidates] });
    }
  }
  if (variable.length === 0) return { rows: rows.flatMap((row) => { const p = chosen.get(row); return p ? [{ row, placement: p }] : []; }), unread };
  const relations = template.relations.filter((r) => r.kind === 'eq' && !r.soft);
  const totals = new Set<string>();
  for (const b of template.blocks) for (const r of b.rows) for (const c of b.columns) if (r.total === true || c.total === true) totals.add(`${r.key}|${c.key}`);
  // The values of the certain rows, only needed when some row has several readings.
  const fixed = new Map<string, CellValue>();
  for (const [row, p] of chosen) put(fixed, row, p);

  // Each row's own equalities first (R3-3 along the row), then every equality across rows.
  const own = (row: RowPlacements): Relation[] => relations.filter((r) => [...r.lhs, ...r.rhs].every((ref) => ref.row === row.read.spec.key));
  for (const v of variable) {
    const mine = own(v.row);
    v.candidates = v.candidates.filter((p) => {
      const local = new Map<string, CellValue>();
      put(local, v.row, p);
      return mine.every((r) => evaluate(r, (ref) => local.get(`${ref.row}|${ref.column}`), totals) !== 'fails');
    });
  }
  // Rows that share an equality are chosen together; the others one by one.
  for (const group of components(variable, relations)) {
    const keys = new Set(group.map((v) => v.row.read.spec.key));
    const touching = relations.filter((r) => [...r.lhs, ...r.rhs].some((ref) => keys.has(ref.row)));
    const possible = possibleCandidates(group, touching, fixed, totals);
    for (const [i, v] of group.entries()) {
      const [only] = possible[i] ?? [];
      const placement = only === undefined ? undefined : v.candidates[only];
      if (possible[i]?.size === 1 && placement) chosen.set(v.row, placement);
      else unread.push({ row: v.row, reason: v.row.reason ?? 'short' });
    }
  }
  return { rows: rows.flatMap((row) => { const p = chosen.get(row); return p ? [{ row, placement: p }] : []; }), unread };
}

/** Whether every equality of the row's own (along the row, R3-3) holds or is undecided with this placement: the check of one row alone. */
export function rowHolds(template: TableTemplate, row: Pick<RowPlacements, 'read' | 'columns'>, p: Placement): boolean {
  const key = row.read.spec.key;
  const values = new Map<string, CellValue>();
  for (const [i, c] of row.columns.entries()) values.set(c.key, valueOf(p[i], c.kind));
  const totals = new Set(row.columns.filter((c) => c.total === true || row.read.spec.total === true).map((c) => `${key}|${c.key}`));
  return template.relations
    .filter((r) => r.kind === 'eq' && !r.soft && [...r.lhs, ...r.rhs].every((ref) => ref.row === key))
    .every((r) => evaluate(r, (ref) => values.get(ref.column), totals) !== 'fails');
}

/** Per row of the group, the candidates that appear in some combination where every equality holds (none past the bound). */
function possibleCandidates(
  group: readonly { readonly row: RowPlacements; readonly candidates: readonly Placement[] }[],
  touching: readonly Relation[], fixed: ReadonlyMap<string, CellValue>, totals: ReadonlySet<string>,
): Set<number>[] {
  let combinations = 1;
  for (const v of group) combinations *= v.candidates.length;
  const possible = group.map(() => new Set<number>());
  if (combinations > 0 && combinations <= MAX_COMBINATIONS) {
    const values = new Map(fixed);
    const pick: number[] = [];
    const visit = (i: number): void => {
      const v = group[i];
      if (v === undefined) {
        if (touching.every((r) => evaluate(r, (ref) => values.get(`${ref.row}|${ref.column}`), totals) !== 'fails')) {
          for (const [k, c] of pick.entries()) possible[k]?.add(c);
        }
        return;
      }
      for (const [c, p] of v.candidates.entries()) {
        put(values, v.row, p);
        pick.push(c);
        visit(i + 1);
        pick.pop();
      }
    };
    visit(0);
  }
  return possible;
}

/** The variable rows in groups that share an equality (union–find over the rows each equality names). */
function components<T extends { readonly row: RowPlacements }>(variable: readonly T[], relations: readonly Relation[]): T[][] {
  const index = new Map(variable.map((v, i) => [v.row.read.spec.key, i]));
  const parent = variable.map((_v, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] ?? r;
    return r;
  };
  for (const r of relations) {
    const members = [...new Set([...r.lhs, ...r.rhs].flatMap((ref) => { const i = index.get(ref.row); return i === undefined ? [] : [i]; }))];
    const [first, ...rest] = members;
    if (first === undefined) continue;
    for (const m of rest) parent[find(m)] = find(first);
  }
  const groups = new Map<number, T[]>();
  for (const [i, v] of variable.entries()) {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), v]);
  }
  return [...groups.values()];
}
