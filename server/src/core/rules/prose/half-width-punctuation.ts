import { sentencesOf } from '../../prose/sentences';
import { isFiller } from '../../text/filler';
import type { Rule } from '../types';
import type { UnitSlip } from './occurrences';
import { firstAtOrAfter, positionsOfUnits, reportSlips, unitClass, UnitSlips } from './occurrences';

/** Half-width marks and the full-width marks Chinese text uses instead (GB/T 15834). */
const FULL_WIDTH: Readonly<Record<string, string>> = { ',': '，', ';': '；', ':': '：', '(': '（', ')': '）' };
/** Longest run inside half-width brackets taken as one pair. */
const MAX_BRACKETED = 80;
/** The full-width marks a text must use elsewhere for its half-width ones to be slips. */
const FULL_WIDTH_MARKS: readonly number[] = ['，', '；', '：', '（', '）'].map((m) => m.charCodeAt(0));
const MIN_FULL_WIDTH = 3;
/** The marks a slip starts at: , ; : and the opening bracket (its closing one is looked for from there). */
const MARKS = unitClass(',;:(');
const [OPEN, CLOSE, COLON, DOT, SPACE, TAB, IDEOGRAPHIC_SPACE, LF, CR] = ['(', ')', ':', '.', ' ', '\t', '\u3000', '\n', '\r'].map((m) => m.charCodeAt(0));
/** Chinese punctuation that stands where a Chinese character would (a closing 》 before a comma, an opening “ after one). */
const CHINESE_MARKS: readonly number[] = ['《', '》', '“', '”', '‘', '’', '（', '）', '【', '】', '〔', '〕', '、', '。', '，', '；', '：', '！', '？'].map((m) => m.charCodeAt(0));
/** A slip's message arguments and replacement per mark, made once (findings copy the arguments into their data). */
const SLIPS: Readonly<Record<string, UnitSlip>> = Object.fromEntries(
  Object.entries(FULL_WIDTH).map(([mark, full]) => [mark, { args: { mark, full }, newText: full }]),
);
const NO_MARK: UnitSlip = { args: { mark: '', full: '' }, newText: '' };
/** The slip of a half-width mark: its arguments and its full-width form. */
const slipOfMark = (mark: string): UnitSlip => SLIPS[mark] ?? NO_MARK;

/**
 * Half-width , ; : ( ) inside Chinese text, where GB/T 15834 has ，；：（）. A comma, semicolon or
 * colon counts between two Chinese characters (so 1,234, 10:30 and URLs never do); brackets as a
 * pair around Chinese text or right after it ("《条例》(以下简称…)"), never a Markdown link's
 * "](…)" or a bracketed address. Headings, tables and the page header above the title are not
 * read. Only a text that uses the full-width marks elsewhere is judged: a text with none at all
 * was converted as a whole (a web page copied through Unicode NFKC normalisation turns every ，
 * into ","), and the author's text cannot be known from it. Many slips give one finding, not
 * hundreds; the fix turns every mark into its full-width form (only punctuation changes: safe).
 */
export const halfWidthPunctuation: Rule = {
  meta: { id: 'prose/half-width-punctuation', title: '中文中使用半角标点', category: 'prose', defaultSeverity: 'info', fixable: true },
  check({ model, t, report }) {
    const text = model.text;
    const from = model.title?.range.end ?? model.preamble.start;
    if (!usesFullWidth(text, from, model.contentEnd)) return;
    const marks = positionsOfUnits(MARKS, text, from);
    const slips = new UnitSlips(text, slipOfMark);
    for (const s of sentencesOf(model)) {
      if (s.range.start < from) continue;
      for (let k = firstAtOrAfter(marks, s.range.start), next = -1; k < marks.length; k++) {
        const at = marks[k] ?? text.length;
        if (at >= s.range.end) break;
        if (at < next) continue;
        const close = text.charCodeAt(at) === OPEN ? bracketSlips(text, at, s.range.end, slips) : -1;
        if (close >= 0) next = close + 1;
        else if (text.charCodeAt(at) !== OPEN && isChineseText(neighbour(text, at, -1)) && isChineseText(neighbour(text, at, 1))) slips.push(at);
      }
    }
    reportSlips({ t, report }, slips, {
      one: 'prose/half-width-punctuation', many: 'prose/half-width-punctuation.many', another: 'prose/half-width-punctuation.another',
      fix: 'prose/half-width-punctuation.fix', fixAll: 'prose/half-width-punctuation.fix-all',
    }, true);
  },
};

/**
 * Where half-width ( ... ) is a slip: the pair is closed within the sentence and MAX_BRACKETED,
 * holds no other (, no address, is no Markdown link's "](…)", and holds or follows Chinese text.
 * Returns the closing bracket when the pair was read (the scan goes on after it), else -1.
 */
function bracketSlips(text: string, open: number, sentenceEnd: number, slips: UnitSlips): number {
  const last = Math.min(sentenceEnd, open + MAX_BRACKETED + 1);
  let close = -1;
  let nested = false;
  let han = false;
  let maybeAddress = false;
  for (let i = open + 1; i < last && close < 0; i++) {
    const code = text.charCodeAt(i);
    if (code === CLOSE) close = i;
    else if (code === OPEN) nested = true;
    else if (isHanCode(code)) han = true;
    else if (code === COLON || code === DOT) maybeAddress = true;
  }
  if (close < 0) return -1;
  if (nested || (maybeAddress && /https?:|www\./i.test(text.slice(open + 1, close))) || text.charAt(open - 1) === ']') return -1;
  if (han || isHanCode(neighbour(text, open, -1))) {
    slips.push(open);
    slips.push(close);
  }
  return close;
}

/** At least MIN_FULL_WIDTH full-width marks in [from, end): counted up to that, with no copy of the text. */
function usesFullWidth(text: string, from: number, end: number): boolean {
  let count = 0;
  for (let i = from; i < end; i++) {
    if (FULL_WIDTH_MARKS.includes(text.charCodeAt(i)) && ++count >= MIN_FULL_WIDTH) return true;
  }
  return false;
}

/** The code of the nearest character before (-1) or after (+1) `at` on the same line, skipping spaces and filler; -1 when there is none. */
function neighbour(text: string, at: number, step: -1 | 1): number {
  for (let i = at + step; i >= 0 && i < text.length; i += step) {
    const c = text.charCodeAt(i);
    if (c === LF || c === CR) return -1;
    // Blanked markup (a page's "中文<span>,</span>中文", text/filler.ts) stands between nothing.
    if (c !== SPACE && c !== TAB && c !== IDEOGRAPHIC_SPACE && !isFiller(c)) return c;
  }
  return -1;
}

/** CJK ideographs (the unified block and extension A). */
function isHanCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

/** A Chinese character or the Chinese punctuation that stands where one would. */
function isChineseText(c: number): boolean {
  return isHanCode(c) || CHINESE_MARKS.includes(c);
}
