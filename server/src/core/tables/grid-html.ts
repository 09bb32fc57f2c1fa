import type { OffsetRange } from '../text/line-index';
import type { GridCell, GridRow } from './types';

/**
 * Grid reader for HTML <table> pasted from a web page: <tr> rows of <td>/<th> cells, colspan and
 * rowspan expanded into covered cells so that every row has its real columns (as in the Markdown
 * rendering with `<` and `^`). Cell text is the content without tags and entities; its range is
 * the text's place in the document, so a fix replaces exactly the number.
 */

const ENTITIES: Readonly<Record<string, string>> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ensp: ' ', emsp: ' ' };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Text and range of a cell's content (tags removed; the range spans the visible text). */
function contentOf(text: string, from: number, to: number): { text: string; range: OffsetRange } {
  let out = '';
  let first = -1;
  let last = -1;
  let i = from;
  while (i < to) {
    if (text[i] === '<') {
      const close = text.indexOf('>', i);
      i = close < 0 || close >= to ? to : close + 1;
      if (out !== '' && !out.endsWith(' ')) out += ' ';
      continue;
    }
    let j = i;
    while (j < to && text[j] !== '<') j++;
    const chunk = text.slice(i, j);
    const visible = decode(chunk);
    if (visible.trim() !== '') {
      const lead = chunk.length - chunk.trimStart().length;
      const trail = chunk.length - chunk.trimEnd().length;
      if (first < 0) first = i + lead;
      last = j - trail;
    }
    out += visible;
    i = j;
  }
  const clean = out.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
  if (first < 0) return { text: '', range: { start: from, end: from } };
  return { text: clean, range: { start: first, end: last } };
}

/** Grid rows of the HTML table(s) in text[start, end). */
export function readHtmlRows(text: string, start: number, end: number): GridRow[] {
  const rows: GridRow[] = [];
  const region = text.slice(start, end);
  /** rowspans still open: col → rows left and origin range. */
  let pending = new Map<number, { left: number; range: OffsetRange }>();
  const rowRe = /<tr\b[^>]*>([\s\S]*?)(?=<tr\b|<\/table>|$)/gi;
  for (const tr of region.matchAll(rowRe)) {
    const trStart = start + tr.index;
    const inner = tr[0];
    const cells: GridCell[] = [];
    const taken = new Set<number>();
    const next = new Map<number, { left: number; range: OffsetRange }>();
    for (const [col, p] of pending) {
      cells.push({ text: '', range: { start: p.range.start, end: p.range.start }, covered: true, col });
      taken.add(col);
      if (p.left > 1) next.set(col, { left: p.left - 1, range: p.range });
    }
    let col = 0;
    for (const td of inner.matchAll(/<t([dh])\b([^>]*)>([\s\S]*?)(?:<\/t[dh]\s*>|(?=<t[dh]\b)|$)/gi)) {
      while (taken.has(col)) col++;
      const [, , attrs = '', content = ''] = td;
      const colspan = Math.max(1, Math.min(50, parseInt(/colspan\s*=\s*["']?(\d+)/i.exec(attrs)?.[1] ?? '1', 10) || 1));
      const rowspan = Math.max(1, Math.min(200, parseInt(/rowspan\s*=\s*["']?(\d+)/i.exec(attrs)?.[1] ?? '1', 10) || 1));
      const contentStart = trStart + td.index + td[0].indexOf('>') + 1;
      const contentEnd = contentStart + content.length;
      const c = contentOf(text, contentStart, contentEnd);
      cells.push({ text: c.text, range: c.range, covered: false, col });
      for (let k = 0; k < colspan; k++) {
        if (k > 0) cells.push({ text: '', range: { start: c.range.start, end: c.range.start }, covered: true, col: col + k });
        taken.add(col + k);
        if (rowspan > 1) next.set(col + k, { left: rowspan - 1, range: c.range });
      }
      col += colspan;
    }
    pending = next;
    cells.sort((a, b) => (a.col ?? 0) - (b.col ?? 0));
    if (cells.length > 0) rows.push({ cells, positional: true });
  }
  return rows;
}
