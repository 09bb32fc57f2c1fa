import type { CellFix, Localisation, RelationResult, TableCell } from './types';

/**
 * Error localisation in the Fellegi–Holt sense: the smallest set of cells whose change makes every
 * equality of the table hold. The relations are linear equalities with coefficients ±1, so for a
 * set S of cells the changes δ solve a small linear system (one equation per relation touching S).
 *
 * The search is a bounded hitting-set enumeration: each failing relation must contain a changed
 * cell, so sets grow by branching on the cells of the smallest relation not yet hit; sizes 1, 2, 3
 * in turn; every set costs one tiny elimination; the total number of sets tried is capped. A set
 * is accepted when its changes are unique, non-zero, whole numbers and leave no cell negative. Of
 * the smallest accepted sets, those changing the most 总计 cells are preferred; if one set
 * remains it is the answer, else the candidates are listed; past the bound the answer is unknown.
 */

export interface LocaliseOptions {
  /** Largest set of cells tried (default 3). */
  readonly maxSize?: number;
  /** Most sets tried before giving up (default 4000). */
  readonly budget?: number;
}

const EPS = 1e-6;
const MAX_SOLUTIONS = 12;

interface Equation {
  readonly terms: readonly { readonly v: number; readonly a: number }[];
  readonly residual: number;
}

export function isTotalCell(c: TableCell): boolean {
  return c.row.total === true || c.column.total === true;
}

/** Solves A δ = b (m × k, k ≤ 3) by elimination; the unique solution, or undefined. */
function solve(a: number[][], b: number[], k: number): number[] | undefined {
  const m = a.length;
  const rows = a.map((r, i) => [...r, b[i]]);
  let rank = 0;
  const pivotCol: number[] = [];
  for (let col = 0; col < k && rank < m; col++) {
    let p = -1;
    for (let i = rank; i < m; i++) if (Math.abs(rows[i][col]) > EPS && (p < 0 || Math.abs(rows[i][col]) > Math.abs(rows[p][col]))) p = i;
    if (p < 0) continue;
    [rows[rank], rows[p]] = [rows[p], rows[rank]];
    const pv = rows[rank][col];
    for (let j = col; j <= k; j++) rows[rank][j] /= pv;
    for (let i = 0; i < m; i++) {
      if (i === rank || Math.abs(rows[i][col]) < EPS) continue;
      const f = rows[i][col];
      for (let j = col; j <= k; j++) rows[i][j] -= f * rows[rank][j];
    }
    pivotCol.push(col);
    rank++;
  }
  for (let i = rank; i < m; i++) if (Math.abs(rows[i][k]) > EPS) return undefined;
  if (rank < k) return undefined;
  const x = new Array<number>(k).fill(0);
  for (let i = 0; i < rank; i++) x[pivotCol[i]] = rows[i][k];
  return x;
}

export function localise(results: readonly RelationResult[], options: LocaliseOptions = {}): Localisation {
  // The usual case: every equality holds, nothing to localise (no equations built).
  if (!results.some((r) => r.status !== 'skipped' && r.relation.kind === 'eq' && !r.relation.soft && Math.abs(r.lhs - r.rhs) > EPS)) return { kind: 'consistent' };
  const maxSize = options.maxSize ?? 3;
  let budget = options.budget ?? 4000;
  const cells: TableCell[] = [];
  const index = new Map<TableCell, number>();
  const eqs: Equation[] = [];
  for (const r of results) {
    if (r.status === 'skipped' || r.relation.kind !== 'eq' || r.relation.soft) continue;
    const terms: { v: number; a: number }[] = [];
    const add = (c: TableCell | undefined, a: number): void => {
      if (!c) return;
      let v = index.get(c);
      if (v === undefined) { v = cells.length; cells.push(c); index.set(c, v); }
      const had = terms.find((t) => t.v === v);
      if (had) (had as { a: number }).a += a;
      else terms.push({ v, a });
    };
    for (const c of r.lhsCells) add(c, 1);
    for (const c of r.rhsCells) add(c, -1);
    eqs.push({ terms: terms.filter((t) => t.a !== 0), residual: r.lhs - r.rhs });
  }
  const failing = eqs.map((_, i) => i).filter((i) => Math.abs(eqs[i].residual) > EPS)
    .sort((x, y) => eqs[x].terms.length - eqs[y].terms.length);
  if (failing.length === 0) return { kind: 'consistent' };

  const eqsOf: number[][] = cells.map(() => []);
  eqs.forEach((e, i) => { for (const t of e.terms) eqsOf[t.v].push(i); });

  const feasible = (set: readonly number[]): number[] | undefined => {
    const touched = [...new Set(set.flatMap((v) => eqsOf[v]))];
    const a = touched.map((e) => set.map((v) => eqs[e].terms.find((t) => t.v === v)?.a ?? 0));
    const b = touched.map((e) => -eqs[e].residual);
    const delta = solve(a, b, set.length);
    if (!delta) return undefined;
    const out: number[] = [];
    for (let i = 0; i < set.length; i++) {
      const c = cells[set[i]];
      const d = delta[i];
      if (Math.abs(d) < EPS) return undefined;
      const next = (c.value ?? 0) + d;
      const rounded = Math.round(next);
      if (c.kind !== 'amount' && Math.abs(next - rounded) > EPS) return undefined;
      if (c.kind !== 'signed' && next < -EPS) return undefined;
      out.push(c.kind === 'amount' ? Math.round(next * 1e6) / 1e6 : rounded);
    }
    return out;
  };

  const failingCells = [...new Set(failing.flatMap((e) => eqs[e].terms.map((t) => t.v)))].sort((x, y) => x - y);
  for (let size = 1; size <= maxSize; size++) {
    const tried = new Set<string>();
    const found: { set: number[]; values: number[] }[] = [];
    const visit = (set: number[]): void => {
      if (budget <= 0 || found.length >= MAX_SOLUTIONS) return;
      const unhit = failing.find((e) => !set.some((v) => eqsOf[v].includes(e)));
      if (set.length === size) {
        if (unhit !== undefined) return;
        const key = [...set].sort((x, y) => x - y).join(',');
        if (tried.has(key)) return;
        tried.add(key);
        budget--;
        const values = feasible(set);
        if (values) found.push({ set: [...set], values });
        return;
      }
      // Branch on the smallest relation not yet hit; once all are hit, on any cell of a failing relation.
      const branch = unhit !== undefined ? eqs[unhit].terms.map((t) => t.v) : failingCells;
      // Prune: the relations still unhit cannot all be hit by the cells left.
      if (unhit !== undefined && size - set.length === 1) {
        const others = failing.filter((e) => e !== unhit && !set.some((v) => eqsOf[v].includes(e)));
        for (const v of branch) {
          if (set.includes(v) || !others.every((e) => eqsOf[v].includes(e))) continue;
          visit([...set, v]);
        }
        return;
      }
      for (const v of branch) {
        if (set.includes(v)) continue;
        if (unhit === undefined && set.length > 0 && v < Math.max(...set)) continue;
        visit([...set, v]);
      }
    };
    visit([]);
    if (found.length > 0) {
      const score = (s: { set: number[] }): number => s.set.filter((v) => isTotalCell(cells[v])).length;
      const best = Math.max(...found.map(score));
      const top = found.filter((s) => score(s) === best);
      const fixesOf = (s: { set: number[]; values: number[] }): CellFix[] => s.set.map((v, i) => ({ cell: cells[v], expected: s.values[i] }))
        .sort((x, y) => x.cell.range.start - y.cell.range.start);
      // Unique only if the search at this size was complete.
      const complete = budget > 0 && found.length < MAX_SOLUTIONS;
      if (top.length === 1 && complete) return { kind: 'unique', fixes: fixesOf(top[0]) };
      return { kind: 'ambiguous', candidates: top.map(fixesOf) };
    }
    if (budget <= 0) break;
  }
  return { kind: 'unknown' };
}
