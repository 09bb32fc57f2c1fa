import { FILLER } from '../filler';

/**
 * Writes one text node into the view at its place in the source. The parser gives the text
 * decoded (entities resolved, CR LF as LF, NUL as U+FFFD) and the source range it came from;
 * this walks both together so that every visible character lands on the first source character
 * it came from: an entity's character on its '&', the rest of the entity filler.
 */

const FILLER_CODE = FILLER.charCodeAt(0);
const AMPERSAND = 38;
const LESS_THAN = 60;
const CR = 13;
const LF = 10;
const TAB = 9;
const FORM_FEED = 12;

/** The longest text that may be a character reference at `&` (decimal, hex or named; the ';' optional as legacy names allow). */
const REFERENCE = /&(?:#[0-9]{1,8};?|#[xX][0-9a-fA-F]{1,7};?|[A-Za-z][A-Za-z0-9]{0,31};?)/y;
/** The references that stand for '&' itself. */
const AMPERSAND_REFERENCE = /&(?:amp;?|AMP;?|#0*38;?|#[xX]0*26;?)/y;

export interface TextPlacement {
  readonly start: number;
  readonly end: number;
  readonly value: string;
  /** Line breaks and tabs in the text are spacing (HTML's rule), not line ends: written as filler. */
  readonly collapse: boolean;
}

export function writeText(view: Uint16Array, source: string, text: TextPlacement): void {
  const { start, end, value, collapse } = text;
  let i = start;
  let j = 0;
  while (i < end) {
    const c = source.charCodeAt(i);
    const v = j < value.length ? value.charCodeAt(j) : -1;
    if (c === AMPERSAND) {
      const reference = referenceAt(source, i, end, value, j);
      if (reference) {
        for (let k = 0; k < reference.decoded; k++) view[i + k] = value.charCodeAt(j + k);
        i = reference.end;
        j += reference.decoded;
        continue;
      }
    }
    if (c === LESS_THAN && v !== LESS_THAN) {
      // Text the parser joined across a tag it ignored (a stray end tag): the tag stays blank.
      const close = source.indexOf('>', i);
      i = close < 0 || close >= end ? end : close + 1;
      continue;
    }
    if (c === CR) {
      view[i] = collapse ? FILLER_CODE : CR;
      // CR LF is one LF in the decoded text (the LF consumes it); a lone CR is an LF of its own.
      if (source.charCodeAt(i + 1) !== LF) j++;
      i++;
      continue;
    }
    if (collapse && (c === LF || c === TAB || c === FORM_FEED)) view[i] = FILLER_CODE;
    else view[i] = c === v || v < 0 ? c : c === 0 ? v : c;
    i++;
    j++;
  }
}

/**
 * The character reference at source[i] when the decoded text continues there with its
 * character(s): where it ends and how many UTF-16 units it decoded to (a few named references
 * decode to two). The longest reference whose end brings source and decoded text back in step
 * wins, so `&copy2019` reads as `&copy` + `2019`, as a browser reads it.
 */
function referenceAt(source: string, i: number, end: number, value: string, j: number): { end: number; decoded: number } | undefined {
  if (value.charCodeAt(j) === AMPERSAND) {
    AMPERSAND_REFERENCE.lastIndex = i;
    if (!AMPERSAND_REFERENCE.test(source)) return undefined; // a literal '&'
  }
  REFERENCE.lastIndex = i;
  const m = REFERENCE.exec(source);
  if (!m) return undefined;
  for (let k = Math.min(end, i + m[0].length); k > i + 1; k--) {
    for (let decoded = 1; decoded <= 2; decoded++) {
      const next = j + decoded;
      if (next > value.length) continue;
      if (k === end ? next === value.length : inStep(source, k, value, next)) return { end: k, decoded };
    }
  }
  return undefined;
}

/** Whether source[k] and value[j] may be the same character (another reference, a tag or a CR cannot be compared directly). */
function inStep(source: string, k: number, value: string, j: number): boolean {
  const c = source.charCodeAt(k);
  if (c === AMPERSAND || c === LESS_THAN || c === CR) return true;
  return j < value.length && c === value.charCodeAt(j);
}
