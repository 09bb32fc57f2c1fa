import { countUnitAtEnd } from '../format/tables';
import { mayStartNumber } from '../text/number-start';
import { endBeforeWhiteSpace, skipWhiteSpace } from '../text/white-space';
import { trimOf } from '../text/trim';
import type { GridCell, GridRow } from '../text/grid';
import type { Line } from '../text/line-index';

/**
 * The ways a table row is pasted on a line of text, as one ordered registry. Block finding
 * (`table-blocks.ts`: which lines form a table) and row reading (`tables/`: the cells of each line)
 * both go through the layouts' `detect` (row reading through `accepts` where a layout has it, the
 * same answer without the count), so the two can never disagree about a line. A new layout is one
 * entry here. Tables that arrive structured (an HTML <table>, a Word or PDF table) do not come
 * through here: they are preset grids (D3) read as they are.
 *
 * Every layout reads a line into one GridRow with every cell's range in the text. Rows of layouts
 * with separators (pipes, tabs) keep blank cells (`''`), so a row's blanks are counted; the
 * whitespace layout (PDF text, pasted plain text) cannot tell a blank cell from the space around it
 * and marks its rows `words`.
 */

export type TextLayoutName = 'markdown' | 'pipes' | 'tabs' | 'blank' | 'words';

export interface TableLayout {
  readonly name: TextLayoutName;
  /** The count of number cells when the line (its text without the line break) is a row of this layout; undefined when it is not. */
  detect(text: string): number | undefined;
  /** Whether `detect` accepts the line, where that needs no count (reading rows needs none). */
  accepts?(text: string): boolean;
  /** The line's cells with their ranges. Called only on lines `detect` accepted. */
  read(line: Line): GridRow;
}

/** A number as a cell holds it: sign, digits with separators, decimals, an amount's unit. */
export const NUMBER_TOKEN = /^[-−+－]?[\d０-９][\d０-９,，]*(?:[.．][\d０-９]+)?(?:万元|元)?$/;
const SENTENCE_END = /[。！？!?；;]$/;
/** Longest line read as a row of separated cells (pandoc writes rows 400 characters wide). */
const MAX_SEPARATED_ROW = 4000;
/** Longest line of whitespace-separated words read as a row (PDF text). */
const MAX_WORD_ROW = 300;
/** Trailing digits run onto a label by a crawler that dropped the cell boundaries ("规章2117"). */
const GLUED_TOKEN = /[\u4e00-\u9fff）)”"」](?:\d|\d[\d.-]*\d)$/;
/** A line that is only a no-break or ideographic space: a blank cell (browser copy, Word "save as text"). */
const BLANK_CELL_LINE = /^[\u00a0\u3000]+$/;

function cellAt(line: Line, from: number, to: number, col?: number): GridCell {
  // The trimmed cell found by scanning, so that one string is made per cell (String.prototype.trim's whitespace).
  const t = line.text;
  const a = skipWhiteSpace(t, from, to);
  const b = endBeforeWhiteSpace(t, a, to);
  const text = t.slice(a, b);
  const start = line.start + a;
  const isCovered = text === '<' || text === '^';
  return { text: isCovered ? '' : text, range: { start, end: start + text.length }, covered: isCovered, col };
}

/** A number token with a count's unit after it ("4852件"), read as a number only inside separated cells (never in prose). */
function isCountWithUnit(cell: string): boolean {
  const unit = countUnitAtEnd(cell);
  return unit !== undefined && NUMBER_TOKEN.test(cell.slice(0, -unit.length));
}

/** Counts the cells between the bars of `t` that are number tokens, without building arrays of strings. */
function numberCells(t: string, bar: string): number {
  let n = 0;
  let from = 0;
  for (;;) {
    const at = t.indexOf(bar, from);
    const end = at < 0 ? t.length : at;
    const a = skipWhiteSpace(t, from, end);
    const b = endBeforeWhiteSpace(t, a, end);
    // A number token starts with a sign or a digit: a label cell is passed over without copying it.
    if (a < b && mayStartNumber(t.charCodeAt(a))) {
      const cell = t.slice(a, b);
      if (NUMBER_TOKEN.test(cell) || isCountWithUnit(cell)) n++;
    }
    if (at < 0) return n;
    from = at + 1;
  }
}

const BAR = 0x7c;
const BACKSLASH = 0x5c;
const SEPARATOR_ROW = /^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$/;

/** Cells between unescaped bars; the outer bars are optional. */
function barCells(line: Line): GridCell[] {
  const t = line.text;
  const bars: number[] = [];
  for (let i = t.indexOf('|'); i >= 0; i = t.indexOf('|', i + 1)) if (t.charCodeAt(i - 1) !== BACKSLASH) bars.push(i);
  const first = skipWhiteSpace(t, 0, t.length);
  const last = endBeforeWhiteSpace(t, first, t.length) - 1;
  const leading = t.charCodeAt(first) === BAR;
  const trailing = last >= first && t.charCodeAt(last) === BAR && t.charCodeAt(last - 1) !== BACKSLASH;
  const cells: GridCell[] = [];
  let from = leading ? (bars[0] ?? 0) + 1 : 0;
  let col = 0;
  for (const b of bars) {
    if (b < from) continue;
    cells.push(cellAt(line, from, b, col++));
    from = b + 1;
  }
  if (!trailing && from < t.length) cells.push(cellAt(line, from, t.length, col++));
  return cells;
}

const isMarkdownRow = (t: string): boolean => t.length > 1 && t.length <= MAX_SEPARATED_ROW && t.startsWith('|');

/** Markdown pipe rows (`| a | b |`): real columns; `<` and `^` mark cells covered by a merged cell. */
const markdown: TableLayout = {
  name: 'markdown',
  detect: (text) => {
    const t = text.trim();
    return isMarkdownRow(t) ? numberCells(t.slice(1), '|') : undefined;
  },
  accepts: (text) => isMarkdownRow(text.trim()),
  read: (line) => (SEPARATOR_ROW.test(line.text.trim()) ? { cells: [], positional: true } : { cells: barCells(line), positional: true }),
};

const isPipesRow = (t: string): boolean => t.length > 1 && t.length <= MAX_SEPARATED_ROW && t.endsWith('|') && !t.startsWith('|') && !SENTENCE_END.test(t.slice(0, -1).trim());

/**
 * Scraped rows ending in a bar: a whole row per line (`规章 | 0 | 0 | 0 |`), or one cell per line
 * (`规章 |`, `0 |`, with runs of bars closing a row: `99 | |||`). A line with one non-blank cell is
 * one cell of a stream (its trailing bars are the row's end, not blank cells).
 */
const pipes: TableLayout = {
  name: 'pipes',
  detect: (text) => {
    const t = text.trim();
    return isPipesRow(t) ? numberCells(t, '|') : undefined;
  },
  accepts: (text) => isPipesRow(text.trim()),
  read: (line) => {
    const cells = barCells(line);
    const live = cells.filter((c) => c.text !== '' || c.covered);
    if (live.length <= 1) return { cells: live.map((c) => ({ ...c, col: undefined })), positional: false };
    return { cells, positional: true };
  },
};

/** Tab-separated rows from Word, WPS, Excel or a browser's copy: blank cells kept. */
const tabs: TableLayout = {
  name: 'tabs',
  detect: (text) => {
    const t = text.trim();
    if (!t.includes('\t') || t.length > MAX_SEPARATED_ROW) return undefined;
    let cells = 0;
    for (const c of t.split('\t')) if (c.trim() !== '') cells++;
    return cells >= 2 ? numberCells(t, '\t') : undefined;
  },
  read: (line) => {
    const cells: GridCell[] = [];
    const t = line.text;
    let from = 0;
    let col = 0;
    for (let i = 0; i <= t.length; i++) {
      if (i === t.length || t[i] === '\t') {
        cells.push(cellAt(line, from, i, col++));
        from = i + 1;
      }
    }
    return { cells, positional: true };
  },
};

/** A line holding only a no-break space: one blank cell of a one-cell-per-line table. */
const blank: TableLayout = {
  name: 'blank',
  detect: (text) => (BLANK_CELL_LINE.test(trimOf(text, ' \t')) ? 0 : undefined),
  read: (line) => {
    const at = line.start + line.text.length - line.text.trimStart().length;
    return { cells: [{ text: '', range: { start: at, end: at }, covered: false }], positional: false, words: true };
  },
};

/** Digits a crawler ran together from a whole row of cells (table 四's fifteen numbers: "93241851761980101129"). */
const DIGIT_RUN = /^\d{15,}$/;

function wordNumbers(tokens: readonly string[]): number {
  let n = 0;
  for (const t of tokens) {
    if (DIGIT_RUN.test(t)) n += 3;
    else if (NUMBER_TOKEN.test(t) || (t.length > 2 && GLUED_TOKEN.test(t))) n++;
  }
  return n;
}

/**
 * Whitespace-separated words (PDF text, a row pasted as plain text): a label followed by numbers,
 * a line of one number, or labels with digits run onto them by a crawler. No columns.
 */
const words: TableLayout = {
  name: 'words',
  detect: (text) => {
    const t = text.trim();
    if (t === '' || t.length > MAX_WORD_ROW || SENTENCE_END.test(t)) return undefined;
    const tokens = t.split(/[\s\u3000]+/);
    const numbers = wordNumbers(tokens);
    const last = tokens.at(-1) ?? '';
    const trailing = NUMBER_TOKEN.test(last) || GLUED_TOKEN.test(last);
    // A comma outside brackets is prose ("（区分处理的，只计这一情形）" is a label).
    if (numbers >= 3 || ((trailing || numbers >= 2) && tokens.length >= 2 && !/[，。]/.test(t.replace(/（[^（）]*）|\([^()]*\)/g, '')))) return numbers;
    if (tokens.length === 1 && DIGIT_RUN.test(t)) return numbers;
    if (tokens.length === 1 && (NUMBER_TOKEN.test(t) || (t.length <= 80 && GLUED_TOKEN.test(t) && !/[，。、；：]/.test(t.replace(/^[（(]?[一二三四五六七八九十\d]+[）)、.．]/, ''))))) return 1;
    return undefined;
  },
  read: readWords,
};

/** Reads any line as whitespace-separated words (also the reading of label lines between rows). */
function readWords(line: Line): GridRow {
  const cells: GridCell[] = [];
  for (const m of line.text.matchAll(/[^\s\u3000]+/g)) cells.push(cellAt(line, m.index, m.index + m[0].length));
  return { cells, positional: false, words: true };
}

/** Every text layout, in the order they are tried: the first whose `detect` accepts a line reads it. */
export const TABLE_LAYOUTS: readonly TableLayout[] = [markdown, pipes, tabs, blank, words];

/** The layout a line belongs to, with its count of number cells; undefined for a line that is not a table row. */
export function lineLayout(text: string): { layout: TableLayout; numbers: number } | undefined {
  for (const layout of TABLE_LAYOUTS) {
    const numbers = layout.detect(text);
    if (numbers !== undefined) return { layout, numbers };
  }
  return undefined;
}

/** The layout a line belongs to, as `lineLayout` finds it, without counting its numbers where the layout needs no count to accept it. */
export function layoutOfLine(text: string): TableLayout | undefined {
  for (const layout of TABLE_LAYOUTS) {
    if (layout.accepts ? layout.accepts(text) : layout.detect(text) !== undefined) return layout;
  }
  return undefined;
}

/** Page numbers printed inside a table split over pages (-4-, — 1 —, 第 2 页 共 5 页, 3/5). */
const PAGE_NUMBER = /^(?:[-—–－]\s*\d+\s*[-—–－]|第\s*\d+\s*页(?:\s*(?:[,，]\s*)?共\s*\d+\s*页)?|\d+\s*\/\s*\d+)$/;

/** A rule line of a grid table ("+------+----+", "+======+====+": pandoc's grid tables, reStructuredText). */
const GRID_RULE = /^\+(?:[-=:]+\+)+$/;

export function isGridRule(text: string): boolean {
  return GRID_RULE.test(text.trim());
}

/**
 * Reads the lines of a table region into grid rows, each line by its own layout (a table may mix
 * layouts); lines of no layout (labels between rows, header words) are read as words. Page numbers
 * and empty lines give no row. In a grid table a row is every line between two rule lines, its
 * cells wrapped over them ("| 一、 | 3 |" / "| 本年 | 4 |" …: 一、本年…, 34…): gridRow joins them.
 */
export function readLayoutRows(lines: readonly Line[]): GridRow[] {
  const rows: GridRow[] = [];
  const grid = lines.some((l) => isGridRule(l.text));
  let wrapped: GridRow[] = [];
  const endRow = (): void => {
    rows.push(...gridRow(wrapped));
    wrapped = [];
  };
  for (const line of lines) {
    const t = line.text.trim();
    if (grid && GRID_RULE.test(t)) { endRow(); continue; }
    if (PAGE_NUMBER.test(t)) continue;
    const layout = layoutOfLine(line.text);
    if (t === '' && layout === undefined) continue;
    const row = layout ? layout.read(line) : readWords(line);
    if (row.cells.length === 0) continue;
    if (grid && layout === markdown) wrapped.push(row);
    else { endRow(); rows.push(row); }
  }
  endRow();
  return rows;
}

/**
 * The lines of one row of a grid table as one row: each column's pieces joined top to bottom (no
 * space: a Chinese label or a number wrapped in a narrow column), its range from the first piece
 * to the last. Lines that do not have the same columns are left as they are.
 */
function gridRow(lines: readonly GridRow[]): GridRow[] {
  const [first] = lines;
  if (first === undefined || lines.length === 1 || lines.some((l) => l.cells.length !== first.cells.length)) return [...lines];
  const cells = first.cells.map((cell, c): GridCell => {
    const pieces = lines.map((l) => l.cells[c]).filter((p): p is GridCell => p !== undefined && p.text !== '');
    const [top] = pieces;
    const bottom = pieces.at(-1);
    if (top === undefined || bottom === undefined) return cell;
    return { text: pieces.map((p) => p.text).join(''), range: { start: top.range.start, end: bottom.range.end }, covered: false, col: cell.col };
  });
  return [{ cells, positional: true }];
}
