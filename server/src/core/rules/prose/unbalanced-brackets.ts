import type { ReportModel } from '../../model/types';
import { foldProse } from '../../prose/fold';
import { nonProseRanges } from '../../prose/sentences';
import type { OffsetRange } from '../../text/line-index';
import type { Rule } from '../types';
import type { Slip } from './occurrences';
import { isHan, reportSlips } from './occurrences';

interface Pair {
  readonly open: string;
  readonly close: string;
  /** Whether the pair nests inside itself: brackets do, and so does 《》 in practice (《关于…《条例》…的通知》); quotes do not (‘’ nest inside “”), so “…“ is a slip. */
  readonly nests: boolean;
  /** The longest span, in Chinese characters (pinyin annotations, digits and spaces not counted), a pair of this kind covers in a report. */
  readonly maxSpan: number;
}

/** In folded prose （） reads as (), so a full-width bracket closed by a half-width one is balanced (half-width-punctuation speaks of it). */
const PAIRS: readonly Pair[] = [
  { open: '《', close: '》', nests: true, maxSpan: 120 },
  { open: '“', close: '”', nests: false, maxSpan: 300 },
  { open: '(', close: ')', nests: true, maxSpan: 300 },
];

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
    const folded = foldProse(model.text);
    const slips: Slip[] = [];
    for (const region of proseRegions(model)) {
      for (const pair of PAIRS) slips.push(...unbalanced(folded, model.text, region, pair));
    }
    slips.sort((a, b) => a.range.start - b.range.start);
    reportSlips({ t, report }, slips, { one: 'prose/unbalanced-brackets', many: 'prose/unbalanced-brackets.many', another: 'prose/unbalanced-brackets.another' }, false);
  },
};

function unbalanced(folded: string, text: string, region: OffsetRange & { readonly last: boolean }, pair: Pair): Slip[] {
  const out: Slip[] = [];
  const open: { at: number; span: number }[] = [];
  const unclosed = (at: number): void => { out.push({ range: { start: at, end: at + 1 }, args: { mark: text.charAt(at), missing: closeOf(text.charAt(at), pair) } }); };
  for (let i = region.start; i < region.end; i++) {
    const c = folded.charAt(i);
    if (isHan(c)) for (const o of open) o.span++;
    const first = open[0];
    if (first && first.span > pair.maxSpan) {
      unclosed(first.at);
      open.shift();
    }
    if (c === pair.open) {
      const last = open.at(-1);
      if (!pair.nests && last) {
        // 《…《 or “…“: the first is not closed.
        unclosed(last.at);
        open.pop();
      }
      open.push({ at: i, span: 0 });
    } else if (c === pair.close) {
      if (open.length > 0) open.pop();
      else if (!(pair.close === ')' && LIST_MARKER.test(folded.slice(Math.max(region.start, i - 6), i)))) {
        out.push({ range: { start: i, end: i + 1 }, args: { mark: text.charAt(i), missing: openOf(text.charAt(i), pair) } });
      }
    }
  }
  // Open at a heading or table: unclosed; open at the very end of the text: perhaps a cut-off copy.
  if (!region.last) for (const o of open) unclosed(o.at);
  return out;
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
