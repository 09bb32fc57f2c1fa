import { T2S_PAIRS } from './t2s-table';
import { ownCopy } from './own-copy';

/**
 * Label normalisation (format spec §2.3): NFKC, no whitespace, one quote style, simplified
 * characters, "1．"/"1、" list markers as "1.", known typos fixed. Every comparison of a label
 * from a report with a label of the format goes through here, so that pasted, half-width,
 * split and mirror-site copies all compare equal.
 */

const T2S = new Map<string, string>();
for (let i = 0; i + 1 < T2S_PAIRS.length; i += 2) {
  const [traditional, simplified] = [T2S_PAIRS[i], T2S_PAIRS[i + 1]];
  if (traditional !== undefined && simplified !== undefined) T2S.set(traditional, simplified);
}

const QUOTES = /[“”„‟＂'‘’‚‛「」『』]/g;
const WHITESPACE = /[\s\u00a0\u3000\u200b-\u200d\u2060\ufeff]/;
const KNOWN_TYPOS: readonly [string, string][] = [['钩稽', '勾稽']];

/** normalizeChar is a pure function of one character, called for every character of every label: memoised (bounded by the characters seen). */
const CHAR_CACHE = new Map<string, string>();
const CHAR_CACHE_LIMIT = 65_536;

/** Normalises one character (a UTF-16 unit or surrogate pair); '' for whitespace. */
function normalizeChar(ch: string): string {
  let out = CHAR_CACHE.get(ch);
  if (out === undefined) {
    out = normalizeCharUncached(ch);
    if (CHAR_CACHE.size < CHAR_CACHE_LIMIT) CHAR_CACHE.set(ch, out);
  }
  return out;
}

function normalizeCharUncached(ch: string): string {
  if (WHITESPACE.test(ch)) return '';
  const simplified = T2S.get(ch) ?? ch;
  let out = simplified.normalize('NFKC');
  if (WHITESPACE.test(out)) return '';
  out = out.replace(QUOTES, '"');
  return out;
}

export interface NormalizedText {
  /** The normalised text. */
  readonly text: string;
  /** For each UTF-16 index of `text`, the index of the source character it came from. */
  readonly sourceIndex: Int32Array;
}

/**
 * Normalises `source` and keeps, for each output unit, the offset of the source character it came
 * from, so that a match found in normalised text maps back to a range of the document. O(n).
 */
export function normalizeWithMap(source: string): NormalizedText {
  const parts: string[] = [];
  const index: number[] = [];
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < source.length;
    const ch = pair ? source.slice(i, i + 2) : source.charAt(i);
    const out = normalizeChar(ch);
    // One entry per UTF-16 unit of `out` (a for-of over the string would count code points).
    for (let k = out.length; k > 0; k--) index.push(i);
    parts.push(out);
    if (pair) i++;
  }
  let text = parts.join('');
  text = fixListMarkersAndTypos(text);
  return { text, sourceIndex: Int32Array.from(index) };
}

/** List markers "1、" / "1．" (already "1." after NFKC for the latter) become "1."; typos fixed. Length-preserving. */
function fixListMarkersAndTypos(text: string): string {
  let out = text.replace(/(^|[^\d.])(\d{1,2})、/g, '$1$2.');
  for (const [typo, right] of KNOWN_TYPOS) out = out.split(typo).join(right);
  return out;
}

/**
 * A bounded memo for the label functions: the same headings and labels are compared many times per
 * check and again on every keystroke. Only short strings are kept; the memo is emptied when full.
 * A label is kept as a copy of its own: it is usually cut from a report's text, and V8 keeps a
 * substring as a view into the whole string it was cut from, so the memo kept up to 20,000 texts
 * alive (a report's title is its own; in the CLI, 1,098 of the bench's 10,000 reports were held
 * by it at the end of the run, 5.4 MB; in the editor, a version of the document per heading typed).
 */
function memo(f: (s: string) => string): (s: string) => string {
  const cache = new Map<string, string>();
  return (s) => {
    if (s.length > 200) return f(s);
    let out = cache.get(s);
    if (out === undefined) {
      out = f(s);
      if (cache.size >= 20_000) cache.clear();
      cache.set(ownCopy(s), out);
    }
    return out;
  };
}

/** Normalised form of a label, for comparisons (the same text as normalizeWithMap, without the map). */
export const normalizeLabel = memo((label: string): string => {
  let text = '';
  for (let i = 0; i < label.length; i++) {
    const code = label.charCodeAt(i);
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < label.length;
    text += normalizeChar(pair ? label.slice(i, i + 2) : label.charAt(i));
    if (pair) i++;
  }
  return fixListMarkersAndTypos(text);
});

/** What the loose form of a label leaves out: punctuation and the "的" particle (after normalisation). */
const LOOSE_DROP = /[。.:;,!?：；，！？、"()（）《》<>\-—_*#|的]/g;

/** Normalised label without punctuation and the "的" particle, for loose title comparison. */
export const looseLabel = memo((label: string): string => normalizeLabel(label).replace(LOOSE_DROP, ''));

/** looseLabel with, for each unit of the result, the offset of the source character it came from. */
export function looseWithMap(source: string): NormalizedText {
  const normalized = normalizeWithMap(source);
  const index: number[] = [];
  const text = normalized.text.replace(LOOSE_DROP, '\u0000');
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 0) continue;
    out += text.charAt(i);
    index.push(normalized.sourceIndex[i] ?? 0);
  }
  return { text: out, sourceIndex: Int32Array.from(index) };
}

/** Sørensen–Dice similarity of character bigrams, 0…1. */
export function bigramSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < a.length; i++) {
    const g = a.slice(i, i + 2);
    counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  let shared = 0;
  for (let i = 0; i + 1 < b.length; i++) {
    const g = b.slice(i, i + 2);
    const n = counts.get(g) ?? 0;
    if (n > 0) { shared++; counts.set(g, n - 1); }
  }
  return (2 * shared) / (a.length - 1 + b.length - 1);
}
