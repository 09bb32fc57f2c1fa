import type { Line } from '../text/line-index';
import type { GridCell, GridRow } from './types';

/**
 * Grid readers for the text layouts, one line at a time:
 * - Markdown pipe rows ("| a | b |"): one row per line, real columns; `<` and `^` (cells covered
 *   by a colspan / rowspan in some renderings) are covered cells; "|---|" separator rows are skipped.
 * - the scraped layout of seed 001 (one cell per line ending in " |", header rows of "|" runs):
 *   one cell per line, no columns;
 * - tab-separated rows pasted from Word/WPS/Excel: one row per line, real columns;
 * - PDF text: cells split at whitespace, no columns (header characters split one per line
 *   become one-character cells, which label matching joins again).
 */

const SEPARATOR = /^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$/;
const PAGE_NUMBER = /^(?:[-—–－]\s*\d+\s*[-—–－]|第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+)$/;

function cell(line: Line, from: number, to: number, col?: number): GridCell {
  const raw = line.text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  const start = line.start + from + lead;
  const isCovered = text === '<' || text === '^';
  return { text: isCovered ? '' : text, range: { start, end: start + text.length }, covered: isCovered, col };
}

/** Markdown row: cells between pipes; the outer pipes are optional. */
function markdownRow(line: Line): GridRow | undefined {
  const t = line.text;
  if (SEPARATOR.test(t.trim())) return undefined;
  const bars: number[] = [];
  for (let i = t.indexOf('|'); i >= 0; i = t.indexOf('|', i + 1)) if (t[i - 1] !== '\\') bars.push(i);
  const first = t.indexOf('|');
  // A closing pipe that is escaped ("\\|") closes nothing: then no bar is the last.
  const last = t.trimEnd().endsWith('|') ? bars.at(-1) ?? Infinity : t.length;
  const cells: GridCell[] = [];
  let from = first + 1;
  let col = 0;
  for (const b of bars) {
    if (b <= first) continue;
    if (b > last) break;
    cells.push(cell(line, from, b, col++));
    from = b + 1;
  }
  if (last === t.length && from < t.length) cells.push(cell(line, from, t.length, col++));
  return { cells, positional: true };
}

/** Scraped row: the text before the first pipe is the line's only cell. */
function scrapedRow(line: Line): GridRow {
  const bar = line.text.indexOf('|');
  return { cells: [cell(line, 0, bar)], positional: false };
}

function tabRow(line: Line): GridRow {
  const cells: GridCell[] = [];
  let from = 0;
  let col = 0;
  const t = line.text;
  for (let i = 0; i <= t.length; i++) {
    if (i === t.length || t[i] === '\t') {
      cells.push(cell(line, from, i, col++));
      from = i + 1;
    }
  }
  return { cells, positional: true };
}

/** PDF text: whitespace-separated cells. */
function wordRow(line: Line): GridRow {
  const cells: GridCell[] = [];
  for (const m of line.text.matchAll(/[^\s\u3000]+/g)) {
    const at = m.index;
    cells.push(cell(line, at, at + m[0].length));
  }
  return { cells, positional: false };
}

/** Reads lines of text into grid rows, each line by its own look (a table may mix layouts). */
export function readTextRows(lines: readonly Line[]): GridRow[] {
  const rows: GridRow[] = [];
  for (const line of lines) {
    const t = line.text.trim();
    if (t === '' || PAGE_NUMBER.test(t)) continue;
    let r: GridRow | undefined;
    if (t.startsWith('|')) r = markdownRow(line);
    else if (t.endsWith('|')) r = scrapedRow(line);
    else if (t.includes('\t')) r = tabRow(line);
    else r = wordRow(line);
    if (r && r.cells.length > 0) rows.push(r);
  }
  return rows;
}
