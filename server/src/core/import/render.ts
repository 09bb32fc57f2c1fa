import { withoutZeroWidth } from '../text/zero-width-view';
import type { OffsetRange } from '../text/line-index';
import type { GridCell, GridRow, PresetTable } from '../text/grid';
import type { ImportedReport, ImportNotice, SourceLocation } from './types';

/**
 * The Markdown rendering every importer shares: a document read into paragraphs and tables
 * becomes the text the core checks and the editor shows (headings as `#` lines, paragraphs
 * parted by blank lines, tables as Markdown tables with `<` / `^` where a merged cell covers a
 * place), the tables as preset grids whose cell ranges are the cells' text in the rendering, and
 * a map from every stretch of the rendering back to its paragraph or table cell.
 */

export interface RenderParagraph {
  readonly kind: 'paragraph';
  /** The text as shown (a line break inside the paragraph as \n). */
  readonly text: string;
  /** 0 for the title, 1–6 for headings; absent for body text. */
  readonly heading?: number;
  readonly location: SourceLocation;
}

export interface RenderCell {
  readonly text: string;
  /** A place covered by a merged cell: by the cell to its left (`<`) or above (`^`). */
  readonly covered?: 'left' | 'up';
  /** 0-based grid column. */
  readonly column: number;
}

export interface RenderTable {
  readonly kind: 'table';
  readonly rows: readonly (readonly RenderCell[])[];
  /** 1-based number of the table in the document (for locations). */
  readonly table: number;
  /** Whether the grid's columns are real (Word tables) or only the cells' order is known (.doc text). */
  readonly positional: boolean;
}

export type RenderBlock = RenderParagraph | RenderTable;

interface Segment {
  readonly start: number;
  readonly end: number;
  /** undefined: the stretch has no place a person could find (a cell of a table whose structure was lost). */
  readonly location: SourceLocation | undefined;
}

/** Cell text as one Markdown table cell: no line breaks, pipes escaped. */
function cellMarkdown(text: string): string {
  // Each line break with the spaces around it becomes one space (lines of spaces only vanish); split
  // and trimmed rather than /\s*\n\s*/g, which is quadratic in a long run of spaces (regexp/no-super-linear-move).
  const lines = text.split('\n');
  const joined = lines.length === 1 ? text : lines.map((l, i) => (i === 0 ? l.trimEnd() : i === lines.length - 1 ? l.trimStart() : l.trim())).filter((l, i) => l !== '' || i === 0 || i === lines.length - 1).join(' ');
  return joined.replace(/\|/g, '\\|');
}

/** A paragraph's lines, trimmed (full-width indentation too), blank lines dropped. */
function paragraphLines(text: string): string[] {
  return text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
}

/** Renders blocks into an ImportedReport; `notices` are passed through. */
export function renderReport(blocks: readonly RenderBlock[], layout: PresetTable['layout'], notices: readonly ImportNotice[] = []): ImportedReport {
  let text = '';
  const segments: Segment[] = [];
  const tables: PresetTable[] = [];
  const append = (s: string): void => { text += s; };
  const separate = (): void => { if (text !== '') append('\n\n'); };

  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      const lines = paragraphLines(block.text);
      if (lines.length === 0) continue;
      separate();
      const start = text.length;
      // A heading is one Markdown line: a title broken by a manual line break is joined again.
      if (block.heading !== undefined) append(`${'#'.repeat(Math.min(6, block.heading + 1))} ${lines.join('')}`);
      else append(lines.join('\n'));
      segments.push({ start, end: text.length, location: block.location });
      continue;
    }
    if (block.rows.length === 0) continue;
    separate();
    const tableStart = text.length;
    const rows: GridRow[] = [];
    if (!block.positional) {
      // Only the cells' order is known: one cell per line, "text |", as text scraped from a web page
      // reads (the Markdown draft is then read the same way as the rendering).
      block.rows.forEach((row, r) => {
        for (const cell of row) {
          if (r > 0 || cell !== row[0]) append('\n');
          const at = text.length;
          const shown = cellMarkdown(cell.text.trim());
          append(`${shown} |`);
          rows.push({ cells: [{ text: withoutZeroWidth(cell.text).replace(/\s+/g, ' ').trim(), range: { start: at, end: at + shown.length }, covered: false }], positional: false });
          segments.push({ start: at, end: text.length, location: undefined });
        }
      });
      tables.push({ range: { start: tableStart, end: text.length }, rows, layout });
      continue;
    }
    block.rows.forEach((row, r) => {
      if (r > 0) append('\n');
      const cells: GridCell[] = [];
      append('|');
      for (const cell of row) {
        const cellStart = text.length;
        append(' ');
        const shown = cell.covered === 'left' ? '<' : cell.covered === 'up' ? '^' : cellMarkdown(cell.text.trim());
        const at = text.length;
        append(shown);
        const range: OffsetRange = { start: at, end: at + shown.length };
        append(' |');
        cells.push({ text: cell.covered ? '' : withoutZeroWidth(cell.text).replace(/\s+/g, ' ').trim(), range, covered: cell.covered !== undefined, ...(block.positional ? { col: cell.column } : {}) });
        segments.push({ start: cellStart, end: text.length, location: { kind: 'cell', table: block.table, row: r + 1, column: cell.column + 1 } });
      }
      rows.push({ cells, positional: block.positional });
      // Markdown wants a delimiter row under the first row; the table readers skip it.
      if (r === 0) append(`\n|${' --- |'.repeat(Math.max(1, row.length))}`);
    });
    tables.push({ range: { start: tableStart, end: text.length }, rows, layout });
  }
  if (text !== '') append('\n');
  return { text, tables, notices, locate: (range) => locateIn(segments, range) };
}

/** The location of the stretch holding `range.start` (or the next one, for a blank line between blocks). */
function locateIn(segments: readonly Segment[], range: OffsetRange): SourceLocation | undefined {
  let lo = 0;
  let hi = segments.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid];
    if (s === undefined) break;
    if (s.start <= range.start) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  const at = segments[found];
  if (at && range.start < at.end) return at.location;
  const next = segments[found + 1];
  return next ? next.location : at?.location;
}
