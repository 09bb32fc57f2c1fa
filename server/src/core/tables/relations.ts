import type { CellRef, TableTemplate } from '../spec/tables';
import type { RelationResult, TableCell } from './types';

/**
 * Evaluates the relations of a template (format spec §5) on the cells read. A relation with a
 * missing or non-numeric cell is skipped (the missing row / cell finding says why), and so is one
 * whose single total cell is blank: a blank 总计 is an empty-cell warning, not a wrong sum (§5.2).
 */

const EPS = 1e-6;

export function evaluateRelations(template: TableTemplate, cell: (row: string, column: string) => TableCell | undefined): RelationResult[] {
  const out: RelationResult[] = [];
  for (const relation of template.relations) {
    const get = (r: CellRef): TableCell | undefined => cell(r.row, r.column);
    const lhsCells = relation.lhs.map(get);
    const rhsCells = relation.rhs.map(get);
    const sum = (cells: readonly (TableCell | undefined)[]): number => cells.reduce((s, c) => s + (c?.value ?? 0), 0);
    const lhs = sum(lhsCells);
    const rhs = sum(rhsCells);
    const incomplete = [...lhsCells, ...rhsCells].some((c) => c === undefined || c.value === undefined);
    const blankTotal = relation.kind === 'eq' && lhsCells[0]?.status === 'empty';
    const holds = relation.kind === 'eq' ? Math.abs(lhs - rhs) < EPS : lhs <= rhs + EPS;
    out.push({ relation, status: incomplete || blankTotal ? 'skipped' : holds ? 'holds' : 'fails', lhs, rhs, lhsCells, rhsCells });
  }
  return out;
}
