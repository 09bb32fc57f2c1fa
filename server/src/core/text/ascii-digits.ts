/**
 * The text with full-width digits (０–９, typed with a Chinese input method: "２０２３年") as ASCII
 * digits, same length: the readers of years and dates (title, statistics period, 落款) read it, so
 * a report dated in full-width digits gets its year, and with it its era, like any other.
 */
const FULL_WIDTH_DIGIT = /[０-９]/g;

export function asciiDigits(text: string): string {
  return text.replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 48));
}
