/**
 * The character a readable view (html-view.ts, pinyin-view.ts) puts where the source holds
 * something that is not text: a tag, a comment, an entity's remaining characters, a pinyin
 * annotation, page chrome. U+2008 PUNCTUATION SPACE is a space to every regular expression (`\s`,
 * `trim()`, label normalisation drop it), so tolerant matching reads across a blanked tag as
 * across a space; unlike a typed space it never ends a heading or splits a word, because code
 * that must tell them apart asks `isFiller`. It does not occur in reports.
 */
export const FILLER = '\u2008';
const FILLER_CODE = 0x2008;

export function isFiller(code: number): boolean {
  return code === FILLER_CODE;
}

const FILLERS = /\u2008+/g;

/** The text without the filler (a title or a quote shown to the user). */
export function withoutFiller(text: string): string {
  return text.includes(FILLER) ? text.replace(FILLERS, '') : text;
}
