import { SymbolKind } from 'vscode-languageserver';
import type { DocumentSymbol } from 'vscode-languageserver';
import { formatMessage } from '../core/i18n/messages';
import type { MessageKey } from '../core/i18n/messages';
import { sectionsOf } from '../core/model/sections-of';
import type { ReportModel, TableBlock } from '../core/model/types';
import { insertPartEdit } from '../core/rules/structure/part-insertion';
import { hasFixedSections, SECTIONS, standardHeading } from '../core/format/sections';
import type { OffsetRange } from '../core/text/line-index';
import type { Analysis } from '../core/analyze';
import { toRange } from './convert';
import { CONTENT_ITEMS_2007, mentionsTopic } from '../core/format/content-items-2007';
import { normalizeLabel } from '../core/text/normalize';

const TABLE_NAME: Readonly<Record<number, MessageKey>> = {
  2: 'structure/missing-table.table2',
  3: 'structure/missing-table.table3',
  4: 'structure/missing-table.table4',
};

/** A range without the whitespace at its end, so a symbol ends on its last written line. */
export function trimmed(model: ReportModel, range: OffsetRange): OffsetRange {
  let end = range.end;
  // A body ends where the next heading's text starts: leave its Markdown marks ("## ") out too.
  const lineStart = model.lines.lineAt(model.lines.positionAt(end).line).start;
  if (lineStart > range.start && /^[ \t\u3000#>*]*$/.test(model.text.slice(lineStart, end))) end = lineStart;
  while (end > range.start && /\s/.test(model.text.charAt(end - 1))) end--;
  return { start: range.start, end };
}

/** The outline: the parts (each missing part of the 2019/2021 formats shown as such; in a 2008–2018 report, the 第三十二条 item each covers), with their items and tables. */
export function documentSymbols(analysis: Analysis): DocumentSymbol[] {
  const { model, locale } = analysis;
  if (!analysis.checked) return [];
  const sym = (name: string, kind: SymbolKind, range: OffsetRange, selection: OffsetRange, detail?: string, children?: DocumentSymbol[]): DocumentSymbol => ({
    name: name.trim() || '—', kind, range: toRange(model, range), selectionRange: toRange(model, selection),
    ...(detail === undefined ? {} : { detail }),
    ...(children === undefined ? {} : { children }),
  });
  const out: { at: number; symbol: DocumentSymbol }[] = [];
  for (const { part, section, match } of sectionsOf(model)) {
    const h = part.heading;
    const whole = trimmed(model, { start: h.range.start, end: part.body.end });
    const items = part.items.map((item) =>
      sym(`（${item.heading.numeral}）${item.heading.title}`, SymbolKind.String, trimmed(model, { start: item.heading.range.start, end: item.body.end }), item.heading.range));
    const tables = part.tables.map((t) => tableSymbol(model, t, section?.number, locale, sym));
    const children = [...items, ...tables].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    const detail = model.era.id === '2007' ? contentItemDetail(part.heading.title, locale) : section && match !== 'standard' ? standardHeading(section) : undefined;
    out.push({ at: h.range.start, symbol: sym(`${h.numeral}、${h.title}`, SymbolKind.Module, whole, h.range, detail, children) });
  }
  if (hasFixedSections(model.era.id)) {
    const present = new Set(sectionsOf(model).map((s) => s.section?.number));
    for (const section of SECTIONS) {
      if (present.has(section.number)) continue;
      const at = insertPartEdit(model, section).range.start;
      const heading = standardHeading(section);
      out.push({
        at,
        symbol: sym(formatMessage(locale, 'editor/symbol.missing', { heading }), SymbolKind.Null, { start: at, end: at }, { start: at, end: at }, formatMessage(locale, 'editor/symbol.missing.detail')),
      });
    }
  }
  return out.sort((a, b) => a.at - b.at).map((o) => o.symbol);
}

/** A 2008–2018 report's part in the outline: the 第三十二条 content item its heading covers (the era had no fixed headings). */
function contentItemDetail(title: string, locale: Analysis['locale']): string | undefined {
  const item = CONTENT_ITEMS_2007.find((i) => mentionsTopic(i, normalizeLabel(title)));
  return item ? formatMessage(locale, 'editor/completion.item-2007', { number: item.number }) : undefined;
}

function tableSymbol(
  model: ReportModel,
  table: TableBlock,
  section: number | undefined,
  locale: Analysis['locale'],
  sym: (name: string, kind: SymbolKind, range: OffsetRange, selection: OffsetRange, detail?: string) => DocumentSymbol,
): DocumentSymbol {
  const key = section !== undefined ? TABLE_NAME[section] : undefined;
  const name = key ? formatMessage(locale, 'editor/symbol.table.named', { name: formatMessage(locale, key) }) : formatMessage(locale, 'editor/symbol.table');
  const range = trimmed(model, table.range);
  const firstLine = model.lines.lineAt(model.lines.positionAt(range.start).line);
  return sym(name, SymbolKind.Struct, range, { start: range.start, end: Math.min(range.end, Math.max(range.start, firstLine.end)) }, table.layout);
}
