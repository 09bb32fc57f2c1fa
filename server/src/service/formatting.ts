import type { TextEdit } from 'vscode-languageserver';
import type { Analysis } from '../core/analyze';
import { displayWidth } from '../core/text/display-width';

const SEPARATOR_CELL = /^:?-+:?$/;

/** Splits a Markdown table row into its cells (escaped pipes kept). */
function cellsOf(row: string): string[] {
  let t = row.trim();
  if (t.startsWith('|')) t = t.slice(1);
  if (t.endsWith('|') && !t.endsWith('\\|')) t = t.slice(0, -1);
  return t.split(/(?<!\\)\|/).map((c) => c.trim());
}

function pad(text: string, width: number, align: 'left' | 'right' | 'center'): string {
  const room = Math.max(0, width - displayWidth(text));
  if (align === 'right') return ' '.repeat(room) + text;
  if (align === 'center') return ' '.repeat(room >> 1) + text + ' '.repeat(room - (room >> 1));
  return text + ' '.repeat(room);
}

/** One aligned Markdown table (its rows as lines), or undefined when it is not a pipe table with a separator row. */
export function alignTable(rows: readonly string[]): string[] | undefined {
  const cells = rows.map(cellsOf);
  const sep = cells.findIndex((r) => r.length > 0 && r.every((c) => SEPARATOR_CELL.test(c)));
  const separator = cells[sep];
  if (sep !== 1 || !separator) return undefined;
  const columns = Math.max(...cells.map((r) => r.length));
  const layout = Array.from({ length: columns }, (_, i) => {
    const c = separator[i] ?? '-';
    const align: 'left' | 'right' | 'center' = c.startsWith(':') && c.endsWith(':') ? 'center' : c.endsWith(':') ? 'right' : 'left';
    const width = Math.max(3, ...cells.map((r, k) => (k === sep ? 0 : displayWidth(r[i] ?? ''))));
    return { align, width };
  });
  const indent = /^[ \t]*/.exec(rows[0] ?? '')?.[0] ?? '';
  return cells.map((r, k) => {
    const out = layout.map(({ align: a, width }, i) => {
      if (k !== sep) return pad(r[i] ?? '', width, a);
      const dashes = '-'.repeat(width - (a === 'center' ? 2 : a === 'right' ? 1 : 0));
      return a === 'center' ? `:${dashes}:` : a === 'right' ? `${dashes}:` : dashes;
    });
    return `${indent}| ${out.join(' | ')} |`;
  });
}

/** Formatting: aligns every Markdown pipe table by display width (CJK characters are two columns wide). */
export function formatTables(analysis: Analysis): TextEdit[] {
  if (!analysis.checked) return [];
  const { model } = analysis;
  const edits: TextEdit[] = [];
  const lines = model.lines.lines();
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]?.text.trim().startsWith('|')) continue;
    let j = i;
    while (lines[j + 1]?.text.trim().startsWith('|')) j++;
    const block = lines.slice(i, j + 1);
    const aligned = alignTable(block.map((l) => l.text));
    if (aligned) {
      block.forEach((l, k) => {
        const newText = aligned[k];
        if (newText !== undefined && newText !== l.text) edits.push({ range: { start: { line: l.index, character: 0 }, end: { line: l.index, character: l.text.length } }, newText });
      });
    }
    i = j;
  }
  return edits;
}
