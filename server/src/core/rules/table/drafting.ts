import { localise } from '../../tables/localize';
import type { CellFix, Localisation, ReadTable, RelationResult, TableCell } from '../../tables/types';

/**
 * A table as the table rules judge it. Checked as a whole (the CLI, a saved document, the workspace
 * check) that is the table engine's reading. While the user is filling it in the editor (details
 * first, totals last), a 总计 still at 0 or blank is not wrong yet, only pending:
 *  - a relation through a total cell that is 0 or blank is not judged (its total is pending);
 *  - the totals computed from the details are offered (`pending`: hints, 计算合计);
 *  - when the relations whose totals were written all hold once every total is recomputed from its
 *    details, the explanation is "the totals are stale" (`stale`), never "change the detail cell
 *    just typed".
 */
export interface TableJudgement {
  /** What is wrong with the totals written (the engine's localisation unless drafting). */
  readonly localisation: Localisation;
  /** The failing relations that count. */
  readonly failing: readonly RelationResult[];
  /** Total cells at 0 or blank whose details add up to another value (drafting only). */
  readonly pending: readonly CellFix[];
  /** Total cells written that disagree with their details while the details agree (drafting only). */
  readonly stale: readonly CellFix[];
}

const EPS = 1e-6;

/** A cell of a 总计 row or column. */
function isTotalCell(c: TableCell): boolean {
  return c.row.total === true || c.column.total === true;
}

/** A relation that says a total is the sum of its details: one total cell on the left. */
function isSum(r: RelationResult): boolean {
  const [total] = r.lhsCells;
  return r.relation.kind === 'eq' && !r.relation.soft && r.lhsCells.length === 1 && total !== undefined && isTotalCell(total);
}

/**
 * Every total cell's value computed from its details, totals of totals included (sums are applied
 * until nothing changes; the relations form no cycle, so at most one round per relation).
 */
export function totalsFromDetails(table: ReadTable): Map<TableCell, number> {
  const computed = new Map<TableCell, number>();
  const valueOf = (c: TableCell | undefined) => (c === undefined ? undefined : computed.get(c) ?? c.value);
  const sums = table.relations.filter(isSum);
  for (let round = 0; round <= sums.length; round++) {
    let changed = false;
    for (const r of sums) {
      const [total] = r.lhsCells;
      if (total === undefined) continue;
      let sum = 0;
      let complete = true;
      for (const c of r.rhsCells) {
        const v = valueOf(c);
        if (v === undefined) complete = false;
        else sum += v;
      }
      if (!complete || computed.get(total) === sum) continue;
      computed.set(total, sum);
      changed = true;
    }
    if (!changed) break;
  }
  return computed;
}

function holdsWith(r: RelationResult, valueOf: (c: TableCell | undefined) => number | undefined): boolean {
  let lhs = 0;
  let rhs = 0;
  for (const c of r.lhsCells) lhs += valueOf(c) ?? Number.NaN;
  for (const c of r.rhsCells) rhs += valueOf(c) ?? Number.NaN;
  return Number.isNaN(lhs + rhs) || Math.abs(lhs - rhs) < EPS;
}

/** A total still at 0 or blank: while drafting, the user fills totals last. */
const unfilled = (c: TableCell | undefined) => c !== undefined && isTotalCell(c) && (c.status === 'empty' || c.value === 0);

function judgeDraft(table: ReadTable): TableJudgement {
  const computed = totalsFromDetails(table);
  const pending: CellFix[] = [];
  for (const [cell, expected] of computed) {
    if (unfilled(cell) && Math.abs((cell.value ?? 0) - expected) > EPS) pending.push({ cell, expected });
  }
  // A relation through a total not filled in yet is not judged: the user fills totals last.
  const judged = table.relations.map((r): RelationResult => (r.status === 'fails' && [...r.lhsCells, ...r.rhsCells].some(unfilled) ? { ...r, status: 'skipped' } : r));
  const failing = judged.filter((r) => r.status === 'fails' && !r.relation.soft);
  const recomputed = (c: TableCell | undefined) => (c === undefined ? undefined : computed.get(c) ?? c.value);
  if (failing.length > 0 && failing.every((r) => holdsWith(r, recomputed))) {
    // Every written total that differs from its recomputed sum (a total of stale totals included).
    const stale = [...computed].filter(([c, sum]) => !unfilled(c) && Math.abs((c.value ?? 0) - sum) > EPS).map(([cell, expected]) => ({ cell, expected }));
    if (stale.length > 0) return { localisation: { kind: 'consistent' }, failing, pending, stale };
  }
  return { localisation: failing.length === 0 ? { kind: 'consistent' } : localise(judged), failing, pending, stale: [] };
}

const drafted = new WeakMap<ReadTable, TableJudgement>();

/**
 * The table as the rules judge it; `drafting` while the user is filling it in the editor. Checked
 * as a whole it is the table engine's reading, unchanged (a finished report: the smallest
 * explanation, totals preferred on ties).
 */
export function judgeTable(table: ReadTable, drafting: boolean): TableJudgement {
  if (!drafting) return { localisation: table.localisation, failing: table.relations.filter((r) => r.status === 'fails' && !r.relation.soft), pending: [], stale: [] };
  let judgement = drafted.get(table);
  if (!judgement) {
    judgement = judgeDraft(table);
    drafted.set(table, judgement);
  }
  return judgement;
}
