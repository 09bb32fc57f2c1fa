import type { Line, OffsetRange } from '../text/line-index';
import type { TableBlock } from './types';

/**
 * Finds the blocks of a report that are tables, however they were pasted: Markdown pipe rows,
 * the scraped layout of one cell per line ending in " |", tab-separated rows from Word/WPS/Excel,
 * HTML <table>, and PDF text whose rows are labels followed by numbers. The blocks keep numbered
 * table rows ("四、结转下年度继续办理") from being taken for headings, and tell which parts have
 * their table.
 */

const NUMBER_TOKEN = /^[-−+]?[\d０-９][\d０-９,，]*([.．][\d０-９]+)?$/;
const SENTENCE_END = /[。！？!?；;]$/;
/** A scraped or Markdown row is short; a long line ending in "|" is page text with a stray pipe. */
const MAX_PIPE_ROW = 200;

function numberTokens(tokens: string[]): number {
  let n = 0;
  for (const t of tokens) if (NUMBER_TOKEN.test(t)) n++;
  return n;
}

type RowKind = 'markdown' | 'scraped' | 'tabs' | 'numbers';

/** How a line looks as a table row, with the count of numeric cells it holds; undefined for text. */
function classify(text: string): { kind: RowKind; numbers: number } | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  if (t.length <= MAX_PIPE_ROW && t.startsWith('|') && t.length > 1) {
    return { kind: 'markdown', numbers: numberTokens(t.split('|').map((c) => c.trim())) };
  }
  if (t.length <= MAX_PIPE_ROW && t.endsWith('|')) {
    return { kind: 'scraped', numbers: numberTokens(t.split('|').map((c) => c.trim())) };
  }
  if (t.includes('\t')) {
    const cells = t.split('\t').map((c) => c.trim()).filter((c) => c !== '');
    if (cells.length >= 2) return { kind: 'tabs', numbers: numberTokens(cells) };
  }
  if (t.length <= 160 && !SENTENCE_END.test(t)) {
    const tokens = t.split(/[\s\u3000]+/);
    const numbers = numberTokens(tokens);
    const trailingNumber = NUMBER_TOKEN.test(tokens[tokens.length - 1]);
    if (numbers >= 3 || (trailingNumber && tokens.length >= 2 && !/[，。]/.test(t))) {
      return { kind: 'numbers', numbers };
    }
    if (tokens.length === 1 && NUMBER_TOKEN.test(t)) return { kind: 'numbers', numbers: 1 };
  }
  return undefined;
}

/** Table blocks in the given lines, in document order. Linear in the text length. */
export function findTableBlocks(text: string, lines: readonly Line[]): TableBlock[] {
  const blocks: TableBlock[] = [];
  const html = findHtmlTables(text);
  let run: { start: number; end: number; numbers: number; rows: number; kind: RowKind } | undefined;
  const close = (): void => {
    if (run && (run.numbers >= 3 || (run.numbers >= 1 && run.rows >= 2 && run.kind !== 'numbers'))) {
      blocks.push({ range: { start: run.start, end: run.end }, layout: run.kind });
    }
    run = undefined;
  };
  let h = 0;
  for (const line of lines) {
    while (h < html.length && html[h].end <= line.start) h++;
    if (h < html.length && html[h].start < line.end) { close(); continue; }
    const row = classify(line.text);
    if (!row) {
      if (line.text.trim() === '' && run) continue;
      close();
      continue;
    }
    if (!run) run = { start: line.start, end: line.end, numbers: 0, rows: 0, kind: row.kind };
    run.end = line.end;
    run.numbers += row.numbers;
    run.rows++;
    if (row.kind !== 'numbers') run.kind = row.kind;
  }
  close();
  for (const r of html) blocks.push({ range: r, layout: 'html' });
  return blocks.sort((a, b) => a.range.start - b.range.start);
}

function findHtmlTables(text: string): OffsetRange[] {
  const out: OffsetRange[] = [];
  let openAt = -1;
  for (const m of text.matchAll(/<(\/?)table\b[^>]*>/gi)) {
    const at = m.index ?? 0;
    if (m[1] === '' && openAt < 0) openAt = at;
    else if (m[1] === '/' && openAt >= 0) {
      out.push({ start: openAt, end: at + m[0].length });
      openAt = -1;
    }
  }
  if (openAt >= 0) out.push({ start: openAt, end: text.length });
  return out;
}

/** Whether `offset` lies inside one of the blocks (sorted by start). */
export function insideBlock(blocks: readonly TableBlock[], offset: number): boolean {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = blocks[mid].range;
    if (offset < r.start) hi = mid - 1;
    else if (offset >= r.end) lo = mid + 1;
    else return true;
  }
  return false;
}
