import { startsItem } from './grid';
import type { Line } from './lines';
import { ASCENT, joinText, piecesText } from './lines';

/**
 * Lines of running text → paragraphs. A paragraph goes on while its lines fill the text width;
 * it ends at a short line, and a new one starts at a first-line indent, a numbered heading
 * (一、 （一） 1.), a wider gap or another font size. A paragraph cut by a page break goes on on the
 * next page when its last line was full. The report's title is the large text at the top of the
 * first page.
 */

export interface PageLine {
  readonly line: Line;
  readonly page: number;
}

export interface Paragraph {
  readonly text: string;
  readonly page: number;
  readonly x: number;
  readonly y: number;
  readonly size: number;
  /** The first line's top on its page: where the paragraph is in reading order. */
  readonly top: number;
}

/** The most frequent value, rounded to whole points. */
function mode(values: readonly number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(Math.round(v), (counts.get(Math.round(v)) ?? 0) + 1);
  let best: number | undefined;
  let n = 0;
  for (const [v, c] of counts) if (c > n || (c === n && best !== undefined && v < best)) { best = v; n = c; }
  return best;
}

function percentile(values: readonly number[], p: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

/** Where the body text runs: its usual left edge, its right margin, its usual size and line pitch. */
export interface Measure {
  readonly left: number;
  readonly right: number;
  readonly size: number;
  readonly pitch: number;
}

export function measure(lines: readonly PageLine[]): Measure {
  const left = mode(lines.map((l) => l.line.left)) ?? 0;
  const right = percentile(lines.map((l) => l.line.right), 0.9) ?? 0;
  const size = mode(lines.map((l) => l.line.size)) ?? 12;
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1];
    const b = lines[i];
    if (a && a.page === b?.page) {
      const d = b.line.baseline - a.line.baseline;
      if (d > 0.8 * size && d < 3 * size) gaps.push(d);
    }
  }
  return { left, right, size, pitch: mode(gaps) ?? size * 1.5 };
}

function startsParagraph(prev: PageLine | undefined, cur: PageLine, m: Measure): boolean {
  if (!prev) return true;
  const a = prev.line;
  const b = cur.line;
  const size = b.size;
  const text = piecesText(b.pieces);
  if (startsItem(text) || /^第[一二三四五六七八九十]+部分/.test(text)) return true;
  if (Math.abs(a.size - b.size) > 0.15 * Math.max(a.size, b.size)) return true;
  // A title (larger than the body) wrapped over lines.
  if (prev.page === cur.page && a.size >= 1.2 * m.size && b.baseline - a.baseline <= 1.8 * size) return false;
  // The previous line stopped short of the margin: its paragraph ended.
  if (a.right < m.right - 1.5 * a.size) return true;
  if (b.left > m.left + 1.2 * size) return true;
  if (prev.page !== cur.page) return false;
  const gap = b.baseline - a.baseline;
  return gap > Math.max(m.pitch * 1.35, 1.6 * size) || gap < 0;
}

/** The paragraphs of a run of text lines (in reading order, over pages; no table or picture between them). */
export function paragraphsOf(lines: readonly PageLine[], m: Measure): Paragraph[] {
  const groups: PageLine[][] = [];
  let prev: PageLine | undefined;
  for (const cur of lines) {
    const last = groups[groups.length - 1];
    if (!last || startsParagraph(prev, cur, m)) groups.push([cur]);
    else last.push(cur);
    prev = cur;
  }
  return groups.map(toParagraph);
}

function toParagraph(lines: readonly PageLine[]): Paragraph {
  const first = lines[0];
  const text = lines.map((l) => piecesText(l.line.pieces)).reduce(joinText, '');
  const line = first?.line;
  return {
    text,
    page: first?.page ?? 1,
    x: line?.left ?? 0,
    y: line ? line.baseline - ASCENT * line.size : 0,
    size: line?.size ?? 0,
    top: line?.top ?? 0,
  };
}
