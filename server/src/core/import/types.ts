import type { OffsetRange } from '../text/line-index';
import type { PresetTable } from '../text/grid';

/**
 * What an importer makes of a file that is not text (Word, PDF, MHTML): a readable rendering the
 * core checks and the editor shows, the tables as structured grids, and where each part of the
 * rendering came from in the original file (for messages a person can follow there).
 */
export interface ImportedReport {
  /** A Markdown rendering: headings and paragraphs as lines, tables as Markdown tables (merged cells as `<` / `^`). */
  readonly text: string;
  /** The tables as structured grids, cell ranges in `text`. */
  readonly tables: readonly PresetTable[];
  /** Where a range of `text` came from in the original file; undefined when it has no single origin. */
  locate(range: OffsetRange): SourceLocation | undefined;
  /** What could not be read (a table that is an image, a .doc whose table structure was lost). */
  readonly notices: readonly ImportNotice[];
}

/** A place in the original file, 1-based as Word and PDF readers count. */
export type SourceLocation =
  | { readonly kind: 'paragraph'; readonly paragraph: number }
  | { readonly kind: 'cell'; readonly table: number; readonly row: number; readonly column: number }
  | { readonly kind: 'page'; readonly page: number; readonly x?: number; readonly y?: number };

/** Something the importer could not read, said once in the finding list (message from the catalogues). */
export interface ImportNotice {
  readonly code: string;
  readonly message: string;
  readonly location?: SourceLocation;
  /** Where in `text` it applies (the placeholder of a picture), when it applies somewhere. */
  readonly range?: OffsetRange;
}

/**
 * Notice code: a statistical table that is a picture (a scanned or pasted image). The core takes
 * the part holding `range` to have its table, unreadable: no missing table, rows or cells there.
 */
export const TABLE_IMAGE_NOTICE = 'table-image';
