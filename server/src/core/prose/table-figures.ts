import type { ReportModel } from '../model/types';
import { blockOfRow, columnSpec, rowSpec, tableTemplate as tableTemplateOf, templateRows } from '../format/tables';
import type { TableId } from '../format/tables';
import { perModel } from '../model/per-model';
import { tableOf } from '../tables/tables-of';
import type { TableCell } from '../tables/types';
import { readingsOf } from './figure-kinds';
import type { FigureKind } from './figure-kinds';

/**
 * The table figure a prose statement is compared with: one cell (本年新收 总计) or the sum of a
 * group's cells (（三）不予公开 = Σ 1…8 总计; 行政诉讼 = 未经复议直接起诉 总计 + 复议后起诉 总计),
 * read through the table engine. Undefined unless every cell was read with a value written in
 * the table (a blank cell is no figure) and none of them is a cell the table's own check names
 * as wrong (then the table rules speak, and the prose may well be right).
 */
export interface TableFigure {
  readonly table: TableId;
  readonly value: number;
  readonly cells: readonly TableCell[];
  /** The row label for messages: the row's short canonical label, or the group's ("（三）不予公开"). */
  readonly row: string;
  /** The column label ("总计", "本年制发件数"). */
  readonly column: string;
  /** Whether the value is a sum of several rows. */
  readonly sum: boolean;
  /** Whether a 总计 left blank was read as the sum of its row's other cells. */
  readonly totalLeftBlank: boolean;
}

interface Source {
  readonly table: TableId;
  /** Row keys (or a group label of table 三 to sum its rows), by table template era. */
  readonly rows: (era: '2019' | '2021') => readonly string[] | undefined;
  readonly column: (era: '2019' | '2021') => string | undefined;
  /** The label of a summed group. */
  readonly group?: string;
}

const T3_TOTAL = { table: '三', column: () => 'total' } as const;
const groupRows = (label: string) => (era: '2019' | '2021'): readonly string[] => {
  const t = tableTemplateOf('三', era);
  return templateRows(t).filter((r) => r.groups?.includes(label) === true || r.label === label).map((r) => r.key);
};

const SOURCES: Readonly<Record<FigureKind, Source>> = {
  received: { ...T3_TOTAL, rows: () => ['new'] },
  carried: { ...T3_TOTAL, rows: () => ['carried'] },
  handled: { ...T3_TOTAL, rows: () => ['total'] },
  'carry-over': { ...T3_TOTAL, rows: () => ['carry-over'] },
  open: { ...T3_TOTAL, rows: () => ['open'] },
  partial: { ...T3_TOTAL, rows: () => ['partial'] },
  granted: { ...T3_TOTAL, rows: () => ['open', 'partial'], group: '（一）予以公开、（二）部分公开' },
  deny: { ...T3_TOTAL, rows: groupRows('（三）不予公开'), group: '（三）不予公开' },
  unable: { ...T3_TOTAL, rows: groupRows('（四）无法提供'), group: '（四）无法提供' },
  reject: { ...T3_TOTAL, rows: groupRows('（五）不予处理'), group: '（五）不予处理' },
  other: { ...T3_TOTAL, rows: groupRows('（六）其他处理'), group: '（六）其他处理' },
  review: { table: '四', rows: () => ['review'], column: () => 'total' },
  suits: { table: '四', rows: () => ['suit-direct', 'suit-after'], column: () => 'total', group: '行政诉讼' },
  'suit-direct': { table: '四', rows: () => ['suit-direct'], column: () => 'total' },
  'suit-after': { table: '四', rows: () => ['suit-after'], column: () => 'total' },
  'rules-issued': { table: '二', rows: () => ['rules'], column: (era) => (era === '2021' ? 'issued' : 'made') },
  'normative-issued': { table: '二', rows: () => ['normative'], column: (era) => (era === '2021' ? 'issued' : 'made') },
  // 2019's 对外公开总数量 is not 现行有效, and it has no 废止 column.
  'rules-in-force': { table: '二', rows: () => ['rules'], column: (era) => (era === '2021' ? 'in-force' : undefined) },
  'normative-in-force': { table: '二', rows: () => ['normative'], column: (era) => (era === '2021' ? 'in-force' : undefined) },
  'rules-repealed': { table: '二', rows: () => ['rules'], column: (era) => (era === '2021' ? 'repealed' : undefined) },
  'normative-repealed': { table: '二', rows: () => ['normative'], column: (era) => (era === '2021' ? 'repealed' : undefined) },
};

/** Whether a cell holds a figure the report wrote: a number, or an explicit "-", "无", "/" for 0 (not a blank). */
function written(c: TableCell | undefined): c is TableCell & { value: number } {
  return c?.value !== undefined && (c.status === 'ok' || (c.status === 'empty' && c.text !== ''));
}

function blank(c: TableCell | undefined): boolean {
  return c?.status === 'empty' && c.text.trim() === '';
}

/** The read table a figure comes from. */
type ReadTable = NonNullable<ReturnType<typeof tableOf>>;

/**
 * A row's figure in a column: the cell as written; or, for a 总计 cell left blank (some bodies
 * fill 总计 only on rows 一, 二, （七） and 四, spec §5.2), the sum of the row's other cells when at
 * least one is written and the rest are blank.
 */
function rowFigure(read: ReadTable, row: string, column: string): { value: number; cells: TableCell[]; added: boolean } | undefined {
  const cell = read.cell(row, column);
  if (written(cell)) return { value: cell.value, cells: [cell], added: false };
  if (!blank(cell) || columnSpec(read.template, row, column)?.total !== true) return undefined;
  const addends = (blockOfRow(read.template, row)?.columns ?? []).filter((c) => c.total !== true).map((c) => read.cell(row, c.key));
  const filled = addends.filter(written);
  if (filled.length === 0 || !addends.every((c) => written(c) || blank(c))) return undefined;
  return { value: filled.reduce((sum, c) => sum + c.value, 0), cells: filled, added: true };
}

/**
 * The figure of each kind, read once per model: table-mismatch asks for the same few kinds for
 * every statement and for every reading of it (issue 17: that was a third of the rule's work).
 */
export function tableFigure(model: ReportModel, kind: FigureKind): TableFigure | undefined {
  const figures = figuresOf(model);
  if (figures.has(kind)) return figures.get(kind);
  const figure = readFigure(model, kind);
  figures.set(kind, figure);
  return figure;
}

/** The figures read so far, by kind (undefined too: a figure the tables cannot give is not read again). */
const figuresOf = perModel((): Map<FigureKind, TableFigure | undefined> => new Map());

function readFigure(model: ReportModel, kind: FigureKind): TableFigure | undefined {
  const source = SOURCES[kind];
  const read = tableOf(model, source.table);
  if (!read) return undefined;
  const rows = source.rows(read.template.era);
  const column = source.column(read.template.era);
  const firstRow = rows?.[0];
  if (!rows || firstRow === undefined || !column) return undefined;
  const figures = rows.map((r) => rowFigure(read, r, column));
  if (!figures.every((f) => f !== undefined)) return undefined;
  const cells = figures.flatMap((f) => f.cells);
  const loc = read.localisation;
  const suspect = loc.kind === 'unique' ? loc.fixes.map((f) => f.cell) : loc.kind === 'ambiguous' ? loc.candidates.flat().map((f) => f.cell) : [];
  if (cells.some((c) => suspect.includes(c))) return undefined;
  const spec = rowSpec(read.template, firstRow);
  const columnLabel = read.template.blocks.flatMap((b) => b.columns).find((c) => c.key === column)?.label ?? column;
  return {
    table: source.table,
    value: figures.reduce((sum, f) => sum + f.value, 0),
    cells,
    row: source.group ?? spec?.short ?? spec?.label ?? firstRow,
    column: columnLabel,
    sum: source.group !== undefined && rows.length > 1,
    totalLeftBlank: figures.some((f) => f.added),
  };
}

/** A reading of a stated figure (figure-kinds.ts `readingsOf`) with its value in the tables. */
export interface Reading {
  readonly kinds: readonly FigureKind[];
  readonly value: number;
}

/**
 * The readings of a stated figure that the tables can give (every figure of the reading read);
 * the first reading is the figure itself. A statement fits the tables when any of them equals it.
 */
export function tableReadings(model: ReportModel, kind: FigureKind): Reading[] {
  const out: Reading[] = [];
  for (const kinds of readingsOf(kind)) {
    const figures = kinds.map((k) => tableFigure(model, k));
    if (figures.every((f) => f !== undefined)) out.push({ kinds, value: figures.reduce((sum, f) => sum + f.value, 0) });
  }
  return out;
}
