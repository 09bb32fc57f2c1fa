import { sectionsOf } from '../../model/sections-of';
import type { ReportModel } from '../../model/types';
import type { OffsetRange } from '../../text/line-index';
import { simplified } from '../../text/simplified';
import { tablesOf } from '../../tables/tables-of';
import type { Rule } from '../types';

/** A caption of a table: "附表2：收到和处理政府信息公开申请情况", "表一 主动公开政府信息情况统计表". */
const CAPTION = /^[\s#*>]*(附表|表)\s*([0-9一二三四五六七八九十]{1,2})?\s*[:：、.．\s]\s*([\u4e00-\u9fff（）()、“”"]{2,40}?(?:表|情况|统计))\s*[*]*\s*$/;
/** Fewer cells than this and a table is no template left unfilled. */
const MIN_CELLS = 5;

/**
 * A table that is announced but empty: a caption ("附表1：…统计表") followed directly by the next
 * heading or caption, with no table and no figure in between; or a statistical table of parts
 * 二–四 whose every cell is blank (the template pasted, nothing filled in: one finding for the
 * table). A caption at the very end of the text (an attachment offered for download) is no finding.
 */
export const emptyTable: Rule = {
  meta: { id: 'structure/empty-table', title: '表格有标题但没有内容', category: 'structure', defaultSeverity: 'warning', fixable: false },
  check({ model, t, report }) {
    for (const c of emptyCaptions(model)) {
      report({ range: c.range, message: t('structure/empty-table.caption', { caption: c.text }), data: { caption: c.text } });
    }
    for (const table of tablesOf(model)) {
      if (table.cells.length < MIN_CELLS || !table.cells.every((c) => c.text.trim() === '')) continue;
      const heading = table.part?.heading;
      report({
        range: heading?.range ?? { start: table.range.start, end: table.range.start },
        message: t('structure/empty-table.blank', { table: table.id, cells: table.cells.length }),
        data: { table: table.id, cells: table.cells.length, ...(heading ? { section: heading.number } : {}) },
      });
    }
  },
};

function emptyCaptions(model: ReportModel): { range: OffsetRange; text: string }[] {
  const lines = model.lines.lines();
  const headingStarts = new Set<number>();
  for (const { part } of sectionsOf(model)) {
    headingStarts.add(model.lines.positionAt(part.heading.range.start).line);
    for (const item of part.items) headingStarts.add(model.lines.positionAt(item.heading.range.start).line);
  }
  const tableLines = new Set<number>();
  for (const part of model.parts) for (const b of part.tables) tableLines.add(model.lines.positionAt(b.range.start).line);
  const out: { range: OffsetRange; text: string }[] = [];
  for (const [i, line] of lines.entries()) {
    if (line.start >= model.contentEnd) break;
    if (!CAPTION.test(simplified(line.text)) || headingStarts.has(i)) continue;
    // The next line with anything on it.
    let j = i + 1;
    while (j < lines.length && (lines[j]?.text.trim() ?? '') === '') j++;
    const next = lines[j];
    if (!next || next.start >= model.contentEnd) continue;
    const followedByHeading = headingStarts.has(j) || CAPTION.test(simplified(next.text));
    if (!followedByHeading || tableLines.has(j)) continue;
    const text = line.text.trim();
    const start = line.start + line.text.indexOf(text);
    out.push({ range: { start, end: start + text.length }, text });
  }
  return out;
}
