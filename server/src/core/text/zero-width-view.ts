import { FILLER } from './filler';

/**
 * Web editors leave zero-width characters in what they publish (U+200B before a heading's numeral,
 * after a cell's number; a browser copy keeps them): the clerk sees "三、…" and "2", a regular
 * expression sees neither. The view puts the filler (filler.ts) in their place, same length, so
 * they read as the blanked markup they are. U+FEFF is left as it is: it is already white space to
 * every regular expression and to trim(), and a byte-order mark at the start stays the source's.
 */
const ZERO_WIDTH = /[\u200b-\u200d\u2060]/;
const ZERO_WIDTH_ALL = /[\u200b-\u200d\u2060]/g;

/** The text with its zero-width characters blanked (one filler each: same length), or the text itself when it has none. */
export function zeroWidthView(text: string): string {
  return ZERO_WIDTH.test(text) ? text.replace(ZERO_WIDTH_ALL, FILLER) : text;
}

/** The text without its zero-width characters (a table cell's text, an importer's text: no source offsets kept). */
export function withoutZeroWidth(text: string): string {
  return ZERO_WIDTH.test(text) ? text.replace(ZERO_WIDTH_ALL, '') : text;
}
