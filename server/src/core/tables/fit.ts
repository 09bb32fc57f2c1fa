import { tableTemplate } from '../format/tables';
import type { BlockSpec, CellRef, ColumnSpec, RowSpec, TableEra, TableId, TableTemplate } from '../format/tables';
import type { OffsetRange } from '../text/line-index';
import { containsLabel, labelForm, lexiconOf, matchLabel, normalizedLabel } from './labels';
import type { Lexicon, LexiconEntry } from './labels';
import type { ExtraRow, GridCell, GridRow, ReadRow, TableCell } from './types';
import { isEmptyMarker, looksNumeric, parseCellValue } from './values';


/**
 * Template fitting: reads grid rows (any layout) into the cells of a table template. Rows are
 * recognised by their labels (the last label cells before the values, joined when a label was
 * split over several cells or lines); columns by the header labels above them when the layout has
 * real columns, else by the template's order. The template's era is read from the labels.
 */

interface Tok {
  readonly cell: GridCell;
  readonly positional: boolean;
  readonly row: number;
  /** Normalised text ('' for blank and covered cells). */
  readonly norm: string;
  readonly numeric: boolean;
  /** Blank or an empty marker ("-", "—", "/", "无"). */
  readonly empty: boolean;
}

function tokens(rows: readonly GridRow[]): Tok[][] {
  return rows.map((r, i) => r.cells.map((cell): Tok => {
    const numeric = !cell.covered && cell.text !== '' && looksNumeric(cell.text);
    const empty = !cell.covered && !numeric && isEmptyMarker(cell.text);
    return { cell, positional: r.positional, row: i, norm: numeric || empty || cell.covered ? '' : normalizedLabel(cell.text), numeric, empty };
  }));
}

const isText = (t: Tok): boolean => !t.cell.covered && !t.numeric && !t.empty;
const isValue = (t: Tok): boolean => !t.cell.covered && (t.numeric || t.empty);

// ---------------------------------------------------------------------------------------------
// Era

/** Cheap lookups only: the label as is, without numbering, without punctuation, before a bracket. */
function quickMatch(lex: Lexicon, norm: string): readonly LexiconEntry[] | undefined {
  const f = labelForm(norm);
  const bracket = f.body.indexOf('(');
  return lex.exact.get(norm) ?? lex.exact.get(f.numbering + f.body) ?? (f.core.length >= 3 ? lex.exact.get(f.core) : undefined)
    ?? (bracket > 1 ? lex.exact.get(f.body.slice(0, bracket)) : undefined);
}

/** Whether a label of one era only is also part of a label of the other era (规范性文件 ⊂ 行政规范性文件). */
function ambiguousMarker(lex: Lexicon, e: LexiconEntry): boolean {
  const other = e.eras[0] === '2019' ? '2021' : '2019';
  return lex.entries.some((o) => o.eras.includes(other) && o.forms.some((of) => e.forms.some((f) => of.core.includes(f.core))));
}

const MARKERS = new Map<LexiconEntry, boolean>();

/** Which template the table follows, by the labels only one template has. */
function detectEra(table: TableId, toks: readonly Tok[][], preferred: TableEra): { era: TableEra; evidence?: { label: string; range: OffsetRange } | undefined } {
  if (table === '四') return { era: preferred };
  const lex = lexiconOf(table);
  const votes: Record<TableEra, number> = { 2019: 0, 2021: 0 };
  const first: Partial<Record<TableEra, GridCell>> = {};
  // One flat list of the cells (a plain loop: Array.prototype.flat is slow and this runs per table).
  const flat: Tok[] = [];
  for (const row of toks) for (const t of row) flat.push(t);
  for (let i = 0; i < flat.length; i++) {
    const t = flat[i];
    if (t === undefined || !isText(t)) continue;
    const found = quickMatch(lex, t.norm);
    if (!found) continue;
    for (const e of found) {
      const [onlyEra] = e.eras;
      if (onlyEra === undefined || e.eras.length !== 1) continue;
      let marker = MARKERS.get(e);
      if (marker === undefined) { marker = !ambiguousMarker(lex, e); MARKERS.set(e, marker); }
      if (!marker) {
        // A row of one era that is a group label in the other (（六）其他处理): counts when values follow.
        let k = i + 1;
        while (flat[k]?.cell.covered) k++;
        const next = flat[k];
        if (!(e.kind === 'row' && next?.numeric)) continue;
      }
      votes[onlyEra]++;
      first[onlyEra] ??= t.cell;
      break;
    }
  }
  const era: TableEra = votes['2019'] > votes['2021'] ? '2019' : votes['2021'] > votes['2019'] ? '2021' : preferred;
  const cell = first[era];
  return { era, evidence: cell && { label: cell.text, range: cell.range } };
}

// ---------------------------------------------------------------------------------------------
// Rows

export interface FitResult {
  readonly era: TableEra;
  readonly template: TableTemplate;
  readonly eraEvidence?: { readonly label: string; readonly range: OffsetRange } | undefined;
  readonly rows: readonly ReadRow[];
  readonly cells: readonly TableCell[];
  readonly extraRows: readonly ExtraRow[];
  readonly flatCount?: number;
}

interface OpenRow {
  readonly spec: RowSpec;
  readonly block: BlockSpec;
  readonly label: GridCell;
  readonly values: { tok: Tok; column?: ColumnSpec }[];
  /** Columns in the order the values come (the present ones when the header lacks some). */
  readonly order: readonly ColumnSpec[];
}

const MAX_LABEL_PARTS = 6;

class Fitter {
  private readonly lex: Lexicon;
  private readonly rowsOut: ReadRow[] = [];
  private readonly cellsOut: TableCell[] = [];
  private readonly extra: ExtraRow[] = [];
  private readonly seen = new Set<string>();
  /** Text cells since the last data row began (header, group labels, the row label). */
  private pending: Tok[] = [];
  private open: OpenRow | undefined;
  /** Grid column → column key of the current block (positional layouts). */
  private colMap: { block: string; map: Map<number, ColumnSpec> } | undefined;

  private readonly rowsByKey = new Map<string, { spec: RowSpec; block: BlockSpec }>();
  private readonly columnEntries = new Map<ColumnSpec, LexiconEntry>();

  constructor(private readonly template: TableTemplate) {
    this.lex = lexiconOf(template.table);
    for (const b of template.blocks) {
      for (const r of b.rows) this.rowsByKey.set(r.key, { spec: r, block: b });
      for (const c of b.columns) {
        const e = this.lex.entries.find((x) => x.kind === 'column' && x.block === b.key && x.key === c.key && x.eras.includes(template.era));
        if (e) this.columnEntries.set(c, e);
      }
    }
  }

  private readonly isAnyLabel = (): boolean => true;

  /** The row the last label cells name: the shortest suffix of `labels` that matches a label. */
  private matchRow(labels: readonly Tok[]): { entry: LexiconEntry; used: number; score: number } | undefined {
    const n = Math.min(MAX_LABEL_PARTS, labels.length);
    let joined = '';
    let fuzzy: { entry: LexiconEntry; used: number; score: number } | undefined;
    for (let k = 1; k <= n; k++) {
      const part = labels[labels.length - k];
      if (part === undefined) break;
      joined = part.norm + joined;
      const m = matchLabel(this.lex, joined, this.isAnyLabel, k <= 2);
      if (!m) continue;
      // Joined cells must give the whole label (a split label), not a label followed by stray text.
      if (m.score >= (k === 1 ? 2 : 2.5)) return { entry: m.entry, used: k, score: m.score };
      if (!fuzzy || m.score > fuzzy.score) fuzzy = { entry: m.entry, used: k, score: m.score };
    }
    return fuzzy;
  }

  /** Columns present in the header text since the last row (text layouts), in template order. */
  private presentColumns(block: BlockSpec, header: readonly Tok[]): readonly ColumnSpec[] {
    if (header.length === 0) return block.columns;
    const hay = labelForm(header.map((t) => t.norm).join('')).core;
    const present = block.columns.filter((c) => { const e = this.columnEntries.get(c); return e !== undefined && containsLabel(hay, e); });
    // A header names most of the columns; a group label that happens to hold one ("（六）其他处理") is no header.
    return present.length < Math.max(2, Math.ceil(block.columns.length / 2)) ? block.columns : present;
  }

  /** Grid column → template column from positional header cells. */
  private headerMap(block: BlockSpec, header: readonly Tok[]): Map<number, ColumnSpec> | undefined {
    const map = new Map<number, ColumnSpec>();
    for (const t of header) {
      if (!t.positional || t.cell.col === undefined) continue;
      const m = matchLabel(this.lex, t.norm, (e) => e.kind === 'column' && e.block === block.key && e.eras.includes(this.template.era));
      const column = m && block.columns.find((c) => c.key === m.entry.key);
      if (column) map.set(t.cell.col, column);
    }
    return map.size > 0 ? map : undefined;
  }

  private startRow(entry: LexiconEntry, label: Tok, header: readonly Tok[]): OpenRow | undefined {
    const found = entry.eras.includes(this.template.era) ? this.rowsByKey.get(entry.key) : undefined;
    if (!found) {
      this.extra.push({ label: label.cell.text, range: label.cell.range });
      return undefined;
    }
    const { spec, block } = found;
    if (this.seen.has(spec.key)) {
      this.extra.push({ label: label.cell.text, range: label.cell.range, duplicate: spec });
      return undefined;
    }
    const map = header.filter((t) => t.positional).length >= 2 ? this.headerMap(block, header) : undefined;
    if (map) this.colMap = { block: block.key, map };
    else if (this.colMap && this.colMap.block !== block.key) this.colMap = undefined;
    return { spec, block, label: label.cell, values: [], order: this.presentColumns(block, header) };
  }

  private close(): void {
    const o = this.open;
    this.open = undefined;
    if (!o) return;
    this.seen.add(o.spec.key);
    let found = 0;
    for (const v of o.values) {
      if (!v.column) continue;
      const parsed = parseCellValue(v.tok.cell.text, v.column.kind);
      found++;
      this.cellsOut.push({
        row: o.spec, column: v.column, kind: v.column.kind, text: v.tok.cell.text, range: v.tok.cell.range,
        status: v.tok.numeric || v.tok.empty ? parsed.status : 'invalid', value: v.tok.numeric || v.tok.empty ? parsed.value : undefined,
      });
    }
    this.rowsOut.push({ spec: o.spec, labelRange: o.label.range, found, expected: o.block.columns.length });
  }

  /** Adds a value to the open row by its grid column (when mapped) or in order. */
  private addValue(t: Tok): void {
    const o = this.open;
    if (!o) return;
    let column: ColumnSpec | undefined;
    if (this.colMap && t.cell.col !== undefined && this.colMap.block === o.block.key) {
      column = this.colMap.map.get(t.cell.col);
      if (!column) return; // a blank under no column, or a value in a column the template lacks
      if (o.values.some((v) => v.column === column)) return;
    } else {
      column = o.order[o.values.length];
      if (!column) return;
    }
    o.values.push({ tok: t, column });
  }

  private full(): boolean {
    const o = this.open;
    if (!o) return false;
    if (this.colMap?.block === o.block.key) return false;
    return o.values.length >= o.order.length;
  }

  /** A short text cell inside a row that is not a label: a wrong value ("五", "12a"). */
  private isStrayValue(t: Tok): boolean {
    if (t.norm.length > 8) return false;
    return !matchLabel(this.lex, t.norm, this.isAnyLabel, false);
  }

  /** Begins a row at a value if the pending labels name one; records an extra row if they name none. */
  private beginAt(t: Tok): boolean {
    let labels = this.pending;
    let m = this.matchRow(labels);
    let stray: Tok | undefined;
    const lastPending = labels.at(-1);
    if (m?.entry.kind !== 'row' && labels.length >= 2 && lastPending && this.isStrayValue(lastPending)) {
      // "规章 | 五 | 0 | 0": the first value is not a number.
      const m2 = this.matchRow(labels.slice(0, -1));
      if (m2?.entry.kind === 'row') { stray = lastPending; labels = labels.slice(0, -1); m = m2; }
    }
    if (m?.entry.kind !== 'row') {
      const last = labels.at(-1);
      if (t.numeric && last) {
        // Only a label that reads like a row (Chinese text, not a header cell of the template).
        if ((!m || m.entry.kind === 'group') && /[\u4e00-\u9fff]{2}/.test(last.norm) && !this.seenExtra(last)) {
          this.extra.push({ label: last.cell.text, range: last.cell.range });
        }
        this.pending = [];
      }
      return false;
    }
    const header = labels.slice(0, labels.length - m.used);
    const label = labels.at(-1);
    // A match names at least one label cell.
    if (label === undefined) return false;
    this.pending = [];
    this.open = this.startRow(m.entry, label, header);
    if (this.open && stray) this.addValue(stray);
    return this.open !== undefined;
  }

  private seenExtra(t: Tok): boolean {
    return this.extra.some((e) => e.range.start === t.cell.range.start);
  }

  /** A line of text layouts: a stream of cells. */
  private streamRow(toks: readonly Tok[]): void {
    for (const t of toks) {
      if (t.cell.covered) continue;
      if (this.open) {
        if (isValue(t)) { this.addValue(t); if (this.full()) this.close(); continue; }
        if (this.open.values.length > 0 && this.isStrayValue(t)) { this.addValue(t); if (this.full()) this.close(); continue; }
        this.close();
      }
      if (isText(t)) { this.pending.push(t); continue; }
      if (t.empty && t.cell.text === '' && this.pending.length === 0) continue;
      if (this.beginAt(t)) { this.addValue(t); if (this.full()) this.close(); }
    }
  }

  /** A row with real columns (Markdown, tabs, HTML). */
  private gridRow(toks: readonly Tok[]): void {
    this.close();
    const live = toks.filter((t) => !t.cell.covered);
    const firstNumber = live.findIndex((t) => t.numeric);
    let lastLabel = -1;
    // Under a column the header names, text is a (wrong) value, not a label.
    const dataCol = (t: Tok): boolean => this.colMap !== undefined && t.cell.col !== undefined && this.colMap.map.has(t.cell.col);
    const beforeNumbers = firstNumber < 0 ? live : live.slice(0, firstNumber);
    for (const [i, t] of beforeNumbers.entries()) if (isText(t) && !dataCol(t)) lastLabel = i;
    if (firstNumber < 0) {
      // No number: a header row, or a data row left blank ("-", "无").
      const labels = live.slice(0, lastLabel + 1).filter(isText);
      const valuesAfter = live.slice(lastLabel + 1).some((t) => t.empty && t.cell.text !== '');
      if (!valuesAfter || !this.matchRow([...this.pending, ...labels])) {
        this.pending.push(...live.filter(isText));
        return;
      }
    }
    const labels = live.slice(0, lastLabel + 1).filter(isText);
    this.pending.push(...labels);
    const values = live.slice(lastLabel + 1);
    const [firstValue] = values;
    if (firstValue === undefined || !this.beginAt(firstValue)) return;
    for (const v of values) this.addValue(v);
    this.close();
  }

  fit(toks: readonly Tok[][]): void {
    for (const row of toks) {
      if (row[0]?.positional) this.gridRow(row);
      else this.streamRow(row);
    }
    this.close();
  }

  result(): { rows: ReadRow[]; cells: TableCell[]; extra: ExtraRow[] } {
    return { rows: this.rowsOut, cells: this.cellsOut, extra: this.extra };
  }
}

/** Table 四: the 15 numbers in order (PDF text often splits its header one character per line). */
function fitFlat(block: BlockSpec, flat: readonly CellRef[], toks: readonly Tok[][]): { cells: TableCell[]; count: number } {
  const lex = lexiconOf('四');
  const values: Tok[] = [];
  for (const row of toks) {
    const positional = row[0]?.positional === true;
    if (positional && !row.some((t) => t.numeric)) continue;
    for (const t of row) {
      if (t.cell.covered) continue;
      if (isValue(t)) {
        if (t.cell.text === '' && !positional) continue;
        values.push(t);
      } else if (values.length > 0 && t.norm.length <= 8 && !matchLabel(lex, t.norm, () => true, false)) {
        values.push(t);
      }
    }
  }
  if (values.length !== flat.length) return { cells: [], count: values.length };
  const cells: TableCell[] = [];
  for (const [i, t] of values.entries()) {
    const ref = flat[i];
    // Every place of the flat order names a row and a column of the block (format/tables.ts).
    const row = block.rows.find((r) => r.key === ref?.row);
    const column = block.columns.find((c) => c.key === ref?.column);
    if (!row || !column) continue;
    const parsed = parseCellValue(t.cell.text, column.kind);
    const ok = t.numeric || t.empty;
    cells.push({ row, column, kind: column.kind, text: t.cell.text, range: t.cell.range, status: ok ? parsed.status : 'invalid', value: ok ? parsed.value : undefined });
  }
  return { cells, count: values.length };
}

/** Reads the grid rows of one table against the template of its era (read from its labels). */
export function fitTable(table: TableId, rows: readonly GridRow[], preferred: TableEra): FitResult {
  const toks = tokens(rows);
  const { era, evidence } = detectEra(table, toks, preferred);
  const template = tableTemplate(table, era);
  const [onlyBlock] = template.blocks;
  if (template.flat && onlyBlock) {
    const { cells, count } = fitFlat(onlyBlock, template.flat, toks);
    const readRows: ReadRow[] = cells.length === 0 ? [] : onlyBlock.rows.flatMap((spec) => {
      const own = cells.filter((c) => c.row === spec);
      const [firstCell] = own;
      return firstCell ? [{ spec, labelRange: firstCell.range, found: own.length, expected: onlyBlock.columns.length }] : [];
    });
    return { era, template, eraEvidence: evidence, rows: readRows, cells, extraRows: [], flatCount: count };
  }
  const fitter = new Fitter(template);
  fitter.fit(toks);
  const { rows: readRows, cells, extra } = fitter.result();
  return { era, template, eraEvidence: evidence, rows: readRows, cells, extraRows: extra };
}
