import type { ReportModel } from '../model/types';
import type { OffsetRange } from '../text/line-index';
import { findQuantities } from './quantities';
import type { Quantity } from './quantities';
import { sentencesOf } from './sentences';
import type { Sentence } from './sentences';
import { perModel } from '../model/per-model';
import { bracketsAt, nestedBracketCursor, topLevelClauses, topLevelIndexOf } from './brackets';
import { isWhiteSpaceCode } from '../text/white-space';

/**
 * A stated total and its parts: "公开信息3940条，其中：行政审批信息141条；…". Also
 * "…25条，在主动公开的信息中，工作动态信息5条，…" and a sentence opening with 其中 whose
 * previous sentence states exactly one count.
 */
export interface Breakdown {
  readonly total: Quantity;
  /** The 其中 / 在…中 marker. */
  readonly marker: OffsetRange;
  /** From the end of the marker to the end of the last part. */
  readonly partsRange: OffsetRange;
  /** One entry per clause that states a count. */
  readonly parts: readonly BreakdownPart[];
  /** Whether the list ends with 等 (…等N条): a list that does not claim to be complete. */
  readonly openEnded: boolean;
  /** The sentence the parts are in. */
  readonly sentence: OffsetRange;
}

export interface BreakdownPart {
  /** The counts of the clause in the total's unit ("价格和收费信息23条、减税降费信息24条" has two). */
  readonly counts: readonly Quantity[];
  /** Counts in other units when the clause has none in the total's unit ("专访视频15期"): maybe a part, maybe not. */
  readonly others: readonly Quantity[];
  /** "占…X%" following the clause's last count, with the words between 占 and the figure. */
  readonly percent?: { readonly quantity: Quantity; readonly base: string } | undefined;
  readonly range: OffsetRange;
}

/** The breakdowns stated in the report's prose (computed once per model). */
export const breakdownsOf = perModel((model: ReportModel): readonly Breakdown[] => {
  const sentences = sentencesOf(model);
  // A loop, not flatMap: nearly every sentence gives none, and flatMap's generic flattening cost more than the search (issue 17).
  const out: Breakdown[] = [];
  let previous: Sentence | undefined;
  for (const sentence of sentences) {
    for (const b of findBreakdowns(sentence, previous)) out.push(b);
    previous = sentence;
  }
  return out;
});

const MARKER = /其中|在[^\d,;:()。]{1,24}?中(?=[,:])/g;
/** Both forms of the marker contain 中: a sentence without it has none (most sentences), and one unit is found faster than the pattern runs. */
const MARKER_UNIT = '中';
const NONE: readonly Breakdown[] = [];

/**
 * One pass per sentence however many markers it has (issue 17: a sentence with thousands of 其中
 * was quadratic): the brackets are scanned once for all markers, the quantities are walked with a
 * cursor (they come in text order and do not overlap), and each marker's parts are read between it
 * and the next marker only.
 */
function findBreakdowns(sentence: Sentence, previous: Sentence | undefined): readonly Breakdown[] {
  const text = sentence.text;
  if (!text.includes(MARKER_UNIT)) return NONE;
  MARKER.lastIndex = 0;
  let m = MARKER.exec(text);
  // Most sentences have no marker: their numbers are not read at all, and no list is made for them.
  if (!m) return NONE;
  const base = sentence.range.start;
  const out: Breakdown[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (; m; m = MARKER.exec(text)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  const quantities = findQuantities(text, base);
  const closes = bracketsAt(text, starts).close;
  // Where the sentence's first word starts (a marker at or before it opens the sentence), read when needed.
  let opening = -1;
  let before = 0;
  for (let k = 0; k < starts.length; k++) {
    const start = starts[k] ?? 0;
    const end = ends[k] ?? 0;
    for (let q = quantities[before]; q && q.range.end - base <= start; q = quantities[++before]);
    let total = before > 0 ? quantities[before - 1] : undefined;
    if (!total && previous) {
      if (opening < 0) opening = firstWordAt(text);
      if (start <= opening) total = onlyCount(previous);
    }
    if (total?.kind !== 'count') continue;
    // Where the parts end: the bracket the marker opens into, the next marker, or the sentence end.
    let limit = text.length;
    const closing = closes[k] ?? -1;
    if (closing >= 0) limit = closing;
    const nextMarker = starts[k + 1];
    if (nextMarker !== undefined && nextMarker < limit) limit = nextMarker;
    let parts = findParts(text, base, end, limit, quantities, total.unit);
    // Parts listed with "，" end at the next "；" (the sentence goes on about something else).
    if (!separatedBySemicolon(text, base, parts)) {
      const semicolon = topLevelIndexOf(text, ';', end, limit);
      if (semicolon >= 0) parts = findParts(text, base, end, semicolon, quantities, total.unit);
    }
    const last = parts.at(-1);
    // Every part states a count (partsIn keeps no other).
    const lastCount = last?.others.at(-1) ?? last?.counts.at(-1);
    if (!last || !lastCount) continue;
    out.push({
      total,
      marker: { start: base + start, end: base + end },
      partsRange: { start: base + end, end: last.range.end },
      parts,
      openEnded: etcFollows(text, lastCount.range.end - base),
      sentence: sentence.range,
    });
  }
  return out;
}

/** Where /[^\s:,]/ first matches (the text's length when nowhere), by code: no pattern copy per sentence. */
function firstWordAt(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== COLON && c !== COMMA && !isWhiteSpaceCode(c)) return i;
  }
  return text.length;
}

/** Whether 等 follows `at` within three units, after white space only ("…9件 等"): /^\s*等/ on the three units, by code. */
function etcFollows(text: string, at: number): boolean {
  const to = Math.min(text.length, at + 3);
  for (let i = at; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!isWhiteSpaceCode(c)) return c === ETC;
  }
  return false;
}

const COLON = 0x3a;
const COMMA = 0x2c;
const ETC = 0x7b49; // 等

/** "…公开各类信息46条。其中工作动态类36条；…": the total is the previous sentence's count when it states exactly one. */
function onlyCount(previous: Sentence): Quantity | undefined {
  const counts = findQuantities(previous.text, previous.range.start).filter((q) => q.kind !== 'other');
  const [only] = counts;
  return counts.length === 1 ? only : undefined;
}

/** The index of the first quantity starting at or after `at` (folded-text offset). */
function firstFrom(quantities: readonly Quantity[], base: number, at: number): number {
  let low = 0;
  let high = quantities.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const q = quantities[mid];
    if (q && q.range.start - base < at) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The clauses between `from` and `to` (folded-text offsets) that state counts, top level only. */
function findParts(text: string, base: number, from: number, to: number, quantities: readonly Quantity[], unit: string): BreakdownPart[] {
  const clauses = topLevelClauses(text, from, to);
  const parts: BreakdownPart[] = [];
  let next = firstFrom(quantities, base, from);
  for (const clause of clauses) {
    // One pass over the clause's quantities, no list made for a clause without counts (most clauses).
    // Quantities come in text order: those starting before this clause's end are in no later clause.
    let counts: Quantity[] | undefined;
    let others: Quantity[] | undefined;
    let percent: Quantity | undefined;
    let nested: ((at: number) => boolean) | undefined;
    for (let q = quantities[next]; q && q.range.start - base < clause.end; q = quantities[++next]) {
      if (q.range.start - base < clause.start || q.range.end - base > clause.end) continue;
      if (q.kind === 'percent') percent ??= q;
      if (q.kind !== 'count') continue;
      // Counts inside a nested bracket are no parts (asked in ascending order, as the cursor needs).
      nested ??= nestedBracketCursor(text, clause.start);
      if (nested(q.range.start - base)) continue;
      if (q.unit === unit) (counts ??= []).push(q);
      else (others ??= []).push(q);
    }
    if (counts || others) {
      const range = { start: base + clause.start, end: base + clause.end };
      parts.push({ counts: counts ?? [], others: counts ? [] : others ?? [], range, percent: percent && percentOf(text, base, percent) });
      continue;
    }
    // "当面申请29件，占申请总数的15.8%": the percentage clause belongs to the count before it.
    const lastIndex = parts.length - 1;
    const last = parts[lastIndex];
    if (percent && last && !last.percent) parts[lastIndex] = { ...last, percent: percentOf(text, base, percent) };
  }
  return parts;
}

function percentOf(text: string, base: number, q: Quantity): { quantity: Quantity; base: string } | undefined {
  const at = q.range.start - base;
  const before = text.slice(Math.max(0, at - 24), at);
  const zhan = before.lastIndexOf('占');
  if (zhan < 0) return undefined;
  const between = before.slice(zhan + 1);
  if (/[,;:。\d]/.test(between)) return undefined;
  return { quantity: q, base: between };
}

/** Whether the strongest separator between the first two parts is ';' (also when there are fewer than two parts). */
function separatedBySemicolon(text: string, base: number, parts: readonly BreakdownPart[]): boolean {
  const [first, second] = parts;
  if (!first || !second) return true;
  // Searched in place and only between them: the slice was copied for one includes, and indexOf
  // without a bound reads to the sentence's end for every marker (quadratic in one long sentence).
  const to = second.range.start - base + 1;
  for (let i = first.range.end - base; i < to; i++) if (text.charCodeAt(i) === SEMICOLON) return true;
  return false;
}

const SEMICOLON = 0x3b;
