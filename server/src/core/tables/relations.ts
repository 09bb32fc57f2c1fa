import type { CellRef, Relation, TableTemplate } from '../format/tables';
import type { RelationResult, TableCell } from './types';

/**
 * Evaluates the relations of a template (format spec §5) on the cells read. A relation with a
 * missing or non-numeric cell is skipped (the missing row / cell finding says why), and so is one
 * that goes through a blank 总计 cell: a blank 总计 is an empty-cell warning, not a wrong sum (§5.2).
 */

const EPS = 1e-6;

interface Side { readonly cells: (TableCell | undefined)[]; readonly sum: number; readonly incomplete: boolean; readonly blankTotal: boolean }

/**
 * The cells the relations of a template refer to, each once, and each relation's sides as indexes
 * into them: table 三's 39 relations name 357 cells but only 175 distinct ones, so each is looked
 * up once per evaluation. Made once per template (templates are static data).
 */
interface RelationCells { readonly refs: readonly CellRef[]; readonly sides: readonly { readonly lhs: Int32Array; readonly rhs: Int32Array }[] }

const RELATION_CELLS = new WeakMap<TableTemplate, RelationCells>();

function relationCells(template: TableTemplate): RelationCells {
  let found = RELATION_CELLS.get(template);
  if (found) return found;
  const refs: CellRef[] = [];
  const indexOf = new Map<string, Map<string, number>>();
  const index = (ref: CellRef): number => {
    let byColumn = indexOf.get(ref.row);
    if (!byColumn) { byColumn = new Map(); indexOf.set(ref.row, byColumn); }
    let i = byColumn.get(ref.column);
    if (i === undefined) { i = refs.length; refs.push(ref); byColumn.set(ref.column, i); }
    return i;
  };
  const sides = template.relations.map((r) => ({ lhs: Int32Array.from(r.lhs, index), rhs: Int32Array.from(r.rhs, index) }));
  found = { refs, sides };
  RELATION_CELLS.set(template, found);
  return found;
}

/** One side of a relation: its cells, their sum, whether one is missing or not a number, whether a 总计 in it is blank. */
function sideOf(relation: Relation, at: Int32Array, cells: readonly (TableCell | undefined)[]): Side {
  const out: (TableCell | undefined)[] = [];
  let sum = 0;
  let incomplete = false;
  let blankTotal = false;
  for (const i of at) {
    const c = cells[i];
    out.push(c);
    if (c?.value === undefined) { incomplete = true; continue; }
    sum += c.value;
    // A 总计 left blank (or "-") is an empty-cell warning, not a wrong sum: no relation through it is checked.
    if (c.status === 'empty' && relation.kind === 'eq' && (c.row.total || c.column.total)) blankTotal = true;
  }
  return { cells: out, sum, incomplete, blankTotal };
}

export function evaluateRelations(template: TableTemplate, cell: (row: string, column: string) => TableCell | undefined): RelationResult[] {
  const { refs, sides } = relationCells(template);
  const cells = refs.map((r) => cell(r.row, r.column));
  const out: RelationResult[] = [];
  template.relations.forEach((relation, i) => {
    const at = sides[i];
    if (!at) return;
    const left = sideOf(relation, at.lhs, cells);
    const right = sideOf(relation, at.rhs, cells);
    const lhs = left.sum;
    const rhs = right.sum;
    const skipped = left.incomplete || right.incomplete || left.blankTotal || right.blankTotal;
    const holds = relation.kind === 'eq' ? Math.abs(lhs - rhs) < EPS : lhs <= rhs + EPS;
    out.push({ relation, status: skipped ? 'skipped' : holds ? 'holds' : 'fails', lhs, rhs, lhsCells: left.cells, rhsCells: right.cells });
  });
  return out;
}
