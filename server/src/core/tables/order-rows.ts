import type { TableTemplate } from '../format/tables';
import { evaluateRelations } from './relations';
import type { ReadRow, TableCell, UnreadRow } from './types';

/**
 * Rows recovered from the reading by order where the reading by label left them unread: plain
 * pdftotext (flow order) can print the last line of a wrapped label, or the next row's label,
 * between a row's numbers ("四、结转 119 24 102 4 5 / 理其政府信息公开申请 / 3.其他 / 57 / 311"),
 * so the labels no longer say which numbers are whose, while the numbers themselves still come
 * in the table's order. The reading by order (every number, in text order, to the template's
 * cells in order) is taken for the unread rows only when the text vouches for it:
 * - the reading by label and the reading by order agree, cell for cell (the same text), on every
 *   row the labels read: wherever the labels could check the order, it is the table's;
 * - each row taken from the order has an equality of its own (R3-3: the applicants' columns add
 *   up to the total) that holds with the numbers the order gives it.
 * A row with no equality of its own (table 二) or whose own equality fails stays unread. The
 * equalities across rows are not required: a real error in a column (the planted errors of a
 * sample) stays for the localiser to name, as it would in any other layout.
 * Linear in the table's cells.
 */

export interface ByLabel {
  readonly rows: readonly ReadRow[];
  readonly cells: readonly TableCell[];
  readonly unread: readonly UnreadRow[];
}

const keyOf = (row: string, column: string): string => `${row}|${column}`;

/** Whether the order gives every row read by label exactly the cells its label gave it. */
function orderAgrees(byLabel: ByLabel, inOrder: ReadonlyMap<string, TableCell>): boolean {
  const perRow = new Map<string, number>();
  for (const c of byLabel.cells) {
    const o = inOrder.get(keyOf(c.row.key, c.column.key));
    if (o?.range.start !== c.range.start || o.range.end !== c.range.end) return false;
    perRow.set(c.row.key, (perRow.get(c.row.key) ?? 0) + 1);
  }
  // A row read with fewer cells than the order gives it (a blank the label reading had not) is no agreement.
  const given = new Map<string, number>();
  for (const c of inOrder.values()) given.set(c.row.key, (given.get(c.row.key) ?? 0) + 1);
  return byLabel.rows.every((r) => perRow.get(r.spec.key) === given.get(r.spec.key));
}

/** The unread rows whose own equality holds with the cells the order gives them. */
function vouchedRows(template: TableTemplate, unread: ReadonlySet<string>, inOrder: ReadonlyMap<string, TableCell>): Set<string> {
  const vouched = new Set<string>();
  const failed = new Set<string>();
  const results = evaluateRelations(template, (row, column) => inOrder.get(keyOf(row, column)));
  for (const r of results) {
    if (r.relation.kind !== 'eq' || r.relation.soft) continue;
    const rows = new Set([...r.relation.lhs, ...r.relation.rhs].map((c) => c.row));
    const [only] = rows;
    if (rows.size !== 1 || only === undefined || !unread.has(only)) continue;
    if (r.status === 'holds') vouched.add(only);
    else failed.add(only);
  }
  for (const f of failed) vouched.delete(f);
  return vouched;
}

/**
 * The reading by label with the unread rows the order vouches for filled in from `inOrder`
 * (the reading by order, all cells of the template); undefined when it recovers none.
 */
export function recoverByOrder(template: TableTemplate, byLabel: ByLabel, inOrder: readonly TableCell[]): ByLabel | undefined {
  if (byLabel.unread.length === 0) return undefined;
  const ordered = new Map(inOrder.map((c) => [keyOf(c.row.key, c.column.key), c]));
  if (!orderAgrees(byLabel, ordered)) return undefined;
  const unreadKeys = new Set(byLabel.unread.map((u) => u.spec.key));
  const vouched = vouchedRows(template, unreadKeys, ordered);
  if (vouched.size === 0) return undefined;
  const cells = [...byLabel.cells, ...inOrder.filter((c) => vouched.has(c.row.key))];
  const rows = [...byLabel.rows];
  for (const u of byLabel.unread) {
    if (!vouched.has(u.spec.key) || rows.some((r) => r.spec === u.spec)) continue;
    const own = inOrder.filter((c) => c.row === u.spec);
    rows.push({ spec: u.spec, labelRange: u.range, found: own.length, expected: own.length });
  }
  const position = new Map(template.blocks.flatMap((b) => b.rows).map((r, i) => [r.key, i]));
  rows.sort((a, b) => (position.get(a.spec.key) ?? 0) - (position.get(b.spec.key) ?? 0));
  return { rows, cells, unread: byLabel.unread.filter((u) => !vouched.has(u.spec.key)) };
}
