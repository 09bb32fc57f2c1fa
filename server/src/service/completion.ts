import { CompletionItemKind, InsertTextFormat } from 'vscode-languageserver';
import type { CompletionItem, Position } from 'vscode-languageserver';
import { formatMessage } from '../core/i18n/messages';
import { sectionsOf } from '../core/model/sections-of';
import { SECTIONS, standardHeading } from '../core/format/sections';
import type { Analysis } from '../core/analyze';
import { rowLabelCompletions, tableTemplate } from './tables';
import { contentItemHeading, partBody, templateEra } from './templates';
import { CONTENT_ITEMS_2007, mentionsTopic } from '../core/format/content-items-2007';
import { normalizeLabel } from '../core/text/normalize';

/** At the start of a line: Markdown marks, then what was typed of a heading so far (a numeral, 、, words). */
const LINE_START = /^([ \t\u3000]*(?:#{1,6}[ \t]*)?)([一二三四五六七八九十]?、?[^\s|#、，。；：]*)$/;
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/**
 * Completion, following the report's era: at the start of a line, the standard headings of the
 * parts not yet written (the next one first and preselected; with its standard table for 二/三/四 as
 * a second choice), or for a 2008–2018 report the 第三十二条 content items not yet covered (no
 * fixed headings, no tables); inside a table, its row labels (table engine, see tables.ts). Once
 * the user has typed words of a heading, headings rank above the table.
 */
export function completions(analysis: Analysis, position: Position): CompletionItem[] {
  const { model, locale } = analysis;
  const offset = model.sourceLines.offsetAt(position);
  const line = model.sourceLines.lineAt(position.line);
  const before = model.text.slice(line.start, offset);
  // The line right below a Markdown table continues it: a row is being added.
  const inTable = model.parts.some((p) => p.tables.some((t) => offset >= t.range.start && offset <= t.range.end + 1));
  if (inTable) return rowLabelCompletions(analysis, offset);
  const m = LINE_START.exec(before);
  // Words alone are prose being written; a heading starts with its numeral or Markdown marks.
  if (!m || (/[^一二三四五六七八九十、]/.test(m[2] ?? '') && !/#|^[一二三四五六七八九十]、/.test(`${m[1] ?? ''}${m[2] ?? ''}`.trim()))) return [];
  if (model.era.id === '2007') return contentItemCompletions(analysis, position, m[1] ?? '', m[2] ?? '');
  // The heading being typed on this line is not yet a part that is there.
  const sections = sectionsOf(model).filter((x) => x.part.heading.range.start < line.start || x.part.heading.range.start > line.end);
  const present = new Set(sections.map((s) => s.section?.number));
  const previous = sections.filter((s) => s.part.heading.range.start < line.start).map((s) => s.section?.number ?? 0);
  const after = Math.max(0, ...previous);
  const next = SECTIONS.find((s) => s.number > after && !present.has(s.number));
  const [, lead = ''] = m;
  const typedWords = /[^一二三四五六七八九十、]/.test(m[2] ?? '');
  const replace = { start: { line: position.line, character: lead.length }, end: position };
  const era = model.era.id === '2019' ? '2019' : templateEra(model.year?.value ?? 2021);
  const items: CompletionItem[] = [];
  for (const s of SECTIONS) {
    if (present.has(s.number)) continue;
    const heading = standardHeading(s);
    const rank = s === next ? '0' : `1${s.number}`;
    const detail = formatMessage(locale, 'editor/completion.heading', { numeral: s.numeral });
    items.push({
      label: heading, kind: CompletionItemKind.Module, detail, documentation: s.requirement, preselect: s === next, sortText: `${rank}a`,
      filterText: `${m[2]}${heading}`, textEdit: { range: replace, newText: heading },
    });
    const table = s.requiresTable ? tableTemplate(era, s.number) : undefined;
    if (table) {
      items.push({
        label: `${heading}（含统计表）`, kind: CompletionItemKind.Snippet, detail, sortText: `${rank}b`, filterText: `${m[2]}${heading}`,
        insertTextFormat: InsertTextFormat.PlainText, textEdit: { range: replace, newText: `${heading}\n\n${partBody(s.number, era)}\n` },
      });
    }
  }
  // Inside part 二/三/四: the era's whole standard table.
  // The part the cursor is in; while its heading is being typed on this line, the part before it.
  const all = sectionsOf(model);
  const at = all.findIndex((x) => x.part.heading.range.start <= offset && offset <= x.part.body.end);
  const onThisLine = (x: (typeof all)[number] | undefined) => x !== undefined && x.part.heading.range.start >= line.start && x.part.heading.range.start <= line.end;
  const here = onThisLine(all[at]) ? all[at - 1] : all[at];
  const table = here?.section?.requiresTable ? tableTemplate(era, here.section.number) : undefined;
  if (here?.section && table) {
    items.push({
      label: formatMessage(locale, 'editor/completion.table', { numeral: here.section.numeral, era }), kind: CompletionItemKind.Snippet, preselect: here.part.tables.length === 0 && !typedWords,
      // Words typed (not just a numeral): the user is writing a heading, which ranks first.
      sortText: typedWords ? '2' : '00', filterText: `${m[2]}表${here.section.numeral}`, insertTextFormat: InsertTextFormat.PlainText, textEdit: { range: replace, newText: `${table}\n` },
      documentation: table,
    });
  }
  return items;
}

/**
 * A 2008–2018 report: the 第三十二条 content items no heading covers yet, as headings numbered as
 * the next part (the era had no fixed headings or order, so the article's wording is offered).
 */
function contentItemCompletions(analysis: Analysis, position: Position, lead: string, typed: string): CompletionItem[] {
  const { model, locale } = analysis;
  const titles = [...model.parts.flatMap((p) => [p.heading.title, ...p.items.map((i) => i.heading.title)]), ...model.looseItems.map((i) => i.heading.title)].map(normalizeLabel);
  const line = model.sourceLines.lineAt(position.line);
  const partsBefore = model.parts.filter((p) => p.heading.range.start < line.start).length;
  const numeral = NUMERALS[Math.min(partsBefore, NUMERALS.length - 1)] ?? '一';
  const replace = { start: { line: position.line, character: lead.length }, end: position };
  return CONTENT_ITEMS_2007.filter((item) => !titles.some((t) => mentionsTopic(item, t))).map((item, i): CompletionItem => {
    const heading = `${numeral}、${contentItemHeading(item)}`;
    return {
      label: heading, kind: CompletionItemKind.Module, preselect: i === 0, sortText: `0${item.number}`,
      detail: formatMessage(locale, 'editor/completion.item-2007', { number: item.number }),
      filterText: `${typed}${heading}`, textEdit: { range: replace, newText: heading },
    };
  });
}
