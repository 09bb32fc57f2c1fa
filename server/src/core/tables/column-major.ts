import type { BlockSpec, TableTemplate } from '../format/tables';
import { containsLabel, labelForm, lexiconOf, matchLabel } from './labels';
import type { Lexicon } from './labels';
import { isText } from './tokens';
import type { Tok } from './tokens';

/**
 * A block printed column by column: plain pdftotext of a narrow table can print a block's row
 * labels one under the other, then each column as its header followed by one number per row
 * ("规章 / 行政规范性文件 / 本年制发件数 / 1 / 14 / 本年废止件数 / 2 / 6 / 现行有效件数 / 9 / 95").
 * Where the text says so in full (every row label of the block, in the template's order, with
 * nothing between them; then every column of the block, in order, each named by its header and
 * followed by exactly as many numbers as the block has rows), the cells are put back in row order
 * (label, its numbers), so that the rows read by label as in any other layout. Anything less
 * (a header missing, a number more or less) leaves the text as it is. Linear in the cells.
 */

/** Header words of one column are at most this many cells (a header wrapped over lines). */
const MAX_HEADER_PARTS = 4;

interface Match { readonly end: number; readonly reordered: readonly Tok[] }

function rowKeyOf(lex: Lexicon, template: TableTemplate, t: Tok | undefined): string | undefined {
  if (t === undefined || !isText(t)) return undefined;
  const m = matchLabel(lex, t.norm, (e) => e.kind === 'row' && e.eras.includes(template.era), false);
  return m && m.score >= 2.5 ? m.entry.key : undefined;
}

/** The header cells from `at` that name `column` of the block (and only it), and where they end. */
function headerOf(lex: Lexicon, template: TableTemplate, block: BlockSpec, column: string, flat: readonly Tok[], at: number): number | undefined {
  const entries = lex.entries.filter((e) => e.kind === 'column' && e.block === block.key && e.eras.includes(template.era));
  let joined = '';
  for (let k = 0; k < MAX_HEADER_PARTS; k++) {
    const t = flat[at + k];
    if (t === undefined || !isText(t)) return undefined;
    joined += t.norm;
    const core = labelForm(joined).core;
    const named = entries.filter((e) => containsLabel(core, e));
    if (named.length === 1 && named[0]?.key === column) return at + k + 1;
    if (named.length > 0) return undefined;
  }
  return undefined;
}

/** The block printed column by column from `at` (its first row label), put back in row order. */
function matchAt(lex: Lexicon, template: TableTemplate, block: BlockSpec, flat: readonly Tok[], at: number): Match | undefined {
  const labels = flat.slice(at, at + block.rows.length);
  if (block.rows.length < 2 || block.columns.length < 2 || labels.length !== block.rows.length) return undefined;
  if (!block.rows.every((r, i) => rowKeyOf(lex, template, labels[i]) === r.key)) return undefined;
  const values: Tok[][] = block.rows.map(() => []);
  const headers: Tok[] = [];
  let i = at + block.rows.length;
  for (const column of block.columns) {
    const end = headerOf(lex, template, block, column.key, flat, i);
    if (end === undefined) return undefined;
    headers.push(...flat.slice(i, end));
    for (const [r, own] of values.entries()) {
      const t = flat[end + r];
      if (!t?.numeric) return undefined;
      own.push(t);
    }
    i = end + block.rows.length;
  }
  const reordered = [...headers, ...labels.flatMap((l, r) => [l, ...(values[r] ?? [])])];
  return { end: i, reordered };
}

/**
 * The grid rows with every block printed column by column put back in row order, one cell per
 * row (a stream); the rows as they were when there is none. Only for streams of cells (no row of
 * real columns): a layout with columns has its own places.
 */
export function columnsToRows(template: TableTemplate, toks: readonly (readonly Tok[])[]): readonly (readonly Tok[])[] {
  if (toks.some((row) => row.length > 1 && row.some((t) => t.positional))) return toks;
  const lex = lexiconOf(template.table);
  const flat = toks.flat().filter((t) => !t.cell.covered);
  const firstRows = new Map(template.blocks.map((b) => [b.rows[0]?.key, b]));
  const out: Tok[] = [];
  let changed = false;
  for (let i = 0; i < flat.length;) {
    const t = flat[i];
    if (t === undefined) break;
    const key = rowKeyOf(lex, template, t);
    const block = key === undefined ? undefined : firstRows.get(key);
    const m = block && matchAt(lex, template, block, flat, i);
    if (m) {
      out.push(...m.reordered);
      i = m.end;
      changed = true;
      continue;
    }
    out.push(t);
    i++;
  }
  return changed ? out.map((t) => [t]) : toks;
}
