import { CodeActionKind } from 'vscode-languageserver';
import type { CodeAction, Range } from 'vscode-languageserver';
import { formatMessage } from '../core/i18n/messages';
import { lineEndingOf } from '../core/rules/fixes';
import type { Analysis } from '../core/analyze';
import { alignTable } from './formatting';

/**
 * A table pasted from Word, WPS or Excel arrives as tab-separated lines. In a Markdown report the
 * quick fix 把制表符分隔的表格转换为 Markdown 表格 turns the run of such lines around the cursor into
 * a Markdown pipe table (first line as the header), aligned by display width like the formatter
 * (Chinese characters and punctuation two columns). A plain-text report keeps its tabs: they are a
 * table there already, and pipes would end up in the published text.
 */
export interface TabTableInput {
  readonly uri: string;
  readonly version: number;
  readonly range: Range;
  readonly only?: readonly string[] | undefined;
  readonly languageId?: string | undefined;
}

/** The Markdown table for tab-separated lines (trailing blank cells of Excel's ragged rows kept as blank cells). */
export function tabsToMarkdown(lines: readonly string[]): string[] | undefined {
  const rows = lines.map((l) => l.replace(/\r$/, '').split('\t').map((c) => c.trim().replace(/\|/g, '\\|')));
  const width = Math.max(...rows.map((r) => r.length));
  if (rows.length < 2 || width < 2) return undefined;
  const pipes = (cells: readonly string[]) => `|${Array.from({ length: width }, (_, i) => cells[i] ?? '').join('|')}|`;
  const [header, ...body] = rows;
  return alignTable([pipes(header ?? []), pipes(Array<string>(width).fill('---')), ...body.map(pipes)]);
}

export function tabTableActions(analysis: Analysis, input: TabTableInput): CodeAction[] {
  if (!analysis.checked || input.languageId === 'plaintext') return [];
  if (input.only && !input.only.some((o) => CodeActionKind.QuickFix === o || CodeActionKind.QuickFix.startsWith(`${o}.`))) return [];
  const lines = analysis.model.sourceLines.lines();
  const isTabbed = (i: number) => lines[i]?.text.includes('\t') === true;
  let first = input.range.start.line;
  let last = input.range.end.line;
  if (!isTabbed(first) && !isTabbed(last)) return [];
  if (!isTabbed(first)) first = last;
  while (isTabbed(first - 1)) first--;
  while (isTabbed(last + 1)) last++;
  const block = lines.slice(first, last + 1);
  const table = tabsToMarkdown(block.map((l) => l.text));
  const end = block.at(-1);
  if (!table || !end) return [];
  return [{
    title: formatMessage(analysis.locale, 'editor/action.tab-table'),
    kind: CodeActionKind.QuickFix,
    isPreferred: true,
    edit: { documentChanges: [{ textDocument: { uri: input.uri, version: input.version }, edits: [{ range: { start: { line: first, character: 0 }, end: { line: end.index, character: end.text.length } }, newText: table.join(lineEndingOf(analysis.model.sourceLines.text)) }] }] },
  }];
}
