import type { Breakdown, BreakdownPart } from '../../../server/src/core/prose/breakdowns';
import { findQuantities } from '../../../server/src/core/prose/quantities';
import type { Quantity } from '../../../server/src/core/prose/quantities';
import type { Sentence } from '../../../server/src/core/prose/sentences';
import { topLevelClauses, topLevelIndexOf } from '../../../server/src/core/prose/brackets';

/**
 * The breakdown reading as it was before issue 17 (quadratic in a sentence's markers: every marker
 * filtered all the sentence's numbers and rescanned its brackets from the start), kept as the
 * reference the linear reading must agree with on small inputs.
 */
export function referenceBreakdowns(sentences: readonly Sentence[]): Breakdown[] {
  return sentences.flatMap((s, i) => findBreakdowns(s, i > 0 ? sentences[i - 1] : undefined));
}

const MARKER = /其中|在[^\d,;:()。]{1,24}?中(?=[,:])/g;

function findBreakdowns(sentence: Sentence, previous: Sentence | undefined): Breakdown[] {
  const text = sentence.text;
  const base = sentence.range.start;
  const out: Breakdown[] = [];
  const markers: { start: number; end: number }[] = [];
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(text); m; m = MARKER.exec(text)) markers.push({ start: m.index, end: m.index + m[0].length });
  // Most sentences have no marker: their numbers are not read at all.
  if (markers.length === 0) return out;
  const quantities = findQuantities(text, base);
  for (const [k, marker] of markers.entries()) {
    const before = quantities.filter((q) => q.range.end - base <= marker.start);
    let total = before.at(-1);
    if (!total && previous && /^[\s:,]*$/.test(text.slice(0, marker.start))) {
      // "…公开各类信息46条。其中工作动态类36条；…": only when the previous sentence states one count.
      const counts = findQuantities(previous.text, previous.range.start).filter((q) => q.kind !== 'other');
      const [only] = counts;
      if (counts.length === 1) total = only;
    }
    if (total?.kind !== 'count') continue;
    // Where the parts end: the bracket the marker opens into, the next marker, or the sentence end.
    let limit = text.length;
    const depthAtMarker = openBracketBefore(text, marker.start);
    if (depthAtMarker >= 0) limit = matchingClose(text, depthAtMarker);
    const nextMarker = markers[k + 1];
    if (nextMarker && nextMarker.start < limit) limit = nextMarker.start;
    let parts = findParts(text, base, marker.end, limit, quantities, total.unit);
    // Parts listed with "，" end at the next "；" (the sentence goes on about something else).
    const level = separatorLevel(text, base, parts);
    if (level !== ';') {
      const semicolon = topLevelIndexOf(text, ';', marker.end, limit);
      if (semicolon >= 0) parts = findParts(text, base, marker.end, semicolon, quantities, total.unit);
    }
    const last = parts.at(-1);
    // Every part states a count (partsIn keeps no other).
    const lastCount = last?.others.at(-1) ?? last?.counts.at(-1);
    if (!last || !lastCount) continue;
    const tail = text.slice(lastCount.range.end - base, lastCount.range.end - base + 3);
    out.push({
      total,
      marker: { start: base + marker.start, end: base + marker.end },
      partsRange: { start: base + marker.end, end: last.range.end },
      parts,
      openEnded: /^\s*等/.test(tail),
      sentence: sentence.range,
    });
  }
  return out;
}

/** The clauses between `from` and `to` (folded-text offsets) that state counts, top level only. */
function findParts(text: string, base: number, from: number, to: number, quantities: readonly Quantity[], unit: string): BreakdownPart[] {
  const clauses = topLevelClauses(text, from, to);
  const parts: BreakdownPart[] = [];
  let lastPart: { part: BreakdownPart; index: number } | undefined;
  for (const clause of clauses) {
    const inside = quantities.filter((q) => q.range.start - base >= clause.start && q.range.end - base <= clause.end);
    const topLevel = inside.filter((q) => !insideNestedBracket(text, clause.start, q.range.start - base));
    const counts = topLevel.filter((q) => q.kind === 'count' && q.unit === unit);
    const others = topLevel.filter((q) => q.kind === 'count' && q.unit !== unit);
    const percent = inside.find((q) => q.kind === 'percent');
    const range = { start: base + clause.start, end: base + clause.end };
    if (counts.length > 0 || others.length > 0) {
      const part: BreakdownPart = { counts, others: counts.length > 0 ? [] : others, range, percent: percent && percentOf(text, base, percent) };
      parts.push(part);
      lastPart = { part, index: parts.length - 1 };
    } else if (percent && lastPart && !lastPart.part.percent) {
      // "当面申请29件，占申请总数的15.8%": the percentage clause belongs to the count before it.
      const withPercent = { ...lastPart.part, percent: percentOf(text, base, percent) };
      parts[lastPart.index] = withPercent;
      lastPart = { part: withPercent, index: lastPart.index };
    }
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

/** The strongest separator between the first two parts: ';' or ','. */
function separatorLevel(text: string, base: number, parts: readonly BreakdownPart[]): ';' | ',' {
  const [first, second] = parts;
  if (!first || !second) return ';';
  const between = text.slice(first.range.end - base, second.range.start - base + 1);
  return between.includes(';') ? ';' : ',';
}

const OPEN = '(（[【〔《';
const CLOSE = ')）]】〕》';
const isOpen = (c: string | undefined): boolean => c !== undefined && OPEN.includes(c);
const isClose = (c: string | undefined): boolean => c !== undefined && CLOSE.includes(c);

export function insideNestedBracket(text: string, from: number, at: number): boolean {
  let depth = 0;
  for (let i = from; i < at; i++) {
    if (isOpen(text[i])) depth++;
    else if (isClose(text[i])) depth = Math.max(0, depth - 1);
  }
  return depth > 0;
}

/** The index of the bracket still open at `at`, or -1. */
export function openBracketBefore(text: string, at: number): number {
  const stack: number[] = [];
  for (let i = 0; i < at; i++) {
    if (isOpen(text[i])) stack.push(i);
    else if (isClose(text[i])) stack.pop();
  }
  return stack.at(-1) ?? -1;
}

export function matchingClose(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (isOpen(text[i])) depth++;
    else if (isClose(text[i]) && --depth === 0) return i;
  }
  return text.length;
}
