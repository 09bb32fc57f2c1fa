import { FILLER, isFiller } from './filler';

/**
 * Texts that the readers of numbers, years and dates read instead of the view, same length, each
 * digit near its own offset.
 */

const FULL_WIDTH_DIGIT = /[０-９]/g;

/**
 * Full-width digits (０–９, typed with a Chinese input method: "２０２３年") as ASCII digits: a
 * report dated in full-width digits gets its year, and with it its era, like any other.
 */
export function asciiDigits(text: string): string {
  return text.replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 48));
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/**
 * The digits of one number kept together where markup split it: Word saves a run edited inside a
 * number as "1</span><span>2月31日", which the HTML view blanks to "1" + filler + "2月31日" (a 1 and
 * a 2月31日). Each run of filler between two digits is moved before the digits that precede it
 * ("FFF12月31日"): the number reads whole and ends where it ends in the source; it starts up to
 * the markup's length early, inside the markup, so a fix over it is dropped by the HTML view's fix
 * check (editor/view-fixes.ts), never applied to markup. For HTML views only: a plain text's filler
 * (a zero-width space) carries no such check. One pass, linear.
 */
export function digitsAcrossMarkup(text: string): string {
  if (!text.includes(FILLER)) return text;
  let out = '';
  // Emitted up to `from`; the digits of the number being read, from `digits`, are held back
  // while filler between digits is written before them.
  let from = 0;
  let digits = -1;
  let held = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      if (digits < 0) digits = i;
      continue;
    }
    if (digits >= 0 && isFiller(c)) {
      let j = i;
      while (j < text.length && isFiller(text.charCodeAt(j))) j++;
      if (j < text.length && isDigit(text.charCodeAt(j))) {
        out += text.slice(from, digits) + text.slice(i, j);
        held += text.slice(digits, i);
        from = j;
        digits = j;
        i = j - 1;
        continue;
      }
    }
    if (held !== '') {
      out += held;
      held = '';
    }
    digits = -1;
  }
  return out + held + text.slice(from);
}
