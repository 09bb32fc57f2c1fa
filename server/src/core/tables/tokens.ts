import type { GridCell, GridRow } from './types';
import { normalizedLabel } from './labels';
import { isEmptyMarker, looksNumeric } from './values';

/** One cell of a grid row as the fitter sees it: a label, a value (number or blank), or a covered place. */
export interface Tok {
  readonly cell: GridCell;
  /** Index of its grid row. */
  readonly row: number;
  readonly positional: boolean;
  /** From a row of whitespace-separated words (GridRow.words). */
  readonly words: boolean;
  /** Normalised text ('' for values and covered cells). */
  readonly norm: string;
  readonly numeric: boolean;
  /** Blank or an empty marker ("-", "—", "/", "无"). */
  readonly empty: boolean;
}

export function tokensOf(rows: readonly GridRow[]): Tok[][] {
  return rows.map((r, i) => r.cells.map((cell): Tok => {
    const numeric = !cell.covered && cell.text !== '' && looksNumeric(cell.text);
    const empty = !cell.covered && !numeric && isEmptyMarker(cell.text);
    return { cell, row: i, positional: r.positional, words: r.words === true, norm: numeric || empty || cell.covered ? '' : normalizedLabel(cell.text), numeric, empty };
  }));
}

export const isText = (t: Tok): boolean => !t.cell.covered && !t.numeric && !t.empty;
export const isValue = (t: Tok): boolean => !t.cell.covered && (t.numeric || t.empty);

/** A value token made from part of a cell (digits run together by a crawler, split again). */
export function partToken(of: Tok, text: string, start: number): Tok {
  return { ...of, cell: { text, range: { start, end: start + text.length }, covered: false, col: undefined }, norm: '', numeric: true, empty: false };
}

/** A blank value at a place (a cell that a layout left no trace of). */
export function blankToken(at: number, row: number): Tok {
  return { cell: { text: '', range: { start: at, end: at }, covered: false }, row, positional: false, words: true, norm: '', numeric: false, empty: true };
}
