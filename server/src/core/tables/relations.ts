import type { CellRef, Relation, TableTemplate } from '../format/tables';
import type { RelationResult, TableCell } from './types';

/**
 * Evaluates the relations of a template (format spec §5) on the cells read. A relation with a
 * missing or non-numeric cell is skipped (the missing row / cell finding says why), and so is one
 * that goes through a blank 总计 cell: a blank 总计 is an empty-cell warning, not a wrong sum (§5.2).
 */

const EPS = 1e-6;

interface Side { readonly cells: (TableCell | undefined)[]; readonly sum: number; readonly incomplete: boolean; readonly blankTotal: boolean }

/** One side of a relation: its cells, their sum, whether one is missing or not a number, whether a 总计 in it is blank. */
function sideOf(relation: Relation, refs: readonly CellRef[], cell: (row: string, column: string) => TableCell | undefined): Side {
  const cells: (TableCell | undefined)[] = [];
  let sum = 0;
  let incomplete = false;
  let blankTotal = false;
  for (const r of refs) {
    const c = cell(r.row, r.column);
    cells.push(c);
    if (c?.value === undefined) { incomplete = true; continue; }
    sum += c.value;
    // A 总计 left blank (or "-") is an empty-cell warning, not a wrong sum: no relation through it is checked.
    if (c.status === 'empty' && relation.kind === 'eq' && (c.row.total || c.column.total)) blankTotal = true;
  }
  return { cells, sum, incomplete, blankTotal };
}

export function evaluateRelations(template: TableTemplate, cell: (row: string, column: string) => TableCell | undefined): RelationResult[] {
  const out: RelationResult[] = [];
  for (const relation of template.relations) {
    const left = sideOf(relation, relation.lhs, cell);
    const right = sideOf(relation, relation.rhs, cell);
    const lhs = left.sum;
    const rhs = right.sum;
    const skipped = left.incomplete || right.incomplete || left.blankTotal || right.blankTotal;
    const holds = relation.kind === 'eq' ? Math.abs(lhs - rhs) < EPS : lhs <= rhs + EPS;
    out.push({ relation, status: skipped ? 'skipped' : holds ? 'holds' : 'fails', lhs, rhs, lhsCells: left.cells, rhsCells: right.cells });
  }
  return out;
}
