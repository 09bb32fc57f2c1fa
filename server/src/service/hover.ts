import { MarkupKind } from 'vscode-languageserver';
import type { Hover, Position } from 'vscode-languageserver';
import { formatMessage } from '../core/i18n/messages';
import { sectionsOf } from '../core/model/sections-of';
import { ERAS } from '../core/format/eras';
import { normalizeLabel } from '../core/text/normalize';
import { CONTENT_ITEMS_2007, mentionsTopic } from '../core/format/content-items-2007';
import { hasFixedSections, standardHeading } from '../core/format/sections';
import type { Analysis } from '../core/analyze';
import { escapeMarkdown, toRange } from './convert';
import { tableHover } from './tables';

/**
 * Hover: on a part heading, what the format requires in that part; on a table cell, what the table
 * engine says (see tables.ts); on the title, the format era. Document text is always escaped: the
 * client shows hovers as untrusted Markdown.
 */
export function hover(analysis: Analysis, position: Position): Hover | undefined {
  if (!analysis.checked) return undefined;
  const { model, locale } = analysis;
  const offset = model.sourceLines.offsetAt(position);
  const inside = (r: { start: number; end: number }) => offset >= r.start && offset <= r.end;
  for (const { part, section } of sectionsOf(model)) {
    if (!inside(part.heading.range)) continue;
    const lines: string[] = [formatMessage(locale, 'editor/hover.part', { heading: escapeMarkdown(`${part.heading.numeral}、${part.heading.title}`), numeral: part.heading.numeral })];
    if (!hasFixedSections(model.era.id)) {
      // 2007 条例: no fixed headings and no tables; the content item of 第三十二条 the heading covers, if any.
      const item = CONTENT_ITEMS_2007.find((i) => mentionsTopic(i, normalizeLabel(part.heading.title)));
      lines.push(escapeMarkdown(formatMessage(locale, item ? 'editor/hover.item-2007' : 'editor/hover.no-fixed-2007', { number: item?.number ?? 0, title: item?.title ?? '' })));
    } else if (section) {
      if (section.title !== part.heading.title) lines.push(escapeMarkdown(formatMessage(locale, 'editor/hover.variant', { standard: standardHeading(section) })));
      lines.push(escapeMarkdown(formatMessage(locale, 'editor/hover.requirement', { requirement: section.requirement })));
      if (section.requiresTable) lines.push(escapeMarkdown(formatMessage(locale, 'editor/hover.table-required')));
    }
    lines.push(escapeMarkdown(eraLine(analysis)));
    return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n\n') }, range: toRange(model, part.heading.range) };
  }
  const cell = tableHover(analysis, offset);
  if (cell) return cell;
  if (model.title && inside(model.title.range)) {
    return { contents: { kind: MarkupKind.Markdown, value: `**${escapeMarkdown(model.title.text)}**\n\n${escapeMarkdown(eraLine(analysis))}` }, range: toRange(model, model.title.range) };
  }
  return undefined;
}

export function eraLabel(analysis: Analysis): string {
  return formatMessage(analysis.locale, `editor/era.${analysis.model.era.id}`);
}

function eraLine(analysis: Analysis): string {
  return formatMessage(analysis.locale, 'editor/hover.era', { era: eraLabel(analysis), basis: ERAS[analysis.model.era.id].basis });
}
