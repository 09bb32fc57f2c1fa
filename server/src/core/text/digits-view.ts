import { FILLER, isFiller, withoutFiller } from './filler';

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
 * a 2月31日). In a number whose digit runs only filler separates, the digits are written together
 * from its first digit on and the filler after them ("12FFF月31日"): the number reads whole and
 * starts where it starts in the source; its digits end early, inside the markup, so a fix over them
 * is dropped by the HTML view's fix check (editor/view-fixes.ts), never applied to markup. For HTML
 * views only: a plain text's filler (a zero-width space) carries no such check. One pass, linear.
 */
export function digitsAcrossMarkup(text: string): string {
  if (!text.includes(FILLER)) return text;
  let out = '';
  let from = 0;
  let i = 0;
  while (i < text.length) {
    if (!isDigit(text.charCodeAt(i))) { i++; continue; }
    const start = i;
    let split = false;
    for (;;) {
      while (i < text.length && isDigit(text.charCodeAt(i))) i++;
      let j = i;
      while (j < text.length && isFiller(text.charCodeAt(j))) j++;
      if (j === i || j >= text.length || !isDigit(text.charCodeAt(j))) break;
      split = true;
      i = j;
    }
    if (!split) continue;
    const chain = text.slice(start, i);
    const digits = withoutFiller(chain);
    out += text.slice(from, start) + digits + FILLER.repeat(chain.length - digits.length);
    from = i;
  }
  return out + text.slice(from);
}
