import type { Line, OffsetRange } from '../text/line-index';
import type { TableBlock } from './types';
import type { PresetTable } from '../text/grid';
import { withoutFiller } from '../text/filler';

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
const PIPE_PADDING = /[\s\-:]+/g;

function numberTokens(tokens: string[]): number {
  let n = 0;
  for (const t of tokens) if (NUMBER_TOKEN.test(t)) n++;
  return n;
}

/** One pipe-separated cell that is a number token once trimmed (\s is what trim removes), read in place. */
const NUMBER_CELL = /\s*[-−+]?[\d０-９][\d０-９,，]*(?:[.．][\d０-９]+)?\s*(?=\||$)/y;

/** numberTokens(t.split('|').map((c) => c.trim())) without the arrays. */
function numberCells(t: string): number {
  let n = 0;
  let from = 0;
  for (;;) {
    NUMBER_CELL.lastIndex = from;
    if (NUMBER_CELL.test(t)) n++;
    const bar = t.indexOf('|', from);
    if (bar < 0) return n;
    from = bar + 1;
  }
}

type RowKind = 'markdown' | 'scraped' | 'tabs' | 'numbers';

/** How a line looks as a table row, with the count of numeric cells it holds; undefined for text. */
function classify(text: string): { kind: RowKind; numbers: number } | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  // Padding and delimiter dashes do not count: pandoc pads every column of a wide table to one width.
  if (t.startsWith('|') && t.length > 1 && (t.length <= MAX_PIPE_ROW || t.replace(PIPE_PADDING, '').length <= MAX_PIPE_ROW)) {
    return { kind: 'markdown', numbers: numberCells(t) };
  }
  if (t.length <= MAX_PIPE_ROW && t.endsWith('|')) {
    return { kind: 'scraped', numbers: numberCells(t) };
  }
  if (t.includes('\t')) {
    const cells = t.split('\t').map((c) => c.trim()).filter((c) => c !== '');
    if (cells.length >= 2) return { kind: 'tabs', numbers: numberTokens(cells) };
  }
  if (t.length <= 160 && !SENTENCE_END.test(t)) {
    const tokens = t.split(/[\s\u3000]+/);
    const numbers = numberTokens(tokens);
    const trailingNumber = NUMBER_TOKEN.test(tokens.at(-1) ?? '');
    if (numbers >= 3 || (trailingNumber && tokens.length >= 2 && !/[，。]/.test(t))) {
      return { kind: 'numbers', numbers };
    }
    if (tokens.length === 1 && NUMBER_TOKEN.test(t)) return { kind: 'numbers', numbers: 1 };
  }
  return undefined;
}

/** A short line of label text ("第二十条第（一）项", "（三）不予公开", "申请人情况") may sit between rows of one table. */
function isLabelLine(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > 60 || /[。！？；;]/.test(t)) return false;
  // A part heading ends the table; the numbered group row "三、本年度办理结果" belongs to it.
  const heading = /^(#|第[一二三四五六七八九十]+部分|[一二三四五六七八九十]{1,3}\s*[、.．])/.test(t);
  return !heading || /^[一二三四五六七八九十]{1,3}\s*[、.．]\s*(本年新收|上年结转|本年度办理结果|结转下年度)/.test(t);
}

const MAX_LABEL_GAP = 4;

/** Table blocks in the given lines, in document order. Linear in the text length. */
export function findTableBlocks(text: string, lines: readonly Line[], presets: readonly PresetTable[] = []): TableBlock[] {
  const blocks: TableBlock[] = [];
  // A preset grid (a Word table's rendering) with a number in it is one block, whatever its lines
  // look like (a row longer than a pasted row can be): it joins the HTML tables, skipped line by line.
  const structured = presets.filter((p) => p.layout === 'html' || p.rows.some((r) => r.cells.some((c) => NUMBER_TOKEN.test(c.text))));
  const html = [...findHtmlTables(text), ...structured.map((p) => p.range)].sort((a, b) => a.start - b.start);
  let run: { start: number; end: number; numbers: number; rows: number; kind: RowKind } | undefined;
  /** Label lines seen after the run's last row: they join the run only if another row follows. */
  let pendingLabels = 0;
  const close = (): void => {
    if (run && (run.numbers >= 3 || (run.numbers >= 1 && run.rows >= 2 && run.kind !== 'numbers'))) {
      blocks.push({ range: { start: run.start, end: run.end }, layout: run.kind });
    }
    run = undefined;
    pendingLabels = 0;
  };
  let h = 0;
  for (const line of lines) {
    let region = html[h];
    while (region && region.end <= line.start) region = html[++h];
    if (region && region.start < line.end) { close(); continue; }
    // A blanked tag or annotation (text/filler.ts) separates nothing: "2024年1月22日" in Word's spans is a date, not a row of numbers.
    const row = classify(withoutFiller(line.text));
    if (!row) {
      if (line.text.trim() === '' && run) continue;
      if (run && isLabelLine(line.text) && pendingLabels < MAX_LABEL_GAP) { pendingLabels++; continue; }
      close();
      continue;
    }
    run ??= { start: line.start, end: line.end, numbers: 0, rows: 0, kind: row.kind };
    run.end = line.end;
    run.numbers += row.numbers;
    run.rows++;
    pendingLabels = 0;
    if (row.kind !== 'numbers') run.kind = row.kind;
  }
  close();
  // A preset is a block of its own layout: an HTML table's, or the Markdown rendering of a Word/PDF table.
  for (const r of html) {
    const preset = structured.find((p) => p.range === r);
    blocks.push({ range: r, layout: preset === undefined || preset.layout === 'html' ? 'html' : 'markdown' });
  }
  return blocks.sort((a, b) => a.range.start - b.range.start);
}

function findHtmlTables(text: string): OffsetRange[] {
  const out: OffsetRange[] = [];
  let openAt = -1;
  for (const m of text.matchAll(/<(\/?)table\b[^>]*>/gi)) {
    const at = m.index;
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
    const r = blocks[mid]?.range;
    if (r === undefined) return false;
    if (offset < r.start) hi = mid - 1;
    else if (offset >= r.end) lo = mid + 1;
    else return true;
  }
  return false;
}
