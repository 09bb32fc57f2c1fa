import { normalizeLabel } from '../text/normalize';
import { parseChineseNumber } from '../text/numerals';
import { FILLER, isFiller, withoutFiller } from '../text/filler';
import type { Line } from '../text/line-index';
import type { ListHeading } from '../text/readable-view';
import type { Heading, HeadingNumbering, HeadingStyle, TableBlock } from './types';
import { insideBlock } from './table-blocks';
import { isChromeLine } from './chrome';
import { knownSection as knownTitle, knownTitlePrefix } from './section-match';

/**
 * Finds numbered headings: parts ("一、总体情况", "第一部分") and items ("（一）主动公开"), at the
 * start of a line (plain or Markdown) and, in a report pasted as one long line, after a sentence
 * or a space. Never inside a table, never "一是…", never "（一）" in the middle of a sentence.
 * Also headings whose number the text does not show: items of an HTML ordered list (Word's
 * automatic numbering saved as a page) and a standard part title alone on its line.
 *
 * Lengths count visible characters: the filler of a blanked tag or annotation (text/filler.ts)
 * is not part of a title and never ends one.
 */

export type HeadingKind = 'part' | 'item';

export interface HeadingCandidate extends Heading {
  readonly kind: HeadingKind;
}

/** A line this long, with several headings inside, is a report pasted as one line. */
const LONG_LINE = 200;
const MAX_TITLE = 40;
const MAX_ITEM_TITLE = 60;

/** Leading blanks, a Markdown list number before a heading ("1.  # 总体情况": Word's automatic numbering as pandoc writes it), Markdown '#' and bold marks. */
const LINE_PREFIX = /^[\s\u3000\u00a0\ufeff]*(?:\d{1,2}[.)][ \t]+(?=#))?(?:(#{1,6})[ \t]+)?(?:\*\*|__)?[\s\u3000]*/;
const PART_AT = /^(?:第([一二三四五六七八九十]{1,3})部分[\s\u3000]*[、：:.．]?|([一二三四五六七八九十]{1,3})[\s\u3000]*[、.．])[\s\u3000]*/;
const ITEM_AT = /^[（(]([一二三四五六七八九十]{1,3})[）)][\s\u3000]*[、.．]?[\s\u3000]*/;
// The mark before the numeral is matched, not looked behind at: a lookbehind is tried at every
// position of the line (2× slower on long lines, issue 17); the match starts one character later.
const INLINE_PART = /[\s\u3000。！？；;|]([一二三四五六七八九十]{1,2})、/g;
const INLINE_ITEM = /[\s\u3000。！？；;|][（(]([一二三四五六七八九十]{1,3})[）)]/g;
/** The inline patterns, their kind, and the marks a line must hold for each to match there. */
const INLINE_PATTERNS = [[INLINE_PART, 'part', ['、']], [INLINE_ITEM, 'item', ['（', '(']]] as const;

/** Table rows numbered like parts ("四、结转下年度继续办理") or items ("（七）总计") are never headings. */
const TABLE_ROW_LABEL = /^(本年新收|上年结转|本年度办理结果|结转下年度)|^(予以公开|不予公开|无法提供|不予处理|其他处理|总计)$|^部分公开\(区分处理/;
const HAS_HAN = /[\u3400-\u9fff]/;
/** What may follow a known title directly when the title runs into the text: a figure, a bracket, "第二十条…", a quote. */
const RUNS_ON = /^[\s\u3000]*[0-9０-９（(第〔【“《]/;
/** A title never holds a comma nor ends a sentence: text after a known title that does is the paragraph ("六、其他需要报告的事项无。"). */
const SENTENCE_AFTER = /[，,]/;
const SENTENCE_END = /^[。！？；;!?]/;

/** Characters of text[from, to) that are not filler. */
function visibleLength(text: string, from = 0, to = text.length): number {
  if (!text.includes(FILLER)) return to - from;
  let n = 0;
  for (let i = from; i < to; i++) if (!isFiller(text.charCodeAt(i))) n++;
  return n;
}

/** Where a title ends: sentence punctuation, a colon, a pipe or a tab; for inline headings also a space. At most `maxLength` visible characters. */
function titleEnd(text: string, from: number, inline: boolean, maxLength: number): { end: number; overlong: boolean } {
  let seen = 0;
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isFiller(code)) continue;
    if (seen++ > maxLength) return { end: i, overlong: true };
    const c = text.charAt(i);
    if ('。；;：:|\t！？<\n'.includes(c)) return { end: i, overlong: false };
    if (inline && (c === ' ' || c === '\u3000' || c === '\u00a0' || c === '，' || c === ',')) return { end: i, overlong: false };
    if (c === '*' && text[i + 1] === '*') return { end: i, overlong: false };
  }
  return { end: text.length, overlong: seen > maxLength };
}

/** Whether text[knownEnd, rawEnd) is the paragraph that a heading runs into rather than the rest of a longer title. */
function runsOn(text: string, knownEnd: number, rawEnd: number): boolean {
  const rest = text.slice(knownEnd, rawEnd);
  return RUNS_ON.test(rest) || SENTENCE_AFTER.test(rest) || SENTENCE_END.test(text.slice(rawEnd, rawEnd + 1));
}

function trimTitle(text: string, start: number, end: number): { start: number; end: number } {
  while (end > start && /[\s\u3000\u00a0#*]/.test(text.charAt(end - 1))) end--;
  return { start, end };
}

interface CandidateInput {
  readonly kind: HeadingKind;
  readonly line: Line;
  /** Offsets in the line: where the heading starts, its numeral (empty when not written), its title. */
  readonly markStart: number;
  readonly numeral: string;
  readonly numeralStart: number;
  readonly titleStart: number;
  readonly inline: boolean;
  readonly style: HeadingStyle;
  readonly markdownLevel: number | undefined;
  /** The number when the text does not write it (a list item). */
  readonly number?: number;
  readonly numbering: HeadingNumbering;
}

function makeCandidate(input: CandidateInput): HeadingCandidate | undefined {
  const { kind, line, markStart, numeral, numeralStart, titleStart, inline, style, markdownLevel, numbering } = input;
  const number = input.number ?? parseChineseNumber(numeral);
  if (!(number >= 1)) return undefined;
  const max = kind === 'part' ? MAX_TITLE : MAX_ITEM_TITLE;
  let raw = titleEnd(line.text, titleStart, inline, max);
  // "三、政府信息公开的收费及减免情况 按照…": a heading and its paragraph on one line, parted by a space.
  if (!inline && raw.overlong) raw = titleEnd(line.text, titleStart, true, max);
  let rawEnd = raw.end;
  let overlong = raw.overlong;
  if (kind === 'part' && knownSection(line.text.slice(titleStart, rawEnd)) === undefined) {
    // "一、总体情况2019年，平潭…", "二、主动公开政府信息情况第二十条第（一）项…": a known title running straight into the text.
    const known = knownTitlePrefix(line.text.slice(titleStart));
    const knownEnd = known === undefined ? undefined : titleStart + known;
    if (knownEnd !== undefined && knownEnd < rawEnd && (overlong || visibleLength(line.text) >= LONG_LINE || runsOn(line.text, knownEnd, rawEnd))) {
      rawEnd = knownEnd;
      overlong = false;
    }
  }
  const t = trimTitle(line.text, titleStart, rawEnd);
  const title = line.text.slice(t.start, t.end);
  const normalized = normalizeLabel(title);
  if (normalized.length < 2 || !HAS_HAN.test(normalized)) return undefined;
  // A title that runs on past the limit is a sentence, not a heading (unless it is an item: its title is its first words).
  if (kind === 'part' && overlong) return undefined;
  if (TABLE_ROW_LABEL.test(normalized)) return undefined;
  return {
    kind, number, numeral, numbering, title: withoutFiller(title), style, markdownLevel,
    range: { start: line.start + markStart, end: line.start + t.end },
    numeralRange: { start: line.start + numeralStart, end: line.start + numeralStart + numeral.length },
    titleRange: { start: line.start + t.start, end: line.start + t.end },
  };
}

function lineStartCandidate(line: Line, lists: ReadonlyMap<number, ListHeading>): HeadingCandidate | undefined {
  const prefix = LINE_PREFIX.exec(line.text);
  const at = prefix ? prefix[0].length : 0;
  const markdownLevel = prefix?.[1]?.length;
  const style: HeadingStyle = markdownLevel ? 'markdown' : 'line';
  const rest = line.text.slice(at);
  // In a report pasted as one line, a space ends the heading: the body follows on the same line.
  const inline = visibleLength(line.text) >= LONG_LINE;
  // (Object literals written out in full: spreading one per line is a V8 slow path on long documents.)
  const part = PART_AT.exec(rest);
  if (part) {
    const numeral = part[1] ?? part[2] ?? '';
    return makeCandidate({
      kind: 'part', line, markStart: at, numeral, numeralStart: at + rest.indexOf(numeral), titleStart: at + part[0].length,
      inline, style, markdownLevel, numbering: 'written',
    });
  }
  const item = ITEM_AT.exec(rest);
  if (item) {
    return makeCandidate({
      kind: 'item', line, markStart: at, numeral: item[1] ?? '', numeralStart: at + 1, titleStart: at + item[0].length,
      inline, style, markdownLevel, numbering: 'written',
    });
  }
  const listed = lists.get(line.start + at);
  if (listed) {
    // An item of an ordered list: a heading when it holds a heading element (Word's numbered
    // headings) or, at the top level, a known part title; numbered list paragraphs are not headings.
    const kind: HeadingKind = listed.depth === 1 ? 'part' : 'item';
    const c = makeCandidate({
      kind, line, markStart: at, numeral: '', numeralStart: at, titleStart: at, inline, style, markdownLevel, number: listed.number, numbering: 'list',
    });
    if (c && (listed.heading || (kind === 'part' && knownSection(c.title) !== undefined))) return c;
    return undefined;
  }
  // "总体情况" alone on its line: a part whose numeral is missing. Only an exact known title counts.
  if (rest.length > 4 * MAX_TITLE || visibleLength(rest.trim()) > MAX_TITLE) return undefined;
  const section = knownSection(rest);
  if (section === undefined) return undefined;
  // "、主动公开…": the number lost, its 、 kept: the title starts after the 、 (the number goes before it).
  const keptSeparator = rest.startsWith('、') ? 1 : 0;
  return makeCandidate({
    kind: 'part', line, markStart: at, numeral: '', numeralStart: at, titleStart: at + keptSeparator, inline, style, markdownLevel, number: section, numbering: 'none',
  });
}

/** The number of the part a known title (standard or variant) names. */
function knownSection(title: string): number | undefined {
  return knownTitle(title)?.section.number;
}

function inlineCandidates(line: Line): HeadingCandidate[] {
  const out: HeadingCandidate[] = [];
  for (const [pattern, kind, marks] of INLINE_PATTERNS) {
    // The lookbehind patterns try every position: a line without their mark is not searched (issue 17).
    if (!marks.some((mark) => line.text.includes(mark))) continue;
    // exec from lastIndex 0 (no match is empty), not matchAll, which copies the pattern per line.
    pattern.lastIndex = 0;
    for (let m = pattern.exec(line.text); m; m = pattern.exec(line.text)) {
      // After the mark; a heading at the line's start is the line-start scan's.
      const at = m.index + 1;
      const numeralStart = kind === 'part' ? at : at + 1;
      let titleStart = m.index + m[0].length;
      while (titleStart < line.text.length && /[\s\u3000]/.test(line.text.charAt(titleStart))) titleStart++;
      const c = makeCandidate({
        kind, line, markStart: at, numeral: m[1] ?? '', numeralStart, titleStart, inline: true, style: 'inline', markdownLevel: undefined, numbering: 'written',
      });
      if (c) out.push(c);
    }
  }
  return out;
}

/** Every heading candidate outside tables and page chrome, in document order. */
export function findHeadingCandidates(lines: readonly Line[], tables: readonly TableBlock[], listHeadings: readonly ListHeading[] = []): HeadingCandidate[] {
  const lists = new Map(listHeadings.map((h) => [h.at, h]));
  const out: HeadingCandidate[] = [];
  for (const line of lines) {
    if (line.text.trim() === '' || insideBlock(tables, line.start) || isChromeLine(line.text)) continue;
    const first = lineStartCandidate(line, lists);
    if (first) out.push(first);
    if (visibleLength(line.text) >= LONG_LINE) {
      const inline = inlineCandidates(line).filter((c) => c.range.start !== first?.range.start);
      // One stray "；二、" in a paragraph is an enumeration; a one-line report has several headings,
      // and a copy cut after its first heading has one whose title is a known part title.
      if (inline.filter((c) => c.kind === 'part').length >= 2 || first?.kind === 'part') out.push(...inline);
      else out.push(...inline.filter((c) => c.kind === 'item' || knownSection(c.title) !== undefined));
    }
  }
  return withoutRepeatedTitles(out).sort((a, b) => a.range.start - b.range.start);
}

/**
 * A bare title is a heading only where the report has no numbered heading for that part: a
 * report with "一、总体情况" that also has a line "总体情况" (a table of contents, a caption) has
 * one part 一.
 */
function withoutRepeatedTitles(candidates: readonly HeadingCandidate[]): HeadingCandidate[] {
  const numbered = new Set(candidates.filter((c) => c.kind === 'part' && c.numbering !== 'none').map((c) => knownSection(c.title)));
  return candidates.filter((c) => c.numbering !== 'none' || !numbered.has(c.number));
}
