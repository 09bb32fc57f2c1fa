import type { TableId } from '../../format/tables';
import type { ReportModel } from '../../model/types';
import { tableOf } from '../../tables/tables-of';
import type { TableCell } from '../../tables/types';
import type { Claim, ClaimKind } from '../../prose/claims';
import { claimsOf } from '../../prose/claims';
import type { RelatedLocation, RuleContext } from '../types';

/**
 * What the claim rules share: the cells a claim is held against, read as the table rules read
 * them. A cell counts only when the report wrote a figure in it (a number, or "-"/"无" for 0;
 * never a blank) and the table's own check does not name it as wrong (then the table rules
 * speak, and the prose may well be right).
 */
export interface WrittenCell {
  readonly cell: TableCell & { readonly value: number };
  /** 表三「四、结转下年度继续办理」总计: how the cell is named in messages. */
  readonly label: string;
  /** " 件" for counts, " 万元" for the fee amount, "" for 2019's fee items. */
  readonly unit: string;
}

export function writtenCell(model: ReportModel, table: TableId, row: string, column: string): WrittenCell | undefined {
  const read = tableOf(model, table);
  const cell = read?.cell(row, column);
  if (!read || cell?.value === undefined) return undefined;
  if (!(cell.status === 'ok' || (cell.status === 'empty' && cell.text !== ''))) return undefined;
  const loc = read.localisation;
  const suspect = loc.kind === 'unique' ? loc.fixes.map((f) => f.cell) : loc.kind === 'ambiguous' ? loc.candidates.flat().map((f) => f.cell) : [];
  if (suspect.includes(cell)) return undefined;
  const group = cell.row.groups?.[0];
  const row4 = table === '四' && group !== undefined ? `${group}（${cell.row.label}）` : cell.row.short ?? cell.row.label;
  const unit = table !== '二' ? ' 件' : column === 'fee-amount' ? ' 万元' : '';
  return { cell: cell as TableCell & { value: number }, label: `表${table}「${row4}」${cell.column.short ?? cell.column.label}`, unit };
}

/** The claims of one kind. */
export function claimsOfKind(model: ReportModel, kind: ClaimKind): Claim[] {
  return claimsOf(model).filter((c) => c.kind === kind);
}

/** The cells as related locations, each with its value. */
export function cellsRelated(t: RuleContext['t'], cells: readonly WrittenCell[]): RelatedLocation[] {
  return cells.map((c) => ({ range: c.cell.range, message: t('prose/claim.cell', { cell: c.label, value: c.cell.value, unit: c.unit }) }));
}

/** "表三「四、结转下年度继续办理」总计为 14 件、…" */
export function cellsSaid(t: RuleContext['t'], cells: readonly WrittenCell[]): string {
  return cells.map((c) => t('prose/claim.cell', { cell: c.label, value: c.cell.value, unit: c.unit })).join(t('prose/claim.and'));
}

/** The quoted claim as written in the document. */
export function quoted(model: ReportModel, claim: Claim): string {
  return model.text.slice(claim.range.start, claim.range.end).replace(/\s+/g, '');
}
