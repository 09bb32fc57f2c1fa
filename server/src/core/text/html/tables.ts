import type { DefaultTreeAdapterTypes } from 'parse5';
import { withoutFiller } from '../filler';
import { withoutZeroWidth } from '../zero-width-view';
import type { GridCell, GridRow, PresetTable } from '../grid';
import type { OffsetRange } from '../line-index';

type Element = DefaultTreeAdapterTypes.Element;

/**
 * A data table of the page as a preset grid (D3): its <tr> rows in order, each <td>/<th> a cell,
 * colspan and rowspan expanded into covered cells so that every row has its real columns (as the
 * Markdown rendering has `<` and `^`). A cell's text is what the reader sees (tags gone, entities
 * decoded, runs split by Word's spans joined again); its range is that text's place in the source,
 * so a fix replaces exactly the number.
 */

/** Bounds on spans (HTML allows 1000 columns and 65534 rows; no report table comes near). */
const MAX_COLSPAN = 50;
const MAX_ROWSPAN = 200;
/**
 * Merged cells are expanded only within this many grid columns (table 四 has 16): a row of
 * thousands of colspan/rowspan cells then costs its cells, not their spans (linear time).
 */
const MAX_EXPANDED_COLUMNS = 64;

export function presetTable(table: Element, view: string): PresetTable | undefined {
  const loc = table.sourceCodeLocation;
  if (!loc) return undefined;
  const rows: GridRow[] = [];
  /** Row spans still open: grid column → rows left and the spanning cell's range. */
  let pending = new Map<number, { left: number; range: OffsetRange }>();
  for (const tr of rowsOf(table)) {
    const cells: GridCell[] = [];
    const taken = new Set<number>();
    const next = new Map<number, { left: number; range: OffsetRange }>();
    for (const [col, p] of pending) {
      cells.push({ text: '', range: { start: p.range.start, end: p.range.start }, covered: true, col });
      taken.add(col);
      if (p.left > 1) next.set(col, { left: p.left - 1, range: p.range });
    }
    let col = 0;
    for (const td of tr.childNodes) {
      if (!('tagName' in td) || (td.tagName !== 'td' && td.tagName !== 'th')) continue;
      while (taken.has(col)) col++;
      const colspan = span(td, 'colspan', MAX_COLSPAN);
      const rowspan = span(td, 'rowspan', MAX_ROWSPAN);
      const content = cellContent(td, view);
      cells.push({ text: content.text, range: content.range, covered: false, col });
      for (let k = 0; k < colspan && col + k < MAX_EXPANDED_COLUMNS; k++) {
        if (k > 0) cells.push({ text: '', range: { start: content.range.start, end: content.range.start }, covered: true, col: col + k });
        taken.add(col + k);
        if (rowspan > 1) next.set(col + k, { left: rowspan - 1, range: content.range });
      }
      col += colspan;
    }
    pending = next;
    cells.sort((a, b) => (a.col ?? 0) - (b.col ?? 0));
    if (cells.length > 0) rows.push({ cells, positional: true });
  }
  if (rows.length === 0) return undefined;
  return { range: { start: loc.startOffset, end: loc.endOffset }, rows, layout: 'html' };
}

/** The table's own rows (through thead/tbody/tfoot), in document order. */
function rowsOf(table: Element): Element[] {
  const out: Element[] = [];
  for (const child of table.childNodes) {
    if (!('tagName' in child)) continue;
    if (child.tagName === 'tr') out.push(child);
    else if (child.tagName === 'thead' || child.tagName === 'tbody' || child.tagName === 'tfoot') {
      for (const tr of child.childNodes) if ('tagName' in tr && tr.tagName === 'tr') out.push(tr);
    }
  }
  return out;
}

function span(cell: Element, name: string, max: number): number {
  const raw = cell.attrs.find((a) => a.name === name)?.value ?? '1';
  const n = Number.parseInt(raw, 10);
  return Number.isFinite(n) ? Math.max(1, Math.min(max, n)) : 1;
}

/** The cell's visible text (filler removed, other spacing collapsed) and its range in the view. */
function cellContent(td: Element, view: string): { text: string; range: OffsetRange } {
  const loc = td.sourceCodeLocation;
  if (!loc) return { text: '', range: { start: 0, end: 0 } };
  const from = loc.startTag?.endOffset ?? loc.startOffset;
  const to = loc.endTag?.startOffset ?? loc.endOffset;
  let first = from;
  while (first < to && /\s/.test(view.charAt(first))) first++;
  let last = to;
  while (last > first && /\s/.test(view.charAt(last - 1))) last--;
  if (first >= last) return { text: '', range: { start: from, end: from } };
  // A cell holding only a zero-width space a web editor left is blank, as it looks.
  const text = withoutZeroWidth(withoutFiller(view.slice(first, last))).replace(/\s+/g, ' ').trim();
  return text === '' ? { text, range: { start: from, end: from } } : { text, range: { start: first, end: last } };
}
