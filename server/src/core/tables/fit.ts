import { tableTemplate } from '../format/tables';
import type { BlockSpec, CellRef, TableEra, TableId, TableTemplate } from '../format/tables';
import type { OffsetRange } from '../text/line-index';
import { cuts } from './digits';
import type { Part } from './digits';
import { ANY_LABEL, labelForm, lexiconOf, matchLabel } from './labels';
import type { Lexicon, LexiconEntry } from './labels';
import { placeRow } from './place';
import { columnsToRows } from './column-major';
import { repairMovedValues } from './moved-value';
import { recoverByOrder } from './order-rows';
import { resolve } from './resolve';
import { segment } from './segment';
import { isText, isValue, partToken, tokensOf } from './tokens';
import type { Tok } from './tokens';
import type { ExtraRow, GridCell, GridRow, LabelVariant, ReadRow, TableCell, UnreadRow } from './types';
import { parseCellValue } from './values';
import { evaluateRelations } from './relations';

/**
 * Template fitting: reads the grid rows of one table (any layout) into the cells of its template.
 * The template's era is read from the labels only one template has; then segment.ts finds the
 * data rows by their labels, place.ts puts each row's values in columns, resolve.ts lets the
 * relations choose where a layout left several readings, and rows that stay unclear are reported
 * unread rather than guessed. Table 四 is one flat run of 15 numbers.
 */

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
// Fitting

export interface FitResult {
  readonly era: TableEra;
  readonly template: TableTemplate;
  readonly eraEvidence?: { readonly label: string; readonly range: OffsetRange } | undefined;
  readonly rows: readonly ReadRow[];
  readonly cells: readonly TableCell[];
  readonly extraRows: readonly ExtraRow[];
  readonly unread: readonly UnreadRow[];
  readonly variants: readonly LabelVariant[];
  /** Table 四: how many numbers were read when they could not be fitted to its 15 cells. */
  readonly flatCount?: number | undefined;
}

function cellOf(row: TableCell['row'], column: TableCell['column'], t: Tok): TableCell {
  const ok = t.numeric || t.empty;
  const parsed = parseCellValue(t.cell.text, column.kind);
  return { row, column, kind: column.kind, text: t.cell.text, range: t.cell.range, status: ok ? parsed.status : 'invalid', value: ok ? parsed.value : undefined };
}

type RowsResult = Omit<FitResult, 'era' | 'template' | 'eraEvidence'>;

function fitRows(template: TableTemplate, toks: readonly (readonly Tok[])[], reordered = false): RowsResult {
  const seg = segment(template, toks);
  const repaired = repairMovedValues(template, seg.rows.map((r) => placeRow(template, r, toks)), seg.overflowing.map((o) => ({ row: placeRow(template, o.read, toks), strays: o.strays })));
  const { placed } = repaired;
  const strays = seg.strays - repaired.strays;
  // Numbers left over mean the text's order is not the table's: no placing of a short row by guesswork then.
  const { rows, unread } = resolve(template, strays > 0 ? placed.map((p) => (p.derived && p.reason === 'short' ? { ...p, candidates: [] } : p)) : placed);
  const cells: TableCell[] = [];
  const readRows: ReadRow[] = [];
  for (const { row, placement } of rows) {
    let found = 0;
    for (let i = 0; i < row.columns.length; i++) {
      const column = row.columns[i];
      const t = placement[i];
      if (!t || !column) continue;
      found++;
      cells.push(cellOf(row.read.spec, column, t));
    }
    readRows.push({ spec: row.read.spec, labelRange: row.read.labelRange, found, expected: row.columns.length });
  }
  const unreadRows: UnreadRow[] = [
    ...seg.unread.flatMap((u) => u.rows.filter((spec) => !repaired.recovered.has(spec)).map((spec): UnreadRow => ({ spec, range: u.range, reason: u.reason }))),
    ...unread.map(({ row, reason }): UnreadRow => ({ spec: row.read.spec, range: row.read.labelRange, reason })),
  ];
  const variants: LabelVariant[] = seg.rows.flatMap((r) => (r.variant ? [{ row: r.spec, label: r.variant.label, range: r.variant.range }] : []));
  const byLabel: RowsResult = { rows: readRows, cells, extraRows: seg.extra, unread: unreadRows, variants };
  // Text in flow order (PDF text without layout) may put numbers apart from their labels: when the
  // reading by label left numbers over or rows unclear, the reading by order is tried too.
  const doubtful = unreadRows.length > 0 || strays > 0 || placed.some((p) => p.derived);
  if (!doubtful || toks.some((row) => row.some((t) => t.positional && t.numeric))) return byLabel;
  // A block printed column by column (PDF text of a narrow table): read again in row order.
  const inRows = reordered ? toks : columnsToRows(template, toks);
  if (inRows !== toks) return fitRows(template, inRows, true);
  const inOrder = orderReading(template, toks);
  if (!inOrder) return mostlyUnread(template, strays, byLabel);
  if (!allHold(template, inOrder)) return orderWhereVouched(template, strays, byLabel, inOrder);
  const rowsInOrder: ReadRow[] = templateRowsOf(template).map(({ spec, block }) => {
    const own = inOrder.filter((c) => c.row === spec);
    const labelled = readRows.find((r) => r.spec === spec)?.labelRange ?? own[0]?.range ?? { start: 0, end: 0 };
    return { spec, labelRange: labelled, found: own.length, expected: block.columns.length };
  });
  return { rows: rowsInOrder, cells: inOrder, extraRows: seg.extra, unread: [], variants };
}

/**
 * The reading by order where the text vouches for it (order-rows.ts), when it does not hold as a
 * whole: checked against the rows the labels read; or, when the labels read so little that their
 * rows are no evidence (mostlyUnread), by the arithmetic alone, every equality holding.
 */
function orderWhereVouched(template: TableTemplate, strays: number, byLabel: RowsResult, inOrder: readonly TableCell[]): RowsResult {
  const recovered = recoverByOrder(template, byLabel, inOrder);
  if (recovered) return { ...byLabel, ...recovered };
  const blank = mostlyUnread(template, strays, byLabel);
  if (blank === byLabel) return byLabel;
  const alone = recoverByOrder(template, { rows: [], cells: [], unread: blank.unread }, inOrder);
  return alone && allHold(template, alone.cells) ? { ...byLabel, ...alone } : blank;
}

/**
 * Text whose order is not the table's (numbers left over) and that loses a third of the rows: the
 * rows that did read may hold other rows' numbers too (a wrapped label's head followed by the next
 * row's numbers), and nothing can check them. The whole table is unread then.
 */
function mostlyUnread(template: TableTemplate, strays: number, read: RowsResult): RowsResult {
  const all = templateRowsOf(template);
  if (strays === 0 || read.unread.length * 3 < all.length) return read;
  const unreadKeys = new Set(read.unread.map((u) => u.spec.key));
  const [first] = read.unread;
  const range = first?.range ?? { start: 0, end: 0 };
  const more = read.rows.filter((r) => !unreadKeys.has(r.spec.key)).map((r): UnreadRow => ({ spec: r.spec, range: r.labelRange, reason: 'order' }));
  return { ...read, rows: [], cells: [], unread: [...read.unread, ...more].map((u) => (u.range.end > u.range.start ? u : { ...u, range })) };
}

function templateRowsOf(template: TableTemplate): { spec: TableCell['row']; block: BlockSpec }[] {
  return template.blocks.flatMap((block) => block.rows.map((spec) => ({ spec, block })));
}

/**
 * Every number of the table in text order, given to the template's rows in order, when there are
 * exactly as many as the template has cells (else undefined).
 */
function orderReading(template: TableTemplate, toks: readonly (readonly Tok[])[]): TableCell[] | undefined {
  const values: Tok[] = [];
  for (const row of toks) for (const t of row) if (t.numeric || (t.empty && !t.cell.covered && t.cell.text !== '') || (t.empty && t.cell.text === '' && !t.positional && t.words && row.length === 1)) values.push(t);
  const slots = templateRowsOf(template).flatMap(({ spec, block }) => block.columns.map((column) => ({ spec, column })));
  if (values.length !== slots.length) return undefined;
  return slots.flatMap(({ spec, column }, i) => {
    const t = values[i];
    return t ? [cellOf(spec, column, t)] : [];
  });
}

/**
 * Whether the cells pass every equality of the template and every row takes part in one that
 * holds: a reading by order is taken only when the arithmetic vouches for every row of it (never
 * for table 二, which has no equality).
 */
function allHold(template: TableTemplate, cells: readonly TableCell[]): boolean {
  const byKey = new Map(cells.map((c) => [`${c.row.key}|${c.column.key}`, c]));
  const results = evaluateRelations(template, (row, column) => byKey.get(`${row}|${column}`)).filter((r) => r.relation.kind === 'eq' && !r.relation.soft);
  if (results.some((r) => r.status === 'fails')) return false;
  const vouched = new Set(results.filter((r) => r.status === 'holds').flatMap((r) => [...r.lhsCells, ...r.rhsCells]).map((c) => c?.row.key));
  return templateRowsOf(template).every(({ spec }) => vouched.has(spec.key));
}


/** Most extra numbers set aside when table 四 reads more than 15 (page numbers, a stray figure). */
const MAX_FLAT_EXTRA = 5;

/**
 * Table 四: its 15 numbers in order (行政复议 ×5, 未经复议直接起诉 ×5, 复议后起诉 ×5). Header words
 * are never numbers; a text cell among the numbers counts only in a row of real cells (a wrong
 * value). Digits run together are cut by the three totals; with a few numbers too many, the 15
 * whose totals add up are taken when only one choice does.
 */
function fitFlat(block: BlockSpec, flat: readonly CellRef[], toks: readonly (readonly Tok[])[]): { cells: TableCell[]; count: number; reason?: UnreadRow['reason'] | undefined } {
  const lex = lexiconOf('四');
  const values: Tok[] = [];
  for (const row of toks) {
    if (!row.some((t) => t.numeric)) continue;
    const separated = row.length > 1 && row.some((t) => t.positional);
    for (const t of row) {
      if (t.cell.covered) continue;
      if (isValue(t)) {
        if (t.cell.text === '' && !separated && t.words) continue;
        values.push(t);
      } else if (separated && values.length > 0 && t.norm.length <= 8 && !matchLabel(lex, t.norm, ANY_LABEL, false)) {
        values.push(t);
      }
    }
  }
  const build = (chosen: readonly Tok[]): TableCell[] => chosen.flatMap((t, i) => {
    const ref = flat[i];
    const row = block.rows.find((r) => r.key === ref?.row);
    const column = block.columns.find((c) => c.key === ref?.column);
    return row && column ? [cellOf(row, column, t)] : [];
  });
  if (values.length === flat.length) return { cells: build(values), count: values.length };
  const groups = block.rows.length;
  const width = block.columns.length;
  // Digits run together only when they are enough for every cell (one digit at least each): fewer
  // are numbers whose blank cells left no trace (a PDF's text), not runs to cut.
  const digits = values.reduce((n, t) => n + t.cell.text.length, 0);
  if (values.length > 0 && values.length < flat.length && values.length <= groups && digits >= flat.length && values.every((t) => t.numeric && /^\d+$/.test(t.cell.text))) {
    const cut = gluedFlat(block, flat, values);
    if (cut) return { cells: build(cut), count: flat.length };
    return { cells: [], count: values.length, reason: 'glued' };
  }
  if (values.length > flat.length && values.length - flat.length <= MAX_FLAT_EXTRA) {
    const fits: Tok[][] = [];
    const total = (t: Tok | undefined): number | undefined => (t === undefined ? undefined : t.empty ? 0 : t.numeric ? parseCellValue(t.cell.text, 'count').value : undefined);
    const holds = (chosen: readonly Tok[]): boolean => {
      for (let g = 0; g < groups; g++) {
        const own = chosen.slice(g * width, (g + 1) * width).map(total);
        if (own.some((v) => v === undefined)) return false;
        const sum = own.slice(0, -1).reduce<number>((a, b) => a + (b ?? 0), 0);
        if (Math.abs(sum - (own.at(-1) ?? 0)) > 1e-6) return false;
      }
      return true;
    };
    const drop = (from: number, left: number, kept: Tok[]): void => {
      if (fits.length > 1) return;
      if (kept.length === flat.length) { if (holds(kept)) fits.push(kept); return; }
      if (from >= values.length) return;
      const t = values[from];
      if (t === undefined) return;
      if (values.length - from > left) drop(from + 1, left, [...kept, t]);
      if (left > 0) drop(from + 1, left - 1, kept);
    };
    drop(0, values.length - flat.length, []);
    const [fit] = fits;
    if (fits.length === 1 && fit) return { cells: build(fit), count: flat.length };
    return { cells: [], count: values.length, reason: 'flat-long' };
  }
  return { cells: [], count: values.length, reason: values.length === 0 ? undefined : 'flat-short' };
}

/**
 * Table 四 with its digits run together: one run for the whole table, or one per group (行政复议,
 * 未经复议直接起诉, 复议后起诉). Every way of giving the runs whole groups in order is tried, each
 * run cut with its groups' totals; read only when exactly one reading comes out.
 */
function gluedFlat(block: BlockSpec, flat: readonly CellRef[], runs: readonly Tok[]): Tok[] | undefined {
  const width = block.columns.length;
  const groups = block.rows.length;
  const readings = new Map<string, Tok[]>();
  const give = (run: number, group: number, acc: Tok[]): void => {
    if (readings.size > 1) return;
    const tok = runs[run];
    if (tok === undefined) {
      if (group === groups) readings.set(acc.map((t) => t.cell.text).join('|'), acc);
      return;
    }
    const left = runs.length - run - 1;
    for (let take = 1; group + take + left <= groups; take++) {
      const parts: Part[] = [];
      for (let g = 0; g < take; g++) {
        for (let c = 0; c < width; c++) parts.push({ kind: 'count', total: block.columns[c]?.total === true, group: g });
      }
      const found = cuts(tok.cell.text, parts, 2);
      if (found === undefined) { readings.set('?', []); readings.set('??', []); return; }
      for (const cut of found) {
        let offset = tok.cell.range.start;
        const parted = cut.map((text) => { const t = partToken(tok, text, offset); offset += text.length; return t; });
        give(run + 1, group + take, [...acc, ...parted]);
      }
    }
  };
  give(0, 0, []);
  const [only] = readings.values();
  return readings.size === 1 && only?.length === flat.length ? only : undefined;
}

/** Reads the grid rows of one table against the template of its era (read from its labels). */
export function fitTable(table: TableId, rows: readonly GridRow[], preferred: TableEra): FitResult {
  const toks = tokensOf(rows);
  const { era, evidence } = detectEra(table, toks, preferred);
  const template = tableTemplate(table, era);
  const [onlyBlock] = template.blocks;
  if (template.flat && onlyBlock) {
    const { cells, count, reason } = fitFlat(onlyBlock, template.flat, toks);
    const readRows: ReadRow[] = cells.length === 0 ? [] : onlyBlock.rows.flatMap((spec) => {
      const own = cells.filter((c) => c.row === spec);
      const [firstCell] = own;
      return firstCell ? [{ spec, labelRange: firstCell.range, found: own.length, expected: onlyBlock.columns.length }] : [];
    });
    const at = (cells[0] ?? undefined)?.range ?? firstValueRange(toks);
    const unread: UnreadRow[] = reason && at ? onlyBlock.rows.map((spec) => ({ spec, range: at, reason, count })) : [];
    return { era, template, eraEvidence: evidence, rows: readRows, cells, extraRows: [], unread, variants: [], flatCount: cells.length === 0 ? count : undefined };
  }
  return { era, template, eraEvidence: evidence, ...fitRows(template, toks) };
}

function firstValueRange(toks: readonly (readonly Tok[])[]): OffsetRange | undefined {
  for (const row of toks) for (const t of row) if (t.numeric) return t.cell.range;
  return undefined;
}
