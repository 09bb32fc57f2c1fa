import { templateRows } from '../format/tables';
import type { BlockSpec, Relation, RowSpec, TableTemplate } from '../format/tables';
import { evaluateRelations } from './relations';
import type { ReadRow, TableCell, UnreadRow } from './types';

/**
 * Rows recovered from the numbers' order where the reading by label left them unread. Plain
 * pdftotext (flow order) loses the link between labels and numbers in two ways that keep the
 * numbers themselves in the table's order:
 * - a label's last line, or the next row's label, printed between a row's numbers ("四、结转 119
 *   24 102 4 5 / 理其政府信息公开申请 / 3.其他 / 57 / 311"), or a row's numbers before its label;
 * - two or three rows whose wrapped labels stand side by side printed column by column, their
 *   numbers interleaved ("40 / 89 | 256 / 2 | …" for 予以公开 40 256 … and 部分公开 89 2 …).
 * Every number of the table in text order, as many as the template has cells, is given to the
 * rows in template order (each row takes as many as it has columns, so where a row's numbers
 * begin is fixed); a run of rows takes its share either row by row or, for 2–3 rows, column by
 * column. A way of reading the whole table is taken only when the text vouches for every row of it:
 * - a row the labels read gets exactly the cells (the same text) its label gave it;
 * - any other row has an equality of its own (R3-3: the applicants' columns add up to the total)
 *   that holds with the numbers it gets;
 * and only when exactly one way does (counted, not searched: linear in the rows). Otherwise the
 * rows stay unread, never guessed. The equalities across rows are not required of the rows the
 * labels read: a real error in a column (the planted errors of a sample) stays for the localiser
 * to name, as in any layout. They are required of the cells the order gave (see `contradicted`).
 */

export interface ByLabel {
  readonly rows: readonly ReadRow[];
  readonly cells: readonly TableCell[];
  readonly unread: readonly UnreadRow[];
}

/** Rows printed column by column together: at most this many (the label column of a table holds two or three wrapped labels side by side). */
const MAX_INTERLEAVED = 3;
const EPS = 1e-6;



interface Slot { readonly spec: RowSpec; readonly block: BlockSpec; readonly offset: number }

/** A way of reading rows `at`..`at + size - 1`: row by row (size 1) or column by column. */
interface Step { readonly at: number; readonly size: number }

class OrderReading {
  private readonly slots: Slot[] = [];
  private readonly own = new Map<string, Relation[]>();
  private readonly labelled = new Map<string, Map<string, TableCell>>();
  /** Valid readings memoised: `at|size`. */
  private readonly valid = new Map<string, TableCell[] | undefined>();

  constructor(template: TableTemplate, byLabel: ByLabel, private readonly inOrder: readonly TableCell[]) {
    let offset = 0;
    for (const block of template.blocks) {
      for (const spec of block.rows) {
        this.slots.push({ spec, block, offset });
        offset += block.columns.length;
      }
    }
    for (const r of template.relations) {
      if (r.kind !== 'eq' || r.soft) continue;
      const rows = new Set([...r.lhs, ...r.rhs].map((c) => c.row));
      const [only] = rows;
      if (rows.size !== 1 || only === undefined) continue;
      const list = this.own.get(only) ?? [];
      list.push(r);
      this.own.set(only, list);
    }
    const unread = new Set(byLabel.unread.map((u) => u.spec.key));
    for (const c of byLabel.cells) {
      if (unread.has(c.row.key)) continue;
      const row = this.labelled.get(c.row.key) ?? new Map<string, TableCell>();
      row.set(c.column.key, c);
      this.labelled.set(c.row.key, row);
    }
  }

  /** Whether the labels read the row (its cells are the label reading's). */
  isLabelled(key: string): boolean {
    return this.labelled.has(key);
  }

  get rowCount(): number {
    return this.slots.length;
  }

  /** The cells of a step when the text vouches for every row of it, else undefined. */
  cellsOf(step: Step): TableCell[] | undefined {
    const key = `${String(step.at)}|${String(step.size)}`;
    if (this.valid.has(key)) return this.valid.get(key);
    const cells = this.read(step);
    this.valid.set(key, cells);
    return cells;
  }

  private read({ at, size }: Step): TableCell[] | undefined {
    const rows = this.slots.slice(at, at + size);
    const first = rows[0];
    if (first === undefined || rows.length !== size) return undefined;
    const width = first.block.columns.length;
    if (size > 1 && rows.some((r) => r.block.columns.length !== width)) return undefined;
    const out: TableCell[] = [];
    for (const [j, slot] of rows.entries()) {
      const row: TableCell[] = [];
      for (const [c, column] of slot.block.columns.entries()) {
        const source = this.inOrder[size === 1 ? slot.offset + c : first.offset + c * size + j];
        // A number read under another kind of column would be parsed otherwise: not re-keyed.
        if (source?.kind !== column.kind) return undefined;
        row.push(source.row === slot.spec && source.column === column ? source : { ...source, row: slot.spec, column });
      }
      if (!this.vouched(slot.spec, row)) return undefined;
      out.push(...row);
    }
    return out;
  }

  /** The row's cells are those its label gave it, or its own equalities hold with them. */
  private vouched(spec: RowSpec, row: readonly TableCell[]): boolean {
    const labelled = this.labelled.get(spec.key);
    if (labelled) return labelled.size === row.length && row.every((c) => {
      const l = labelled.get(c.column.key);
      return l?.range.start === c.range.start && l.range.end === c.range.end;
    });
    const relations = this.own.get(spec.key) ?? [];
    if (relations.length === 0) return false;
    const value = new Map(row.map((c) => [c.column.key, c]));
    const sum = (refs: Relation['lhs']): number | undefined => {
      let s = 0;
      for (const ref of refs) {
        const c = value.get(ref.column);
        if (c?.value === undefined || c.status === 'empty') return undefined;
        s += c.value;
      }
      return s;
    };
    return relations.every((r) => {
      const lhs = sum(r.lhs);
      const rhs = sum(r.rhs);
      return lhs !== undefined && rhs !== undefined && Math.abs(lhs - rhs) < EPS;
    });
  }
}

/** How many ways (0, 1, or 2 meaning "more than one") read rows from `at` to the end. */
function waysFrom(reading: OrderReading): number[] {
  const n = reading.rowCount;
  const ways = new Array<number>(n + 1).fill(0);
  ways[n] = 1;
  for (let at = n - 1; at >= 0; at--) {
    let w = 0;
    for (let size = 1; size <= MAX_INTERLEAVED && at + size <= n; size++) {
      if (reading.cellsOf({ at, size }) !== undefined) w += ways[at + size] ?? 0;
    }
    ways[at] = Math.min(w, 2);
  }
  return ways;
}

/**
 * The reading by label with its unread rows filled from the numbers' order, when exactly one way
 * of reading the whole table is vouched for by the text (see above); undefined otherwise.
 * `inOrder`: every number of the table in text order, given to the template's cells in order.
 */
export function recoverByOrder(template: TableTemplate, byLabel: ByLabel, inOrder: readonly TableCell[]): ByLabel | undefined {
  if (byLabel.unread.length === 0) return undefined;
  const reading = new OrderReading(template, byLabel, inOrder);
  const ways = waysFrom(reading);
  if (ways[0] !== 1) return undefined;
  const recovered: TableCell[] = [];
  let at = 0;
  while (at < reading.rowCount) {
    let next: { size: number; cells: TableCell[] } | undefined;
    for (let size = 1; size <= MAX_INTERLEAVED && next === undefined; size++) {
      const cells = reading.cellsOf({ at, size });
      if (cells !== undefined && (ways[at + size] ?? 0) > 0) next = { size, cells };
    }
    if (next === undefined) return undefined;
    recovered.push(...next.cells.filter((c) => !reading.isLabelled(c.row.key)));
    at += next.size;
  }
  const taken = new Set(recovered.map((c) => c.row));
  const rows = byLabel.rows.filter((r) => !taken.has(r.spec));
  for (const spec of taken) {
    const own = recovered.filter((c) => c.row === spec);
    const first = own[0];
    const labelRange = byLabel.rows.find((r) => r.spec === spec)?.labelRange ?? byLabel.unread.find((u) => u.spec === spec)?.range ?? (first ? first.range : { start: 0, end: 0 });
    rows.push({ spec, labelRange, found: own.length, expected: own.length });
  }
  const position = new Map(templateRows(template).map((r, i) => [r.key, i]));
  rows.sort((a, b) => (position.get(a.spec.key) ?? 0) - (position.get(b.spec.key) ?? 0));
  const cells = [...byLabel.cells.filter((c) => !taken.has(c.row)), ...recovered];
  return contradicted(template, cells, recovered) ? undefined : { rows, cells, unread: [] };
}

/**
 * Whether the columns show that the order put a row's numbers in the wrong columns. A row's own
 * equality is a sum, so it holds whatever the order of the row's numbers: flow order that printed
 * one of them after the labels ("119 102 4 5 / 四、结转下年度继续办理 / 24 57 311", a Chromium PDF
 * of a page with zero-width spaces) passes it, and only the equalities across rows tell. A row the
 * order gave is contradicted when equalities through it fail and one of its numbers moved to
 * another column makes fewer of them fail: the text's order is then not the table's, and the rows
 * stay unread rather than give errors about numbers the text never put there. When no such move
 * helps, the failures are not the row's order (a real error in a column stays for the localiser).
 */
function contradicted(template: TableTemplate, cells: readonly TableCell[], given: readonly TableCell[]): boolean {
  const byKey = new Map(cells.map((c) => [`${c.row.key}|${c.column.key}`, c]));
  const rows = new Map<RowSpec, TableCell[]>();
  for (const c of given) rows.set(c.row, [...(rows.get(c.row) ?? []), c]);
  for (const [spec, own] of rows) {
    const failing = (values: readonly (number | undefined)[]): number => {
      const value = new Map(own.map((c, i) => [c.column.key, values[i]]));
      const cell = (row: string, column: string): TableCell | undefined => {
        const c = byKey.get(`${row}|${column}`);
        return c && row === spec.key && value.has(column) ? { ...c, value: value.get(column) } : c;
      };
      return evaluateRelations(template, cell).filter((r) => r.status === 'fails' && r.relation.kind === 'eq' && !r.relation.soft && [...r.lhsCells, ...r.rhsCells].some((c) => c?.row === spec)).length;
    };
    const values = own.map((c) => c.value);
    const read = failing(values);
    if (read === 0) continue;
    for (let k = 0; k < values.length; k++) {
      const rest = values.filter((_v, i) => i !== k);
      for (let j = 0; j < values.length; j++) {
        if (j !== k && failing([...rest.slice(0, j), values[k], ...rest.slice(j)]) < read) return true;
      }
    }
  }
  return false;
}
