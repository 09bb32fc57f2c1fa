import { formatMessage } from '../i18n/messages';
import type { Locale } from '../i18n/messages';
import { matchSection } from '../model/section-match';
import { withoutZeroWidth } from '../text/zero-width-view';
import { renderReport } from './render';
import type { RenderBlock, RenderCell } from './render';
import type { ImportedReport, ImportNotice } from './types';

/**
 * The text of a legacy binary Word file (.doc / .wps, as word-extractor reads it) → the
 * ImportedReport. The text stream keeps paragraphs (\n) and the cell marks of tables (passed in
 * as CELL_MARK) but not what the binary format keeps elsewhere: which mark ends a row, merged
 * cells, list numbers. So:
 * - a table is read as a stream of its non-blank cells, in order (the layout the table engine
 *   reads by labels, like text scraped from a web page), and rendered one cell per line
 *   ("text |") so that the Markdown draft is read the same way; a notice says the structure was
 *   not recovered;
 * - a short paragraph that is exactly a part title of the 2019/2021 formats without a number
 *   ("总体情况": Word's automatic "一、" is lost) gets its standard number back, in sequence; a
 *   notice says so.
 */
export const CELL_MARK = '\uE007';

const NUMBERED = /^\s*(?:[一二三四五六七八九十]+\s*[、.．]|第[一二三四五六七八九十]+部分|[（(][一二三四五六七八九十]+[）)])/;
const MAX_TITLE = 40;

export function readDocText(body: string, locale: Locale): ImportedReport {
  const blocks: RenderBlock[] = [];
  const notices: ImportNotice[] = [];
  // Zero-width spaces a web editor left ("\u200b三、…" after a table's last cell) would hide a heading from the tests below.
  const lines = withoutZeroWidth(body).replace(/\r\n?/g, '\n').split('\n');
  let paragraph = 0;
  let table = 0;
  let restored = 0;
  // Only what is not a table cell can be a heading: a line, or what follows a line's last cell mark.
  const titles = bareTitles(lines.map((l) => l.slice(l.lastIndexOf(CELL_MARK) + 1)));
  const looksLikeHeading = (text: string): boolean => TYPED_PART.test(text) || titles.has(text.trim());
  /** The cells of the table being read, and text of a cell whose paragraphs are not finished. */
  let cells: string[] | undefined;
  let pending = '';
  const hasMark = (i: number): boolean => (lines[i] ?? '').includes(CELL_MARK);

  const closeTable = (): void => {
    if (!cells) return;
    const shown = cells.map((c) => c.replace(/[\s\u3000]+/g, ' ').trim()).filter((c) => c !== '');
    cells = undefined;
    pending = '';
    if (shown.length === 0) return;
    table++;
    blocks.push({ kind: 'table', rows: shown.map((text): RenderCell[] => [{ text, column: 0 }]), table, positional: false });
  };
  const addParagraph = (raw: string): void => {
    const text = raw.trim();
    if (text === '') return;
    paragraph++;
    const part = titles.get(text);
    if (part) {
      restored++;
      blocks.push({ kind: 'paragraph', text: `${part}、${text}`, location: { kind: 'paragraph', paragraph } });
      return;
    }
    blocks.push({ kind: 'paragraph', text, location: { kind: 'paragraph', paragraph } });
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (!line.includes(CELL_MARK)) {
      // Inside a table, a line without a mark is a paragraph of a cell that goes on below.
      if (cells && hasMark(i + 1) && !looksLikeHeading(line)) pending += line;
      else { closeTable(); addParagraph(line); }
      continue;
    }
    // Every cell ends with a mark; what follows the line's last mark is not a finished cell.
    const parts = line.split(CELL_MARK);
    const tail = parts.pop() ?? '';
    cells ??= [];
    parts[0] = pending + (parts[0] ?? '');
    pending = '';
    cells.push(...parts);
    if (tail.trim() === '') continue;
    // The row-end mark is not told apart from a cell's, so text right after a table (a part
    // heading) can follow the last mark on the same line: a heading or a line before prose ends the table.
    if (hasMark(i + 1) && !looksLikeHeading(tail)) pending = tail;
    else { closeTable(); addParagraph(tail); }
  }
  closeTable();
  // One notice for all the tables: one cause, said once.
  if (table > 0) notices.push({ code: 'doc-table-structure', message: formatMessage(locale, 'import/doc-table-structure', { tables: Array.from({ length: table }, (_, k) => k + 1).join('、'), count: table }) });
  if (restored > 0) notices.push({ code: 'doc-numbering', message: formatMessage(locale, 'import/doc-numbering', { count: restored }) });
  return { ...renderReport(blocks, 'doc'), notices };
}

/** A part heading typed with its number ("三、…", "第三部分"). */
const TYPED_PART = /^\s*(?:([一二三四五六七八九十]+)\s*、|第([一二三四五六七八九十]+)部分)/;

/**
 * The bare part titles of the text (their automatic "一、" lost) with the numeral they get back:
 * a short line that is a standard title or a known variant, in increasing order; a title only
 * recognised by its keywords ("存在问题及改进情况") only when it fills the one-part gap between
 * two parts found ("主动公开", a sub-heading whose "（一）" was lost, does not: 二 comes after it).
 */
function bareTitles(segments: readonly string[]): Map<string, string> {
  interface Found { readonly text: string; readonly number: number; readonly numeral: string; readonly kind: 'typed' | 'exact' | 'guess' }
  const found: Found[] = [];
  for (const raw of segments) {
    const text = raw.trim();
    const typed = TYPED_PART.exec(text);
    const numeral = typed?.[1] ?? typed?.[2];
    if (numeral !== undefined) {
      const number = '一二三四五六七八九十'.indexOf(numeral) + 1;
      if (number > 0) found.push({ text, number, numeral, kind: 'typed' });
      continue;
    }
    if (text === '' || text.length > MAX_TITLE || /[。；;，,：:！？]/.test(text) || NUMBERED.test(text)) continue;
    const match = matchSection(text);
    if (match) found.push({ text, number: match.section.number, numeral: match.section.numeral, kind: match.kind === 'guess' ? 'guess' : 'exact' });
  }
  const accepted = new Set<Found>();
  let last = 0;
  for (const f of found) {
    if (f.kind === 'guess' || f.number <= last) continue;
    accepted.add(f);
    last = f.number;
  }
  found.forEach((f, i) => {
    if (f.kind !== 'guess') return;
    const before = found.slice(0, i).reverse().find((x) => accepted.has(x));
    const after = found.slice(i + 1).find((x) => accepted.has(x));
    if (before?.number === f.number - 1 && (after ? after.number === f.number + 1 : f.number === 6)) accepted.add(f);
  });
  return new Map([...accepted].filter((f) => f.kind !== 'typed').map((f) => [f.text, f.numeral]));
}
