import type { CodeLens, Position, Range } from 'vscode-languageserver';
import type { CellKind, TableId } from '../core/format/tables';
import { formatMessage } from '../core/i18n/messages';
import type { Locale } from '../core/i18n/messages';
import { totalsFromDetails } from '../core/rules/table/drafting';
import type { Finding, Severity } from '../core/rules/types';
import { tablesOf } from '../core/tables/tables-of';
import type { ReadTable, TableCell } from '../core/tables/types';
import type { Analysis } from '../core/analyze';
import { toRange } from './convert';
import { officialForm } from './table-view-form';
import type { FormSlot } from './table-view-form';
import { OPEN_TABLE_VIEW_COMMAND } from './requests';

/*
 * The table view (表格视图): a statistical table of part 二/三/四 as its official printed form
 * (table-view-form.ts), each cell with its text in the document, its range there, the table
 * findings at it and, for a total cell, the value its details add up to (the core's
 * `totalsFromDetails`: the relations, not a second arithmetic). The client renders it in a webview
 * and writes an edited cell back as a versioned text edit of the cell's range: the document stays
 * the source of truth. Its request and command names are in requests.ts, which the client imports
 * without pulling in the core.
 */

/** Which table: the nth (0-based) table `id` of the document. */
export interface TableRef { readonly uri: string; readonly id: TableId; readonly nth: number }
/** A table by reference, or the table at a position (the command palette, the outline's selection). */
export type TableViewParams = { readonly uri: string; readonly id: TableId; readonly nth: number } | { readonly uri: string; readonly position: Position };

export interface ViewCell {
  readonly kind: 'value';
  /** `row/column`: what the webview sends back with an edit. */
  readonly key: string;
  readonly colspan: number;
  readonly label: string;
  readonly cellKind: CellKind;
  readonly total: boolean;
  /** The cell's text in the document; undefined: the document has no such cell. */
  readonly text?: string;
  readonly range?: Range;
  /** The worst severity of the table findings at the cell. */
  readonly severity?: Severity;
  readonly messages: readonly string[];
  /** For a total cell whose details add up to another value: that value. */
  readonly computed?: number;
}
export interface ViewLabel { readonly kind: 'label'; readonly text: string; readonly colspan: number; readonly rowspan: number }
export interface ViewLine { readonly kind: 'heading' | 'header' | 'data'; readonly cells: readonly (ViewCell | ViewLabel)[] }

export interface TableView {
  readonly ref: TableRef;
  /** The document version the ranges are offsets of (every edit carries it). */
  readonly version: number;
  readonly title: string;
  readonly lines: readonly ViewLine[];
  /** The tables of the document, for switching. */
  readonly tables: readonly { readonly ref: TableRef; readonly title: string }[];
  /** Whether a blank cell keeps the columns (Markdown, pipes, tabs, HTML); else a value is required. */
  readonly blankAllowed: boolean;
  readonly summary: string;
  readonly problems: number;
  /** The view's own wording, in the report's locale (the webview has no strings of its own). */
  readonly ui: Readonly<Record<'hint' | 'missingCell' | 'computed' | 'needValue' | 'badValue' | 'kindCount' | 'kindSigned' | 'kindAmount' | 'panel' | 'readOnly' | 'stale', string>>;
}
export type TableViewResult = TableView | { readonly problem: string };

const SEVERITY_ORDER: readonly Severity[] = ['info', 'warning', 'error'];
/** Layouts where a blank cell stays a cell (the others split at spaces: a blank would shift the columns). */
const BLANK_KEEPING: readonly string[] = ['markdown', 'pipes', 'tabs', 'html'];

function refsOf(tables: readonly ReadTable[], uri: string): Located[] {
  const seen = new Map<TableId, number>();
  return tables.map((table) => {
    const nth = seen.get(table.id) ?? 0;
    seen.set(table.id, nth + 1);
    return { table, ref: { uri, id: table.id, nth } };
  });
}

interface Located { readonly table: ReadTable; readonly ref: TableRef }

/** The table at the position, or the one named by id and index; a Chinese message when there is none. */
function locateTable(all: readonly Located[], params: TableViewParams, offsetAt: (p: Position) => number, locale: Locale): Located | { problem: string } {
  if ('position' in params) {
    const offset = offsetAt(params.position);
    return all.find(({ table }) => offset >= table.range.start && offset <= table.range.end) ?? { problem: formatMessage(locale, 'editor/table-view.none') };
  }
  return all.find(({ ref }) => ref.id === params.id && ref.nth === params.nth) ?? { problem: formatMessage(locale, 'editor/table-view.gone', { table: params.id }) };
}

/** The worst severity among the findings (undefined when there are none). */
function worstOf(found: readonly Finding[]): Severity | undefined {
  return found.reduce<Severity | undefined>((worst, f) => (worst === undefined || SEVERITY_ORDER.indexOf(f.severity) > SEVERITY_ORDER.indexOf(worst) ? f.severity : worst), undefined);
}

/** One value slot of the official form: its label, kind, the cell read there with its table findings and the total computed from its details. */
function valueCell(analysis: Analysis, table: ReadTable, computed: ReadonlyMap<TableCell, number>, slot: Extract<FormSlot, { kind: 'value' }>): ViewCell {
  const { model, locale } = analysis;
  const cell = table.cell(slot.ref.row, slot.ref.column);
  const spec = table.template.blocks.find((b) => b.rows.some((r) => r.key === slot.ref.row));
  const row = spec?.rows.find((r) => r.key === slot.ref.row);
  const column = spec?.columns.find((c) => c.key === slot.ref.column);
  const label = formatMessage(locale, 'editor/table-view.cell', { row: row?.short ?? row?.label ?? slot.ref.row, column: column?.short ?? column?.label ?? slot.ref.column });
  const base = { kind: 'value' as const, key: `${slot.ref.row}/${slot.ref.column}`, colspan: slot.colspan, label, cellKind: column?.kind ?? 'count', total: row?.total === true || column?.total === true };
  if (!cell) return { ...base, messages: [] };
  const found = analysis.findings.filter((f) => f.rule.startsWith('table/') && f.range.start >= cell.range.start && f.range.end <= cell.range.end && f.range.start <= cell.range.end);
  const severity = worstOf(found);
  const sum = computed.get(cell);
  return {
    ...base,
    text: cell.text,
    range: toRange(model, cell.range),
    ...(severity === undefined ? {} : { severity }),
    messages: found.map((f) => f.message),
    ...(sum !== undefined && sum !== cell.value ? { computed: sum } : {}),
  };
}

/** The view's own wording (the webview has no strings of its own). */
function wordingOf(locale: Locale): TableView['ui'] {
  const ui = (key: Parameters<typeof formatMessage>[1]) => formatMessage(locale, key);
  return {
    hint: ui('editor/table-view.hint'),
    missingCell: ui('editor/table-view.missing-cell'),
    computed: ui('editor/table-view.computed'),
    needValue: ui('editor/table-view.need-value'),
    badValue: ui('editor/table-view.bad-value'),
    kindCount: ui('editor/table-view.kind.count'),
    kindSigned: ui('editor/table-view.kind.signed'),
    kindAmount: ui('editor/table-view.kind.amount'),
    panel: ui('editor/table-view.panel'),
    readOnly: ui('editor/table-view.read-only'),
    stale: ui('editor/table-view.stale'),
  };
}

/** The table view of the table asked for, or a Chinese message saying why there is none. */
export function tableView(analysis: Analysis, version: number, params: TableViewParams, offsetAt: (p: Position) => number): TableViewResult {
  const { model, locale } = analysis;
  const all = analysis.checked ? refsOf(tablesOf(model), params.uri) : [];
  const found = locateTable(all, params, offsetAt, locale);
  if ('problem' in found) return found;
  const { table, ref } = found;
  const computed = totalsFromDetails(table);
  const lines = officialForm(table.template).map((line): ViewLine => ({
    kind: line.kind,
    cells: line.slots.map((slot): ViewCell | ViewLabel => (slot.kind === 'label' ? slot : valueCell(analysis, table, computed, slot))),
  }));
  // A cell counts once as a problem, by its worst finding (infos do not count).
  const problems = lines.flatMap((l) => l.cells).filter((c) => c.kind === 'value' && (c.severity === 'error' || c.severity === 'warning')).length;
  const titleOf = (t: ReadTable) => formatMessage(locale, 'editor/table-view.title', { table: t.id, title: t.template.title });
  return {
    ref,
    version,
    title: titleOf(table),
    lines,
    tables: all.map((x) => ({ ref: x.ref, title: titleOf(x.table) })),
    blankAllowed: BLANK_KEEPING.includes(table.layout),
    summary: problems === 0 ? formatMessage(locale, 'editor/table-view.ok') : formatMessage(locale, 'editor/table-view.problems', { count: problems }),
    problems,
    ui: wordingOf(locale),
  };
}

/** "在表格视图中编辑" above each table of parts 二/三/四 that the table engine read. */
export function tableViewLenses(analysis: Analysis, uri: string): CodeLens[] {
  if (!analysis.checked) return [];
  const { model, locale } = analysis;
  return refsOf(tablesOf(model), uri).map(({ table, ref }) => {
    const line = model.sourceLines.positionAt(table.range.start).line;
    return {
      range: { start: { line, character: 0 }, end: { line, character: 0 } },
      command: { title: formatMessage(locale, 'editor/table-view.lens'), command: OPEN_TABLE_VIEW_COMMAND, arguments: [ref] },
    };
  });
}
