import type { OffsetRange } from './line-index';

/**
 * Tables as grids of cells with their place in the text: what every table layout reader produces
 * and what structured sources (an HTML parser, a Word or PDF importer) hand over ready-made. Kept at
 * the text layer so the model (table blocks) and the importers can name them without depending on
 * the table engine.
 */

/**
 * One cell as a layout reader found it. `covered` marks a place spanned by a merged cell
 * (Markdown `<`/`^`, HTML colspan/rowspan). `col` is the grid column when the layout has real
 * columns (Markdown, tabs, HTML), absent for layouts that are a stream of cells (scraped, PDF text).
 */
export interface GridCell {
  /** The cell's text, trimmed, tags and entities removed. */
  readonly text: string;
  /** The trimmed text in the document; an empty range at the cell's place when blank. */
  readonly range: OffsetRange;
  readonly covered: boolean;
  readonly col?: number | undefined;
}

/** One physical row of a layout: a line (Markdown, tabs, scraped, PDF text) or a <tr>. */
export interface GridRow {
  readonly cells: readonly GridCell[];
  /** Whether `col` of the cells is meaningful. */
  readonly positional: boolean;
  /**
   * Cells are the whitespace-separated words of a text line (PDF text, plain text): a blank cell
   * left no trace, and a word among numbers is a piece of a wrapped label, never a cell value.
   */
  readonly words?: boolean | undefined;
}

/**
 * A table that arrives already structured (an HTML <table> read by the HTML parser, a Word table, a
 * table rebuilt from PDF positions): its rows are read as they are, never re-parsed from text.
 */
export interface PresetTable {
  /** The table's place in the text (an HTML <table> element, or its Markdown rendering for Word/PDF). */
  readonly range: OffsetRange;
  /** Rows with real columns; merged cells expanded into covered cells (`covered`, `col` set). Cell ranges are offsets in the text. */
  readonly rows: readonly GridRow[];
  /** Where the grid came from (named in messages). */
  readonly layout: 'html' | 'docx' | 'doc' | 'pdf';
}
