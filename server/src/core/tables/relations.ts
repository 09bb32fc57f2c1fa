import type { CellRef, TableTemplate } from '../format/tables';
import type { RelationResult, TableCell } from './types';

/**
 * Evaluates the relations of a template (format spec §5) on the cells read. A relation with a
 * missing or non-numeric cell is skipped (the missing row / cell finding says why), and so is one
 * that goes through a blank 总计 cell: a blank 总计 is an empty-cell warning, not a wrong sum (§5.2).
 */

const EPS = 1e-6;

export function evaluateRelations(template: TableTemplate, cell: (row: string, column: string) => TableCell | undefined): RelationResult[] {
  const out: RelationResult[] = [];
  for (const relation of template.relations) {
    const side = (refs: readonly CellRef[]): { cells: (TableCell | undefined)[]; sum: number; incomplete: boolean; blankTotal: boolean } => {
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
    };
    const left = side(relation.lhs);
    const right = side(relation.rhs);
    const { cells: lhsCells, sum: lhs } = left;
    const { cells: rhsCells, sum: rhs } = right;
    const skipped = left.incomplete || right.incomplete || left.blankTotal || right.blankTotal;
    const holds = relation.kind === 'eq' ? Math.abs(lhs - rhs) < EPS : lhs <= rhs + EPS;
    out.push({ relation, status: skipped ? 'skipped' : holds ? 'holds' : 'fails', lhs, rhs, lhsCells, rhsCells });
  }
  return out;
}
