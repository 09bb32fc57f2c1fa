import { CompletionItemKind, InsertTextFormat } from 'vscode-languageserver';
import type { CompletionItem, Position } from 'vscode-languageserver';
import { formatMessage } from '../core/i18n/messages';
import { sectionsOf } from '../core/model/sections-of';
import { SECTIONS, standardHeading } from '../core/format/sections';
import type { Analysis } from '../core/analyze';
import { rowLabelCompletions, tableTemplate } from './tables';
import { partBody, templateEra } from './templates';

/** At the start of a line: Markdown marks, then at most a numeral and 、 typed so far. */
const LINE_START = /^([ \t\u3000]*(?:#{1,6}[ \t]*)?)([一二三四五六]?、?)$/;

/**
 * Completion: at the start of a line, the standard headings of the parts not yet written (the next
 * one first and preselected; with its standard table for 二/三/四 as a second choice); inside a
 * table, its row labels (table engine, see tables.ts).
 */
export function completions(analysis: Analysis, position: Position): CompletionItem[] {
  const { model, locale } = analysis;
  const offset = model.lines.offsetAt(position);
  const line = model.lines.lineAt(position.line);
  const before = model.text.slice(line.start, offset);
  const inTable = model.parts.some((p) => p.tables.some((t) => offset >= t.range.start && offset <= t.range.end));
  if (inTable) return rowLabelCompletions(analysis, offset);
  const m = LINE_START.exec(before);
  if (!m) return [];
  const sections = sectionsOf(model);
  const present = new Set(sections.map((s) => s.section?.number));
  const previous = sections.filter((s) => s.part.heading.range.start < line.start).map((s) => s.section?.number ?? 0);
  const after = Math.max(0, ...previous);
  const next = SECTIONS.find((s) => s.number > after && !present.has(s.number));
  const [, lead = ''] = m;
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
  const here = sections.find((x) => x.part.heading.range.end <= offset && offset <= x.part.body.end);
  const table = here?.section?.requiresTable ? tableTemplate(era, here.section.number) : undefined;
  if (here?.section && table) {
    items.push({
      label: formatMessage(locale, 'editor/completion.table', { numeral: here.section.numeral, era }), kind: CompletionItemKind.Snippet, preselect: here.part.tables.length === 0,
      sortText: '00', filterText: `${m[2]}表${here.section.numeral}`, insertTextFormat: InsertTextFormat.PlainText, textEdit: { range: replace, newText: `${table}\n` },
      documentation: table,
    });
  }
  return items;
}
