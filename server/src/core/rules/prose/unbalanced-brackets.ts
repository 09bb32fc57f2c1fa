import type { ReportModel } from '../../model/types';
import { foldedTextOf } from '../../prose/fold';
import { nonProseRanges } from '../../prose/sentences';
import type { OffsetRange } from '../../text/line-index';
import type { Rule } from '../types';
import type { Slip } from './occurrences';
import { firstAtOrAfter, positionsOfUnits, reportSlips, unitClass } from './occurrences';

interface Pair {
  readonly open: string;
  readonly close: string;
  /** Whether the pair nests inside itself: brackets do, and so does 《》 in practice (《关于…《条例》…的通知》); quotes do not (‘’ nest inside “”), so “…“ is a slip. */
  readonly nests: boolean;
  /** The longest span, in Chinese characters (pinyin annotations, digits and spaces not counted), a pair of this kind covers in a report. */
  readonly maxSpan: number;
  readonly openCode: number;
  readonly closeCode: number;
}

/** In folded prose （） reads as (), so a full-width bracket closed by a half-width one is balanced (half-width-punctuation speaks of it). */
const makePair = (open: string, close: string, nests: boolean, maxSpan: number): Pair => ({ open, close, nests, maxSpan, openCode: open.charCodeAt(0), closeCode: close.charCodeAt(0) });
const PAIRS: readonly Pair[] = [makePair('《', '》', true, 120), makePair('“', '”', false, 300), makePair('(', ')', true, 300)];

/** Any mark of the pairs: where nothing is open, the scan jumps from one to the next. */
const PAIR_MARKS = unitClass(PAIRS.map((p) => p.open + p.close).join(''));

/** A closing bracket that numbers a list item ("1)", "一)", "a)") at the start of a clause. */
const LIST_MARKER = /(^|[\s,;:。、])[0-9一二三四五六七八九十a-zA-Z]{1,3}$/;

/**
 * 《》, “” and （） that are opened and never closed, or closed and never opened, within a stretch
 * of prose (headings and tables end it). An opening mark counts as unclosed only when its kind's
 * longest span passes without the closing one (quotations and titles are short), so that a line
 * broken in a scraped page is no finding; at the end of the text (a cut-off copy) it is no finding
 * either. List markers "1)" are not brackets. Straight quotes (") are ambiguous and not read.
 */
export const unbalancedBrackets: Rule = {
  meta: { id: 'prose/unbalanced-brackets', title: '书名号、引号或括号不成对', category: 'prose', defaultSeverity: 'info', fixable: false },
  check({ model, t, report }) {
    const folded = foldedTextOf(model);
    const slips: Slip[] = [];
    const regions = proseRegions(model);
    const marks = positionsOfUnits(PAIR_MARKS, folded, regions[0]?.start ?? folded.length);
    for (const region of regions) slips.push(...unbalanced(folded, model.text, region, marks));
    slips.sort((a, b) => a.range.start - b.range.start);
    reportSlips({ t, report }, slips, { one: 'prose/unbalanced-brackets', many: 'prose/unbalanced-brackets.many', another: 'prose/unbalanced-brackets.another' }, false);
  },
};

/** An opening mark waiting for its close: where it is and how many Chinese characters preceded it in the region. */
interface Opening { readonly at: number; readonly hanBefore: number }

/**
 * One pass over the region for all pairs (issue 17: the typical check spent 7 % here when each pair
 * walked the text and bumped a counter on every open mark at every Chinese character). The span of
 * an open mark is the running count of Chinese characters minus the count when it opened. While
 * no mark is open the count matters to nothing, so the scan jumps to the next mark (`marks`, the
 * ascending positions of every mark in the text) instead of visiting every character.
 */
function unbalanced(folded: string, text: string, region: OffsetRange & { readonly last: boolean }, marks: readonly number[]): Slip[] {
  const out: Slip[][] = PAIRS.map(() => []);
  const open: Opening[][] = PAIRS.map(() => []);
  const unclosed = (k: number, pair: Pair, at: number): void => { out[k]?.push({ range: { start: at, end: at + 1 }, args: { mark: text.charAt(at), missing: closeOf(text.charAt(at), pair) } }); };
  let han = 0;
  let opened = 0;
  for (let i = region.start; i < region.end; i++) {
    if (opened === 0) i = marks[firstAtOrAfter(marks, i)] ?? region.end;
    if (i >= region.end) break;
    const code = folded.charCodeAt(i);
    if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf)) han++;
    for (let k = 0; k < PAIRS.length; k++) {
      const pair = PAIRS[k];
      const stack = open[k];
      if (pair === undefined || stack === undefined) continue;
      const first = stack[0];
      if (first && han - first.hanBefore > pair.maxSpan) {
        unclosed(k, pair, first.at);
        stack.shift();
        opened--;
      }
      if (code === pair.openCode) {
        const last = stack.at(-1);
        if (!pair.nests && last) {
          // 《…《 or “…“: the first is not closed.
          unclosed(k, pair, last.at);
          stack.pop();
          opened--;
        }
        // The opening mark itself is not Han, so the count so far is its baseline.
        stack.push({ at: i, hanBefore: han });
        opened++;
      } else if (code === pair.closeCode) {
        if (stack.length > 0) {
          stack.pop();
          opened--;
        } else if (!(pair.close === ')' && LIST_MARKER.test(folded.slice(Math.max(region.start, i - 6), i)))) {
          out[k]?.push({ range: { start: i, end: i + 1 }, args: { mark: text.charAt(i), missing: openOf(text.charAt(i), pair) } });
        }
      }
    }
  }
  // Open at a heading or table: unclosed; open at the very end of the text: perhaps a cut-off copy.
  if (!region.last) PAIRS.forEach((pair, k) => { for (const o of open[k] ?? []) unclosed(k, pair, o.at); });
  return out.flat();
}

const closeOf = (mark: string, pair: Pair): string => (mark === '（' ? '）' : pair.close);
const openOf = (mark: string, pair: Pair): string => (mark === '）' ? '（' : pair.open);

/** The stretches of prose between the title, headings and tables, up to the end of the content. */
function proseRegions(model: ReportModel): (OffsetRange & { readonly last: boolean })[] {
  const holes = nonProseRanges(model);
  const end = Math.min(model.contentEnd, model.text.length);
  const out: (OffsetRange & { last: boolean })[] = [];
  let at = model.title?.range.end ?? model.preamble.start;
  for (const h of holes) {
    if (h.end <= at) continue;
    if (h.start >= end) break;
    if (h.start > at) out.push({ start: at, end: h.start, last: false });
    at = h.end;
  }
  if (at < end) out.push({ start: at, end, last: true });
  return out;
}
