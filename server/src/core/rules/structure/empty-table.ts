import { sectionsOf } from '../../model/sections-of';
import type { ReportModel } from '../../model/types';
import type { Line, OffsetRange } from '../../text/line-index';
import type { PresetTable } from '../../text/grid';
import { simplified } from '../../text/simplified';
import { hasUnreadableTable, tablesOf } from '../../tables/tables-of';
import type { MessageKey } from '../../i18n/messages';
import type { Rule } from '../types';

/**
 * A table's caption on a line of its own, read without blanks and Markdown marks:
 * "附表2：收到和处理政府信息公开申请情况", "表一 主动公开政府信息情况统计表".
 */
const CAPTION = /^(?:附表[0-9０-９一二三四五六七八九十]{0,2}|表[0-9０-９一二三四五六七八九十]{1,2})[:：、.．]?[\u4e00-\u9fff（）()、“”"]{2,40}(?:表|情况|统计)$/;
/** Blanks (the HTML view's filler included) and Markdown emphasis, heading and quote marks. */
const CAPTION_NOISE = /[\s#*>]+/g;
/** A caption's first character after that noise (錶 is 表 in traditional text): the cheap test before simplifying a line. */
const CAPTION_START = /^[\s#*>]*[附表錶]/;
/** A Markdown table's header and its separator line, with no row after them. */
const MARKDOWN_ROW = /^[ \t]*\|.*\|[ \t]*$/;
const MARKDOWN_SEPARATOR = /^[ \t:|-]+$/;
/** Longer lines are prose or a page's one-line text, never a caption. */
const CAPTION_LINE_MAX = 120;
const DIGIT = /[0-9０-９]/;
/** A header of the statistical tables has up to three rows (表三: 申请人情况 / 自然人… / 商业企业…). */
const MAX_HEADER_ROWS = 3;

interface EmptyTable {
  readonly range: OffsetRange;
  readonly caption: string;
  readonly reason: MessageKey;
}

/**
 * A table announced by its caption or its part but empty: a caption followed directly by the next
 * heading or caption (or by a Markdown header with no rows), or a structured table (HTML, Word,
 * PDF) holding only its header rows and not one figure. One finding per table. Left to other
 * rules: a part 二–四 with no table at all (structure/missing-table) and a statistical table whose
 * row labels are there without figures (table/unfilled); a caption at the end of the text with
 * nothing after it (an attachment offered for download: structure/missing-attachment).
 */
export const emptyTable: Rule = {
  meta: { id: 'structure/empty-table', title: '表格有标题但没有内容', category: 'structure', defaultSeverity: 'warning', fixable: false },
  check({ model, t, report }) {
    for (const e of [...emptyCaptions(model), ...headerOnlyTables(model)]) {
      report({ range: e.range, message: t('structure/empty-table', { caption: e.caption, reason: t(e.reason) }), data: { caption: e.caption } });
    }
  },
};

/** Lines that start a part or an item, and parts whose missing table structure/missing-table reports. */
function headingsOf(model: ReportModel): { lines: Set<number>; missingTable: OffsetRange[] } {
  const lines = new Set<number>();
  const missingTable: OffsetRange[] = [];
  for (const { part, section } of sectionsOf(model)) {
    lines.add(model.lines.positionAt(part.heading.range.start).line);
    for (const item of part.items) lines.add(model.lines.positionAt(item.heading.range.start).line);
    if (section?.requiresTable && part.tables.length === 0 && !hasUnreadableTable(model, part)) missingTable.push({ start: part.heading.range.start, end: part.body.end });
  }
  return { lines, missingTable };
}

function emptyCaptions(model: ReportModel): EmptyTable[] {
  if (!model.text.includes('表')) return [];
  const lines = model.lines.allLines();
  const { lines: headings, missingTable } = headingsOf(model);
  const isCaption = (line: Line | undefined): boolean => line !== undefined && captionLike(line.text);
  const out: EmptyTable[] = [];
  for (const [i, line] of lines.entries()) {
    if (line.start >= model.contentEnd) break;
    if (headings.has(i) || !isCaption(line)) continue;
    if (missingTable.some((r) => line.start >= r.start && line.start < r.end)) continue;
    let j = nextFilled(lines, i + 1);
    // A Markdown header and separator with no row under them are no content.
    if (MARKDOWN_ROW.test(lines[j]?.text ?? '') && isSeparator(lines[j + 1]?.text ?? '') && !MARKDOWN_ROW.test(lines[nextFilled(lines, j + 2)]?.text ?? '')) {
      j = nextFilled(lines, j + 2);
    }
    const next = lines[j];
    if (!next || next.start >= model.contentEnd || !(headings.has(j) || isCaption(next))) continue;
    const caption = line.text.trim();
    const start = line.start + line.text.indexOf(caption);
    out.push({ range: { start, end: start + caption.length }, caption, reason: j === nextFilled(lines, i + 1) ? 'structure/empty-table.next' : 'structure/empty-table.header' });
  }
  return out;
}

function captionLike(text: string): boolean {
  if (!text.includes('表') || !CAPTION_START.test(text)) return false;
  const bare = simplified(text).replace(CAPTION_NOISE, '');
  return bare.length < CAPTION_LINE_MAX && CAPTION.test(bare);
}

function isSeparator(text: string): boolean {
  return text.includes('-') && MARKDOWN_SEPARATOR.test(text);
}

function nextFilled(lines: readonly Line[], from: number): number {
  let j = from;
  while (j < lines.length && (lines[j]?.text.trim() ?? '') === '') j++;
  return j;
}

/** Structured tables (HTML, Word, PDF) with a caption or in a part 二–四, holding header rows only. */
function headerOnlyTables(model: ReportModel): EmptyTable[] {
  const presets = model.presetTables ?? [];
  if (presets.length === 0) return [];
  const unfilled = tablesOf(model).filter((table) => table.unfilled);
  const lines = model.lines.allLines();
  const out: EmptyTable[] = [];
  for (const preset of presets) {
    if (!headerOnly(preset) || unfilled.some((u) => u.range.start < preset.range.end && preset.range.start < u.range.end)) continue;
    const title = titleOf(model, lines, preset);
    if (title === undefined) continue;
    out.push({ range: title.range, caption: title.text, reason: 'structure/empty-table.header' });
  }
  return out;
}

function headerOnly(table: PresetTable): boolean {
  let filled = 0;
  for (const row of table.rows) {
    const texts = row.cells.map((c) => c.text.trim());
    if (texts.some((x) => DIGIT.test(x))) return false;
    if (texts.some((x) => x !== '')) filled++;
  }
  return filled > 0 && filled <= MAX_HEADER_ROWS && (filled === 1 || table.rows.length === filled);
}

/** The caption on the line above the table, or the heading of the part 二–四 the table is in. */
function titleOf(model: ReportModel, lines: readonly Line[], table: PresetTable): { range: OffsetRange; text: string } | undefined {
  const at = model.lines.positionAt(table.range.start).line;
  for (let i = at - 1; i >= 0 && i >= at - 3; i--) {
    const line = lines[i];
    if (!line || line.text.trim() === '') continue;
    if (!captionLike(line.text)) break;
    const text = line.text.trim();
    const start = line.start + line.text.indexOf(text);
    return { range: { start, end: start + text.length }, text };
  }
  for (const { part, section } of sectionsOf(model)) {
    if (!section?.requiresTable || table.range.start < part.body.start || table.range.start >= part.body.end) continue;
    return { range: part.heading.range, text: model.text.slice(part.heading.range.start, part.heading.range.end) };
  }
  return undefined;
}
