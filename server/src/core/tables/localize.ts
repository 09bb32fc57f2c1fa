import type { CellFix, Localisation, RelationResult, TableCell } from './types';

/**
 * Error localisation in the Fellegi–Holt sense: the smallest set of cells whose change makes every
 * equality of the table hold. The relations are linear equalities with coefficients ±1, so for a
 * set S of cells the changes δ solve a small linear system (one equation per relation touching S).
 *
 * The search is a bounded hitting-set enumeration: each failing relation must contain a changed
 * cell, so sets grow by branching on the cells of the smallest relation not yet hit; sizes 1, 2, 3
 * in turn; every set costs one tiny elimination; the total number of sets tried is capped. A set
 * is accepted when its changes are unique, non-zero, whole numbers and leave no cell negative. If
 * one smallest set is accepted it is the answer; if several are (a wrong total of table 四 and any
 * of its details explain the same failure), they are listed as candidates and no cell is named;
 * past the bound the answer is unknown.
 */

export interface LocaliseOptions {
  /** Largest set of cells tried (default 3). */
  readonly maxSize?: number;
  /** Most sets tried before giving up (default 4000). */
  readonly budget?: number;
}

const EPS = 1e-6;
const MAX_SOLUTIONS = 12;

/** A cell that appears in a failing table's equalities, with the equalities it appears in; `id` numbers cells in order of first appearance. */
interface Unknown {
  readonly id: number;
  readonly cell: TableCell;
  readonly equations: Equation[];
}

interface Equation {
  readonly terms: readonly { readonly unknown: Unknown; readonly a: number }[];
  readonly residual: number;
}

/** Solves A δ = b (m × k, k ≤ 3) by elimination; the unique solution, or undefined. */
function solve(a: readonly (readonly number[])[], b: readonly number[], k: number): number[] | undefined {
  // The augmented matrix [A | b]: every row has k + 1 entries, so the `?? 0` reads below never fall back.
  const rows = a.map((r, i) => [...r, b[i] ?? 0]);
  let rank = 0;
  const pivotCol: number[] = [];
  for (let col = 0; col < k && rank < rows.length; col++) {
    // Partial pivoting: of the rows from `rank` on, the one with the largest entry in this column, if any is non-zero.
    let p = -1;
    let largest = EPS;
    for (let i = rank; i < rows.length; i++) {
      const size = Math.abs(rows[i]?.[col] ?? 0);
      if (size > largest) { p = i; largest = size; }
    }
    const pivot = rows[p];
    const displaced = rows[rank];
    if (p < 0 || pivot === undefined || displaced === undefined) continue;
    rows[p] = displaced;
    rows[rank] = pivot;
    const pv = pivot[col] ?? 1;
    for (let j = col; j <= k; j++) pivot[j] = (pivot[j] ?? 0) / pv;
    for (const [i, row] of rows.entries()) {
      const f = row[col] ?? 0;
      if (i === rank || Math.abs(f) < EPS) continue;
      for (let j = col; j <= k; j++) row[j] = (row[j] ?? 0) - f * (pivot[j] ?? 0);
    }
    pivotCol.push(col);
    rank++;
  }
  if (rows.slice(rank).some((row) => Math.abs(row[k] ?? 0) > EPS)) return undefined;
  if (rank < k) return undefined;
  const x = new Array<number>(k).fill(0);
  for (const [i, col] of pivotCol.entries()) x[col] = rows[i]?.[k] ?? 0;
  return x;
}

/** One equation per hard equality (cells on the left +1, on the right −1), and the cells they name, in order of first appearance. */
function equationsOf(results: readonly RelationResult[]): Equation[] {
  const unknowns = new Map<TableCell, Unknown>();
  const eqs: Equation[] = [];
  for (const r of results) {
    if (r.status === 'skipped' || r.relation.kind !== 'eq' || r.relation.soft) continue;
    const terms: { unknown: Unknown; a: number }[] = [];
    const add = (c: TableCell | undefined, a: number): void => {
      if (!c) return;
      let unknown = unknowns.get(c);
      if (unknown === undefined) { unknown = { id: unknowns.size, cell: c, equations: [] }; unknowns.set(c, unknown); }
      const had = terms.find((t) => t.unknown === unknown);
      if (had) had.a += a;
      else terms.push({ unknown, a });
    };
    for (const c of r.lhsCells) add(c, 1);
    for (const c of r.rhsCells) add(c, -1);
    eqs.push({ terms: terms.filter((t) => t.a !== 0), residual: r.lhs - r.rhs });
  }
  for (const e of eqs) for (const t of e.terms) t.unknown.equations.push(e);
  return eqs;
}

/** The values the cells of `set` must take for every equality to hold, if unique, non-zero changes, whole and not negative. */
function feasible(set: readonly Unknown[]): CellFix[] | undefined {
  const touched = [...new Set(set.flatMap((u) => u.equations))];
  const a = touched.map((e) => set.map((u) => e.terms.find((t) => t.unknown === u)?.a ?? 0));
  const b = touched.map((e) => -e.residual);
  const delta = solve(a, b, set.length);
  if (!delta) return undefined;
  const out: CellFix[] = [];
  for (const [i, { cell: c }] of set.entries()) {
    const d = delta[i];
    if (d === undefined || Math.abs(d) < EPS) return undefined;
    const next = (c.value ?? 0) + d;
    const rounded = Math.round(next);
    if (c.kind !== 'amount' && Math.abs(next - rounded) > EPS) return undefined;
    if (c.kind !== 'signed' && next < -EPS) return undefined;
    out.push({ cell: c, expected: c.kind === 'amount' ? Math.round(next * 1e6) / 1e6 : rounded });
  }
  return out;
}

/** The search's state across sizes: the failing equations (fewest terms first), their cells, the sets left to try. */
interface Search {
  readonly failing: readonly Equation[];
  readonly failingCells: readonly Unknown[];
  budget: number;
}

/** The accepted sets of exactly `size` cells (at most MAX_SOLUTIONS; fewer once the budget runs out). */
function setsOfSize(search: Search, size: number): { set: Unknown[]; fixes: CellFix[] }[] {
  const { failing, failingCells } = search;
  const tried = new Set<string>();
  const found: { set: Unknown[]; fixes: CellFix[] }[] = [];
  const visit = (set: Unknown[]): void => {
    if (search.budget <= 0 || found.length >= MAX_SOLUTIONS) return;
    const unhit = failing.find((e) => !set.some((u) => u.equations.includes(e)));
    if (set.length === size) {
      if (unhit !== undefined) return;
      const key = set.map((u) => u.id).sort((x, y) => x - y).join(',');
      if (tried.has(key)) return;
      tried.add(key);
      search.budget--;
      const fixes = feasible(set);
      if (fixes) found.push({ set: [...set], fixes });
      return;
    }
    // Branch on the smallest relation not yet hit; once all are hit, on any cell of a failing relation.
    const branch = unhit !== undefined ? unhit.terms.map((t) => t.unknown) : failingCells;
    // Prune: the relations still unhit cannot all be hit by the cells left.
    if (unhit !== undefined && size - set.length === 1) {
      const others = failing.filter((e) => e !== unhit && !set.some((u) => u.equations.includes(e)));
      for (const u of branch) {
        if (set.includes(u) || !others.every((e) => u.equations.includes(e))) continue;
        visit([...set, u]);
      }
      return;
    }
    for (const u of branch) {
      if (set.includes(u)) continue;
      if (unhit === undefined && set.length > 0 && u.id < Math.max(...set.map((s) => s.id))) continue;
      visit([...set, u]);
    }
  };
  visit([]);
  return found;
}

export function localise(results: readonly RelationResult[], options: LocaliseOptions = {}): Localisation {
  // The usual case: every equality holds, nothing to localise (no equations built).
  if (!results.some((r) => r.status !== 'skipped' && r.relation.kind === 'eq' && !r.relation.soft && Math.abs(r.lhs - r.rhs) > EPS)) return { kind: 'consistent' };
  const maxSize = options.maxSize ?? 3;
  const eqs = equationsOf(results);
  const failing = eqs.filter((e) => Math.abs(e.residual) > EPS).sort((x, y) => x.terms.length - y.terms.length);
  if (failing.length === 0) return { kind: 'consistent' };
  const failingCells = [...new Set(failing.flatMap((e) => e.terms.map((t) => t.unknown)))].sort((x, y) => x.id - y.id);
  const search: Search = { failing, failingCells, budget: options.budget ?? 4000 };
  for (let size = 1; size <= maxSize; size++) {
    const found = setsOfSize(search, size);
    if (found.length > 0) {
      // No preference among equally small sets (a total over its details, say): two explanations are two candidates, never one guess.
      const fixesOf = (s: { fixes: CellFix[] }): CellFix[] => [...s.fixes].sort((x, y) => x.cell.range.start - y.cell.range.start);
      // Unique only if the search at this size was complete.
      const complete = search.budget > 0 && found.length < MAX_SOLUTIONS;
      const [only] = found;
      if (found.length === 1 && only && complete) return { kind: 'unique', fixes: fixesOf(only) };
      return { kind: 'ambiguous', candidates: found.map(fixesOf) };
    }
    if (search.budget <= 0) break;
  }
  return { kind: 'unknown' };
}
