import type { Part } from '../model/types';
import type { CellKind, ColumnSpec, Relation, RowSpec, TableEra, TableId, TableTemplate } from '../format/tables';
import type { GridCell, GridRow, PresetTable } from '../text/grid';
import type { OffsetRange } from '../text/line-index';
import type { TextLayoutName } from '../model/table-layouts';

export type { GridCell, GridRow, PresetTable };

/** How a table was pasted (model/table-layouts.ts), or where its preset grid came from (PresetTable). */
export type GridLayout = TextLayoutName | 'html' | 'labels' | PresetTable['layout'];

/**
 * Why rows could not be read: glued, digits run together that cut more than one way (or none)
 * under the relations; short, fewer numbers than columns where blank cells leave no trace; long,
 * more numbers than columns; order, numbers apart from their labels that do not fit the rows
 * between; flat-short / flat-long, table 四 with fewer or more numbers than its 15 (none or several
 * choices of 15 fitting its totals).
 */
export type UnreadableReason = 'glued' | 'short' | 'long' | 'order' | 'flat-short' | 'flat-long';

/** A row of the template whose label was found but whose cells could not be read with certainty. */
export interface UnreadRow {
  readonly spec: RowSpec;
  /** The row's label, or the numbers that could not be placed. */
  readonly range: OffsetRange;
  readonly reason: UnreadableReason;
  /** For table 四: how many numbers were read. */
  readonly count?: number | undefined;
}

/** A row written with the other template's wording of the same row (规范性文件 in a 2021 table). */
export interface LabelVariant {
  readonly row: RowSpec;
  readonly label: string;
  readonly range: OffsetRange;
}

/** ok; empty: blank, "-", "—", "/", "无" (counts as 0, warning); invalid: not a number; negative / fraction: not allowed by the cell kind. */
export type CellStatus = 'ok' | 'empty' | 'invalid' | 'negative' | 'fraction';

export interface ParsedValue {
  readonly status: CellStatus;
  /** The number (0 for empty cells); undefined when invalid. */
  readonly value: number | undefined;
}

export interface TableCell {
  readonly row: RowSpec;
  readonly column: ColumnSpec;
  readonly kind: CellKind;
  readonly text: string;
  readonly range: OffsetRange;
  readonly status: CellStatus;
  /** The value used by the relations: the number, 0 for empty cells, undefined for invalid ones. */
  readonly value: number | undefined;
}

export interface ReadRow {
  readonly spec: RowSpec;
  /** The row label as written (the last label cell). */
  readonly labelRange: OffsetRange;
  /** How many value cells the row had, against how many columns its block has. */
  readonly found: number;
  readonly expected: number;
}

export interface RelationResult {
  readonly relation: Relation;
  /** skipped: a cell is missing or invalid, or the total cell is blank (an empty-cell warning covers it). */
  readonly status: 'holds' | 'fails' | 'skipped';
  readonly lhs: number;
  readonly rhs: number;
  /** The cells added up on each side (undefined entries: missing cells). */
  readonly lhsCells: readonly (TableCell | undefined)[];
  readonly rhsCells: readonly (TableCell | undefined)[];
}

/** A cell the localisation says is wrong, with the value that makes every relation hold. */
export interface CellFix {
  readonly cell: TableCell;
  readonly expected: number;
}

/**
 * The error localisation (Fellegi–Holt): the smallest sets of cells whose change makes every
 * relation hold. unique: one best set (after preferring totals); ambiguous: several equally good
 * sets (listed); unknown: none found within the search bound (more than 3 wrong cells, or the
 * work cap was reached).
 */
export type Localisation =
  | { readonly kind: 'consistent' }
  | { readonly kind: 'unique'; readonly fixes: readonly CellFix[] }
  | { readonly kind: 'ambiguous'; readonly candidates: readonly (readonly CellFix[])[] }
  | { readonly kind: 'unknown' };

export interface ExtraRow {
  readonly label: string;
  readonly range: OffsetRange;
  readonly duplicate?: RowSpec;
}

export interface MissingColumn {
  readonly column: ColumnSpec;
  /** The block's heading in table 二. */
  readonly block?: string | undefined;
}

/** A table of part 二, 三 or 四 as read from the document. */
export interface ReadTable {
  readonly id: TableId;
  readonly template: TableTemplate;
  readonly era: TableEra;
  /** A label that shows which template the table follows (when it differs from the report's era). */
  readonly eraEvidence?: { readonly label: string; readonly range: OffsetRange } | undefined;
  readonly layout: GridLayout;
  readonly range: OffsetRange;
  /** The part that holds the table, if the report has one. */
  readonly part?: Part | undefined;
  readonly rows: readonly ReadRow[];
  readonly cells: readonly TableCell[];
  /** The cell of (row key, column key), if read. */
  cell(row: string, column: string): TableCell | undefined;
  readonly missingRows: readonly RowSpec[];
  readonly missingColumns: readonly MissingColumn[];
  readonly extraRows: readonly ExtraRow[];
  /** Rows whose label was found but whose cells could not be read with certainty (never guessed). */
  readonly unread: readonly UnreadRow[];
  /** Rows written with the other template's wording. */
  readonly variants: readonly LabelVariant[];
  /** Labels are there but not one cell holds a number: the table was left unfilled. */
  readonly unfilled: boolean;
  /** Table 四 printed as a flat row with a count of numbers other than 15. */
  readonly flatCount?: number | undefined;
  readonly relations: readonly RelationResult[];
  readonly localisation: Localisation;
}

