import { sentencesOf } from '../../prose/sentences';
import type { Rule } from '../types';
import type { Slip } from './occurrences';
import { isChineseText, isHan, reportSlips } from './occurrences';

/** Half-width marks and the full-width marks Chinese text uses instead (GB/T 15834). */
const FULL_WIDTH: Readonly<Record<string, string>> = { ',': '，', ';': '；', ':': '：', '(': '（', ')': '）' };
/** Longest run inside half-width brackets taken as one pair. */
const MAX_BRACKETED = 80;
/** The full-width marks a text must use elsewhere for its half-width ones to be slips. */
const FULL_WIDTH_MARKS: readonly number[] = ['，', '；', '：', '（', '）'].map((m) => m.charCodeAt(0));
const MIN_FULL_WIDTH = 3;
const [COMMA, SEMICOLON, COLON, OPEN] = [',', ';', ':', '('].map((m) => m.charCodeAt(0));
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff]/;

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
    const slips: Slip[] = [];
    const add = (at: number): void => {
      const mark = text.charAt(at);
      const full = FULL_WIDTH[mark];
      if (full !== undefined) slips.push({ range: { start: at, end: at + 1 }, args: { mark, full }, edits: [{ range: { start: at, end: at + 1 }, newText: full }] });
    };
    for (const s of sentencesOf(model)) {
      if (s.range.start < from) continue;
      for (let i = s.range.start; i < s.range.end; i++) {
        const code = text.charCodeAt(i);
        // Most characters are none of the marks looked for (, ; : and the opening bracket): no one-character string for them.
        if (code !== COMMA && code !== SEMICOLON && code !== COLON && code !== OPEN) continue;
        const c = text.charAt(i);
        if (c === ',' || c === ';' || c === ':') {
          if (isChineseText(neighbour(text, i, -1)) && isChineseText(neighbour(text, i, 1))) add(i);
        } else if (c === '(') {
          const close = text.indexOf(')', i + 1);
          if (close < 0 || close >= s.range.end || close - i > MAX_BRACKETED) continue;
          const inner = text.slice(i + 1, close);
          if (inner.includes('(') || /https?:|www\./i.test(inner) || text.charAt(i - 1) === ']') continue;
          if (HAN.test(inner) || isHan(neighbour(text, i, -1))) {
            add(i);
            add(close);
          }
          i = close;
        }
      }
    }
    reportSlips({ t, report }, slips, {
      one: 'prose/half-width-punctuation', many: 'prose/half-width-punctuation.many', another: 'prose/half-width-punctuation.another',
      fix: 'prose/half-width-punctuation.fix', fixAll: 'prose/half-width-punctuation.fix-all',
    }, true);
  },
};

/** At least MIN_FULL_WIDTH full-width marks in [from, end): counted up to that, with no copy of the text. */
function usesFullWidth(text: string, from: number, end: number): boolean {
  let count = 0;
  for (let i = from; i < end; i++) {
    if (FULL_WIDTH_MARKS.includes(text.charCodeAt(i)) && ++count >= MIN_FULL_WIDTH) return true;
  }
  return false;
}

/** The nearest character before (-1) or after (+1) `at` on the same line, skipping spaces. */
function neighbour(text: string, at: number, step: -1 | 1): string | undefined {
  for (let i = at + step; i >= 0 && i < text.length; i += step) {
    const c = text.charAt(i);
    if (c === '\n' || c === '\r') return undefined;
    if (c !== ' ' && c !== '\t' && c !== '\u3000') return c;
  }
  return undefined;
}
