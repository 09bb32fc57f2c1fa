import { columnSpec, rowSpec, tableTemplate } from '../format/tables';
import type { TableId } from '../format/tables';
import { formatMessage } from '../i18n/messages';
import type { Locale } from '../i18n/messages';
import { hashHex } from './hash';
import type { OfficeFinding, UnitFacts } from './types';

/**
 * 汇总: a government's aggregate report against its units' reports. Every cell of tables 二, 三
 * and 四 of the parent must equal the sum of the same cell (same template row and column) in the
 * children. When a child has no report, or its table could not be read, the sum is incomplete:
 * then a cell is reported only when the parent is below what the children present already add up
 * to (counts and amounts cannot be negative), and the missing child is said once — not a finding
 * per cell for one cause.
 */
export interface AggregateChild {
  /** As named in the configuration or roster. */
  readonly name: string;
  /** Its report, when one of the checked files is it. */
  readonly facts?: UnitFacts;
}

export interface AggregateCell {
  readonly table: TableId;
  /** 「（七）总计 / 自然人」 */
  readonly cell: string;
  readonly parent: number;
  readonly sum: number;
  readonly children: readonly { readonly name: string; readonly value: number | undefined }[];
  /** The sum leaves out children without the figure. */
  readonly partial: boolean;
}

export interface AggregateResult {
  readonly parent: UnitFacts;
  readonly children: readonly AggregateChild[];
  readonly cells: readonly AggregateCell[];
  /** Findings on the parent's report (mismatches, missing children and tables). */
  readonly findings: readonly OfficeFinding[];
  /** How many cells were compared. */
  readonly compared: number;
}

const TABLES: readonly TableId[] = ['二', '三', '四'];

/** Equal up to rounding of amounts (万元 with two decimals). */
function same(a: number, b: number): boolean {
  return Math.abs(a - b) < 0.005;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

export function compareAggregate(parent: UnitFacts, children: readonly AggregateChild[], locale: Locale): AggregateResult {
  const findings: OfficeFinding[] = [];
  const cells: AggregateCell[] = [];
  let compared = 0;
  const id = (rule: string, anchor: string): string => `${rule}:${hashHex(`${rule}|${parent.body ?? parent.path}@${parent.year ?? ''}|${anchor}`)}`;
  const head = { line: 1, column: 1 };
  for (const child of children) {
    if (child.facts) continue;
    findings.push({ rule: 'office/aggregate-missing-child', severity: 'warning', message: formatMessage(locale, 'office/aggregate-missing-child', { name: child.name }), ...head, place: formatMessage(locale, 'office/place.aggregate'), fingerprint: id('office/aggregate-missing-child', child.name) });
  }
  for (const table of TABLES) {
    const era = parent.tables[table];
    if (era === undefined) continue;
    const template = tableTemplate(table, era);
    const present = children.filter((c) => c.facts?.tables[table] !== undefined);
    for (const child of children) {
      if (!child.facts || child.facts.tables[table] !== undefined) continue;
      findings.push({ rule: 'office/aggregate-missing-table', severity: 'info', message: formatMessage(locale, 'office/aggregate-missing-table', { name: child.name, table }), ...head, place: formatMessage(locale, 'office/label.table', { table }), fingerprint: id('office/aggregate-missing-table', `${child.name}/${table}`) });
    }
    const tableIncomplete = present.length < children.length;
    for (const [key, at] of Object.entries(parent.cells)) {
      if (!key.startsWith(`${table}/`)) continue;
      const [, rowKey = '', columnKey = ''] = key.split('/');
      const column = columnSpec(template, rowKey, columnKey);
      const row = rowSpec(template, rowKey);
      if (!column || !row) continue;
      const values = children.map((c) => ({ name: c.name, value: c.facts?.tables[table] !== undefined ? c.facts.cells[key]?.value : undefined }));
      const known = values.filter((v): v is { name: string; value: number } => v.value !== undefined);
      const sum = round(known.reduce((s, v) => s + v.value, 0));
      const partial = tableIncomplete || known.length < children.length;
      compared++;
      // Incomplete: only a parent below the children present is surely wrong (本年增/减 can be negative: not judged).
      const wrong = partial ? column.kind !== 'signed' && at.value < sum - 0.005 : !same(at.value, sum);
      if (!wrong) continue;
      const label = `${row.label} / ${column.label}`;
      const list = values.map((v) => `${v.name} ${v.value === undefined ? '—' : String(v.value)}`).join('、');
      cells.push({ table, cell: label, parent: at.value, sum, children: values, partial });
      findings.push({
        rule: 'office/aggregate-mismatch', severity: 'error',
        message: formatMessage(locale, partial ? 'office/aggregate-mismatch.partial' : 'office/aggregate-mismatch', { table, cell: label, parent: at.value, sum, children: list }),
        line: at.line, column: at.column,
        place: `${formatMessage(locale, 'office/label.table', { table })}「${label}」`,
        fingerprint: id('office/aggregate-mismatch', key),
      });
    }
  }
  return { parent, children, cells, findings, compared };
}
