import { normalizeLabel } from '../text/normalize';
import { parseChineseNumber } from '../text/numerals';
import type { Line } from '../text/line-index';
import type { Heading, HeadingStyle, TableBlock } from './types';
import { insideBlock } from './table-blocks';
import { isChromeLine } from './chrome';

/**
 * Finds numbered headings: parts ("一、总体情况", "第一部分") and items ("（一）主动公开"), at the
 * start of a line (plain or Markdown) and, in a report pasted as one long line, after a sentence
 * or a space. Never inside a table, never "一是…", never "（一）" in the middle of a sentence.
 */

export type HeadingKind = 'part' | 'item';

export interface HeadingCandidate extends Heading {
  readonly kind: HeadingKind;
}

/** A line this long, with several headings inside, is a report pasted as one line. */
const LONG_LINE = 200;
const MAX_TITLE = 40;
const MAX_ITEM_TITLE = 60;

/** Leading blanks, HTML tags of a pasted web page (<p>, <h2>, <strong>…), Markdown '#' and bold marks. */
const LINE_PREFIX = /^[\s\u3000\u00a0\ufeff]*(?:<[a-zA-Z][^<>]{0,120}>[\s\u3000]*)*(?:(#{1,6})[ \t]+)?(?:\*\*|__)?[\s\u3000]*(?:<[a-zA-Z][^<>]{0,120}>[\s\u3000]*)*/;
const PART_AT = /^(?:第([一二三四五六七八九十]{1,3})部分[\s\u3000]*[、：:.．]?|([一二三四五六七八九十]{1,3})[\s\u3000]*[、.．])[\s\u3000]*/;
const ITEM_AT = /^[（(]([一二三四五六七八九十]{1,3})[）)][\s\u3000]*[、.．]?[\s\u3000]*/;
const INLINE_PART = /(?<=^|[\s\u3000。！？；;|])([一二三四五六七八九十]{1,2})、/g;
const INLINE_ITEM = /(?<=^|[\s\u3000。！？；;|])[（(]([一二三四五六七八九十]{1,3})[）)]/g;

/** Table rows numbered like parts ("四、结转下年度继续办理") or items ("（七）总计") are never headings. */
const TABLE_ROW_LABEL = /^(本年新收|上年结转|本年度办理结果|结转下年度)|^(予以公开|不予公开|无法提供|不予处理|其他处理|总计)$|^部分公开\(区分处理/;
const HAS_HAN = /[\u3400-\u9fff]/;

/** Where a title ends: sentence punctuation, a colon, a pipe or a tab; for inline headings also a space. */
function titleEnd(text: string, from: number, inline: boolean, maxLength: number): number {
  const limit = Math.min(text.length, from + maxLength + 1);
  for (let i = from; i < limit; i++) {
    const c = text.charAt(i);
    if ('。；;：:|\t！？<'.includes(c)) return i;
    if (inline && (c === ' ' || c === '\u3000' || c === '\u00a0' || c === '，' || c === ',')) return i;
    if (c === '*' && text[i + 1] === '*') return i;
  }
  return limit;
}

function trimTitle(text: string, start: number, end: number): { start: number; end: number } {
  while (end > start && /[\s\u3000\u00a0#*]/.test(text.charAt(end - 1))) end--;
  return { start, end };
}

function makeCandidate(
  kind: HeadingKind, line: Line, markStart: number, numeral: string, numeralStart: number,
  titleStart: number, inline: boolean, style: HeadingStyle, markdownLevel: number | undefined,
): HeadingCandidate | undefined {
  const number = parseChineseNumber(numeral);
  if (!(number >= 1)) return undefined;
  const max = kind === 'part' ? MAX_TITLE : MAX_ITEM_TITLE;
  let rawEnd = titleEnd(line.text, titleStart, inline, max);
  // "三、政府信息公开的收费及减免情况 按照…": a heading and its paragraph on one line, parted by a space.
  if (!inline && rawEnd - titleStart > max) rawEnd = titleEnd(line.text, titleStart, true, max);
  const t = trimTitle(line.text, titleStart, rawEnd);
  const title = line.text.slice(t.start, t.end);
  const normalized = normalizeLabel(title);
  if (normalized.length < 2 || !HAS_HAN.test(normalized)) return undefined;
  // A title that runs on past the limit is a sentence, not a heading (unless it is an item: its title is its first words).
  if (kind === 'part' && rawEnd - titleStart > max) return undefined;
  if (TABLE_ROW_LABEL.test(normalized)) return undefined;
  return {
    kind, number, numeral, title, style, markdownLevel,
    range: { start: line.start + markStart, end: line.start + t.end },
    numeralRange: { start: line.start + numeralStart, end: line.start + numeralStart + numeral.length },
    titleRange: { start: line.start + t.start, end: line.start + t.end },
  };
}

function lineStartCandidate(line: Line): HeadingCandidate | undefined {
  const prefix = LINE_PREFIX.exec(line.text);
  const at = prefix ? prefix[0].length : 0;
  const markdownLevel = prefix?.[1]?.length;
  const style: HeadingStyle = markdownLevel ? 'markdown' : 'line';
  const rest = line.text.slice(at);
  // In a report pasted as one line, a space ends the heading: the body follows on the same line.
  const long = line.text.length >= LONG_LINE;
  const part = PART_AT.exec(rest);
  if (part) {
    const numeral = part[1] ?? part[2] ?? '';
    const numeralStart = at + rest.indexOf(numeral);
    return makeCandidate('part', line, at, numeral, numeralStart, at + part[0].length, long, style, markdownLevel);
  }
  const item = ITEM_AT.exec(rest);
  if (item) {
    return makeCandidate('item', line, at, item[1] ?? '', at + 1, at + item[0].length, long, style, markdownLevel);
  }
  return undefined;
}

function inlineCandidates(line: Line): HeadingCandidate[] {
  const out: HeadingCandidate[] = [];
  for (const [pattern, kind] of [[INLINE_PART, 'part'], [INLINE_ITEM, 'item']] as const) {
    for (const m of line.text.matchAll(pattern)) {
      const at = m.index;
      if (at === 0) continue; // the line-start scan covers it
      const numeralStart = kind === 'part' ? at : at + 1;
      let titleStart = at + m[0].length;
      while (titleStart < line.text.length && /[\s\u3000]/.test(line.text.charAt(titleStart))) titleStart++;
      const c = makeCandidate(kind, line, at, m[1] ?? '', numeralStart, titleStart, true, 'inline', undefined);
      if (c) out.push(c);
    }
  }
  return out;
}

/** Every heading candidate outside tables and page chrome, in document order. */
export function findHeadingCandidates(lines: readonly Line[], tables: readonly TableBlock[]): HeadingCandidate[] {
  const out: HeadingCandidate[] = [];
  for (const line of lines) {
    if (line.text.trim() === '' || insideBlock(tables, line.start) || isChromeLine(line.text)) continue;
    const first = lineStartCandidate(line);
    if (first) out.push(first);
    if (line.text.length >= LONG_LINE) {
      const inline = inlineCandidates(line).filter((c) => c.range.start !== first?.range.start);
      // One stray "；二、" in a paragraph is an enumeration; a one-line report has several headings.
      if (inline.filter((c) => c.kind === 'part').length >= 2 || first?.kind === 'part') out.push(...inline);
      else out.push(...inline.filter((c) => c.kind === 'item'));
    }
  }
  return out.sort((a, b) => a.range.start - b.range.start);
}
