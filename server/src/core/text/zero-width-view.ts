import { FILLER } from './filler';
import { isZeroWidthCode } from './white-space';

/**
 * Web editors leave zero-width characters in what they publish (U+200B before a heading's numeral,
 * after a cell's number; a browser copy keeps them): the clerk sees "三、…" and "2", a regular
 * expression sees neither. The view puts the filler (filler.ts) in their place, same length, so
 * they read as the blanked markup they are. U+FEFF is left as it is: it is already white space to
 * every regular expression and to trim(), and a byte-order mark at the start stays the source's.
 */
const ZERO_WIDTH = /[\u200b-\u200d\u2060]/;

/** The text with its zero-width characters blanked, or the text itself when it has none. */
export function zeroWidthView(text: string): string {
  if (!ZERO_WIDTH.test(text)) return text;
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfeff || !isZeroWidthCode(c)) continue;
    out += text.slice(from, i) + FILLER;
    from = i + 1;
  }
  return out + text.slice(from);
}

const ZERO_WIDTH_ALL = /[\u200b-\u200d\u2060]/g;

/** The text without its zero-width characters (an importer's text, which keeps no source offsets). */
export function withoutZeroWidth(text: string): string {
  return ZERO_WIDTH.test(text) ? text.replace(ZERO_WIDTH_ALL, '') : text;
}
