import type { MessageArgs, MessageKey } from '../../i18n/messages';
import type { RelationId } from '../../format/tables';
import type { RelationResult, ReadTable, TableCell } from '../../tables/types';
import type { FindingData, RelatedLocation } from '../types';

/** Words shared by the table rules: where a cell is, what a relation adds up, finding data. */

export type Translate = (key: MessageKey, args?: MessageArgs) => string;

/** 表三「（七）总计」行「自然人」列 / 表四「行政复议」的「总计」 */
export function whereOf(t: Translate, table: ReadTable, cell: TableCell): string {
  if (table.id === '四') return t('table/where.case', { row: cell.row.label, column: cell.column.label });
  return t('table/where.cell', { table: table.id, row: cell.row.label, column: cell.column.label });
}

export function shownValue(t: Translate, cell: TableCell): string {
  return cell.text === '' ? t('table/value.blank') : cell.text;
}

/** The CLI data of a cell finding: table, canonical row and column, value found, value expected. */
export function cellData(table: ReadTable, cell: TableCell, expected: number): FindingData {
  return { table: table.id, row: cell.row.label, column: cell.column.label, found: cell.status === 'ok' ? cell.value ?? null : null, expected };
}

const R4: ReadonlySet<RelationId> = new Set(['R4-1', 'R4-2', 'R4-3']);

/** "按{basis}应为…": what the relation adds up, seen from its total cell. */
export function basisOf(t: Translate, id: RelationId): string {
  if (R4.has(id)) return t('table/basis.R4');
  if (id === 'R3-1' || id === 'R3-2' || id === 'R3-3') return t(`table/basis.${id}`);
  return id;
}

/** "与{check}不符": the relation seen from one of its detail cells. */
export function checkOf(t: Translate, id: RelationId): string {
  if (R4.has(id)) return t('table/check.R4');
  if (id === 'R3-1' || id === 'R3-2' || id === 'R3-3') return t(`table/check.${id}`);
  return id;
}

/**
 * The cells a relation adds up, as related locations (the cell itself left out): the ones that are
 * not 0, then one entry "其余 N 项为 0" (at the first of them) instead of a list of 21 zeros.
 */
export function relatedOf(t: Translate, r: RelationResult, except?: TableCell): RelatedLocation[] {
  const out: RelatedLocation[] = [];
  const zeros: TableCell[] = [];
  for (const c of [...r.lhsCells, ...r.rhsCells]) {
    if (!c || c === except) continue;
    if (c.value === 0) zeros.push(c);
    else out.push({ range: c.range, message: t('table/related.cell', { row: c.row.label, column: c.column.label, value: c.value ?? c.text }) });
  }
  const [firstZero] = zeros;
  if (firstZero) out.push({ range: firstZero.range, message: t('table/related.zeros', { count: zeros.length }) });
  return out;
}

/** Relations that sum up to a total (R3-2, R3-3, R4-x) explain a total best; R3-1 last. */
const PREFERENCE: readonly RelationId[] = ['R3-2', 'R3-3', 'R4-1', 'R4-2', 'R4-3', 'R3-1'];

export function byPreference(a: RelationResult, b: RelationResult): number {
  return PREFERENCE.indexOf(a.relation.id) - PREFERENCE.indexOf(b.relation.id);
}

/** The failing relations a cell takes part in, the ones it is the total of first. */
export function relationsOfCell(table: ReadTable, cell: TableCell, status: RelationResult['status'] = 'fails'): RelationResult[] {
  return table.relations
    .filter((r) => r.status === status && !r.relation.soft && (r.lhsCells.includes(cell) || r.rhsCells.includes(cell)))
    .sort((a, b) => Number(b.lhsCells[0] === cell) - Number(a.lhsCells[0] === cell) || byPreference(a, b));
}

/** The relation that makes `cell` the sum of its details (R3-2, R3-3, R4-x), whatever its status. */
export function sumOf(table: ReadTable, cell: TableCell): RelationResult | undefined {
  return table.relations.find((r) => r.relation.kind === 'eq' && !r.relation.soft && r.lhsCells.length === 1 && r.lhsCells[0] === cell);
}
