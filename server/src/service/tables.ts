import { CompletionItemKind, MarkupKind } from 'vscode-languageserver';
import type { CompletionItem, Hover } from 'vscode-languageserver';
import { formatMessage } from '../core/i18n/messages';
import { templateRows } from '../core/format/tables';
import { tablesOf } from '../core/tables/tables-of';
import type { ReadTable, RelationResult, TableCell } from '../core/tables/types';
import type { BlockSpec } from '../core/format/tables';
import type { Analysis } from '../core/analyze';
import { escapeMarkdown, toRange } from './convert';
import { markdownTable } from '../core/format/table-markdown';

/**
 * The table-specific editor features, on top of the table engine (`tablesOf(model)`):
 *  - `tableHover`: on any cell its row and column labels; on a total cell its formula with the
 *    actual addends and the computed value; the value the error localisation expects, if any;
 *  - `rowLabelCompletions`: the row labels of the table the cursor is in, missing rows first;
 *  - `tableTemplate`: the era's standard table for 二/三/四 as a Markdown table of zeros.
 * The code lens and the cell quick fixes read `table/*` findings and their `Finding.fix`.
 */
const path = (groups: readonly string[] | undefined, label: string) => [...(groups ?? []), label].join(' › ');

function cellAt(tables: readonly ReadTable[], offset: number): { table: ReadTable; cell: TableCell } | undefined {
  for (const table of tables) {
    if (offset < table.range.start || offset > table.range.end) continue;
    const cell = table.cells.find((c) => offset >= c.range.start && offset <= c.range.end);
    if (cell) return { table, cell };
  }
  return undefined;
}

function shortLabel(cell: TableCell | undefined): string {
  return cell ? `${cell.row.short ?? cell.row.label}×${cell.column.short ?? cell.column.label}` : '?';
}

/** "（七）总计×自然人 = （一）予以公开×自然人 + …" then "3 + 0 + … = 3 ✗（表中为 0）". */
function formula(r: RelationResult, locale: Analysis['locale']): string {
  const values = (cells: readonly (TableCell | undefined)[]) => cells.map((c) => (c?.value === undefined ? '?' : String(c.value))).join(' + ');
  const labels = `${r.lhsCells.map(shortLabel).join(' + ')} = ${r.rhsCells.map(shortLabel).join(' + ')}`;
  const mark = r.status === 'holds' ? '✓' : r.status === 'fails' ? '✗' : '…';
  const lhs = r.lhsCells.length === 1 ? '' : `${values(r.lhsCells)} = ${r.lhs}；`;
  const says = r.status !== 'fails' ? '' : locale === 'zh-cn' ? `（表中为 ${r.lhs}）` : ` (the table says ${r.lhs})`;
  return `${escapeMarkdown(labels)}  \n${escapeMarkdown(`${lhs}${values(r.rhsCells)} = ${r.rhs}`)} ${mark}${escapeMarkdown(says)}`;
}

export function tableHover(analysis: Analysis, offset: number): Hover | undefined {
  const { model, locale } = analysis;
  const found = cellAt(tablesOf(model), offset);
  if (!found) return undefined;
  const { table, cell } = found;
  const lines = [
    `**${escapeMarkdown(`表${table.id}`)}** ${escapeMarkdown(path(cell.row.groups, cell.row.label))}`,
    escapeMarkdown(path(cell.column.groups, cell.column.label)),
  ];
  const totals = table.relations.filter((r) => r.lhsCells.length === 1 && r.lhsCells[0] === cell);
  for (const r of totals) lines.push(formula(r, locale));
  const others = table.relations.filter((r) => !totals.includes(r) && (r.lhsCells.includes(cell) || r.rhsCells.includes(cell)));
  for (const r of others.slice(0, 3)) lines.push(formula(r, locale));
  if (table.localisation.kind === 'unique') {
    const fix = table.localisation.fixes.find((f) => f.cell === cell);
    if (fix) lines.push(escapeMarkdown(formatMessage(locale, 'editor/hover.cell-expected', { expected: fix.expected })));
  }
  return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n\n') }, range: toRange(model, cell.range) };
}

/**
 * The row labels of the table under the cursor, missing rows first; in table 二 only those of the
 * block (第二十条第（…）项) the cursor is in, the one whose heading or rows are nearest above it. On
 * a line that is not yet a table row (just below the table) the whole row is written, with a 0 per column.
 */
export function rowLabelCompletions(analysis: Analysis, offset: number): CompletionItem[] {
  const { model } = analysis;
  const table = tablesOf(model).find((t) => offset >= t.range.start && offset <= t.range.end + 1);
  if (!table) return [];
  const block = blockAt(analysis, table, offset);
  const missing = new Set(table.missingRows.map((r) => r.key));
  const line = model.sourceLines.lineAt(model.sourceLines.positionAt(offset).line);
  const inRow = /^\s*\|/.test(model.source.slice(line.start, line.end));
  return block.rows.map((r, i): CompletionItem => ({
    label: r.label,
    kind: CompletionItemKind.Field,
    detail: formatMessage(analysis.locale, missing.has(r.key) ? 'editor/completion.row-missing' : 'editor/completion.row', { table: table.id }),
    sortText: `${missing.has(r.key) ? 0 : 1}${String(i).padStart(3, '0')}`,
    insertText: inRow ? r.label : `| ${[r.label, ...block.columns.map(() => '0')].join(' | ')} |`,
  }));
}

/** The block of a table's template that holds the cursor: the last one named (heading or row label) on the lines from the table's start to the cursor. */
function blockAt(analysis: Analysis, table: ReadTable, offset: number): BlockSpec {
  const blocks = table.template.blocks;
  const first = blocks[0];
  if (blocks.length === 1 && first) return first;
  const lines = analysis.model.source.slice(table.range.start, offset).split('\n').reverse();
  for (const text of lines) {
    const named = blocks.find((b) => (b.heading !== undefined && text.includes(b.heading)) || b.rows.some((r) => text.includes(r.label)));
    if (named) return named;
  }
  return first ?? { key: 'all', rows: templateRows(table.template), groups: [], columns: [] };
}

export function tableTemplate(era: '2019' | '2021', section: number): string | undefined {
  return markdownTable(era, section);
}
