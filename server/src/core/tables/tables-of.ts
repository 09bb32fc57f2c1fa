import { sectionsOf } from '../model/sections-of';
import type { Part, ReportModel, TableBlock } from '../model/types';
import { TABLE_OF_SECTION, tableTemplate, templateRows } from '../format/tables';
import type { TableEra, TableId } from '../format/tables';
import type { Line, OffsetRange } from '../text/line-index';
import { NUMBER_TOKEN, readLayoutRows } from '../model/table-layouts';
import { fitTable } from './fit';
import { tableOfLabels } from './labels';
import { localise } from './localize';
import { evaluateRelations } from './relations';
import type { GridLayout, GridRow, MissingColumn, PresetTable, ReadTable, TableCell } from './types';
import { perModel } from '../model/per-model';

/**
 * The tables of parts 二, 三 and 四, read once per model: for each, the template it follows, the
 * rows and columns recognised, every cell with its range and value, the relations evaluated and
 * the cells the localisation names. Tables outside any recognised part (a web page pasted whole,
 * whose headings were not found) are assigned by their labels.
 */

export const tablesOf: (model: ReportModel) => readonly ReadTable[] = perModel(readTables);

/** The table of one part, if read. */
export function tableOf(model: ReportModel, id: TableId): ReadTable | undefined {
  return tablesOf(model).find((t) => t.id === id);
}

/**
 * Whether an importer found the part's table but could not read it (a picture in a PDF): the part
 * has its table, and nothing can be said about its rows and cells.
 */
export function hasUnreadableTable(model: ReportModel, part: Part): boolean {
  return (model.unreadableTables ?? []).some((r) => r.start >= part.heading.range.start && r.start < part.body.end);
}

interface Source {
  readonly id: TableId;
  /** At least one block. */
  readonly blocks: readonly [TableBlock, ...TableBlock[]];
  readonly part?: Part;
  /** Where header lines may start (the part body), for text layouts. */
  readonly from: number;
}

function readTables(model: ReportModel): ReadTable[] {
  if (model.era.id === '2007') return [];
  const preferred: TableEra = model.era.id;
  const sources: Source[] = [];
  const used = new Set<TableBlock>();
  const sectioned = sectionsOf(model);
  for (const [k, { part, section }] of sectioned.entries()) {
    const id = section ? TABLE_OF_SECTION[section.number] : undefined;
    const [firstTable, ...moreTables] = part.tables;
    if (!id || !firstTable || sources.some((s) => s.id === id) || hasUnreadableTable(model, part)) continue;
    const spilled = spilledBlock(model, id, sectioned[k + 1]?.part);
    sources.push({ id, blocks: [firstTable, ...moreTables, ...spilled], part, from: part.body.start });
    for (const b of [...part.tables, ...spilled]) used.add(b);
  }
  if (sources.length < 3) sources.push(...orphanSources(model, sources, used));
  return sources.map((s) => readOne(model, s, preferred)).sort((a, b) => a.range.start - b.range.start);
}

/**
 * The rest of table 四 printed after the next part's heading: pdftotext in flow order (LibreOffice's
 * PDF of a table split by the page's text flow) can put the heading 五、 between the first numbers of
 * table 四 and the rest, which stand among its column header words (复议后起诉, 结果维持 …). Such a
 * block belongs to table 四 when it is the first thing in the next part (no prose before it) and
 * carries table 四's own labels.
 */
function spilledBlock(model: ReportModel, id: TableId, next: Part | undefined): TableBlock[] {
  const [first] = next?.tables ?? [];
  if (id !== '四' || next === undefined || first === undefined || model.era.id === '2007') return [];
  const before = model.text.slice(next.body.start, first.range.start);
  if (/[。；;]/.test(before)) return [];
  const opening = (before + model.text.slice(first.range.start, first.range.end)).split('\n').map((l) => l.replace(/[\s\u3000]+/g, '')).find((l) => l !== '');
  const template = tableTemplate('四', model.era.id);
  const labels = [...templateRows(template).map((r) => r.label), ...template.blocks.flatMap((b) => b.groups.map((g) => g.label))];
  return opening !== undefined && labels.includes(opening) ? [first] : [];
}

/** Table blocks outside the parts, assigned to 二/三/四 by the labels they carry. */
function orphanSources(model: ReportModel, taken: readonly Source[], used: ReadonlySet<TableBlock>): Source[] {
  const inParts = new Set([...used].map((b) => b.range.start));
  const blocks = model.tableBlocks.filter((b) => !inParts.has(b.range.start));
  const out: Source[] = [];
  for (const b of blocks) {
    const best = tableOfLabels(model.text.slice(b.range.start, Math.min(b.range.end, b.range.start + 6000)));
    if (!best || taken.some((s) => s.id === best) || out.some((s) => s.id === best)) continue;
    out.push({ id: best, blocks: [b], from: b.range.start });
  }
  return out;
}

const HEADER_LINE_MAX = 40;

/** The lines of the report, built once per model. */
/** The lines of the table region: header lines just above the first block, down to the last block. */
function regionLines(model: ReportModel, s: Source): { lines: readonly Line[]; range: OffsetRange } {
  const first = s.blocks[0].range;
  const last = (s.blocks.at(-1) ?? s.blocks[0]).range;
  const all = model.lines.allLines();
  let i = model.lines.positionAt(first.start).line;
  const endLine = model.lines.positionAt(Math.max(first.start, last.end - 1)).line;
  let start = first.start;
  for (let j = i - 1; j >= 0; j--) {
    const line = all[j];
    if (line === undefined || line.start < s.from) break;
    const t = line.text.trim();
    if (t === '') continue;
    if (t.length > HEADER_LINE_MAX || /[。；;]$/.test(t) || t.includes('<')) break;
    i = j;
    start = line.start;
  }
  // Rows after the last block that the block finder could not join (PDF text: a row of one number
  // after header characters split one per line), up to the first line of prose or the part's end.
  let j = endLine;
  let end = last.end;
  const limit = s.part ? s.part.body.end : last.end;
  for (let k = endLine + 1; k < all.length; k++) {
    const line = all[k];
    if (line === undefined || line.end > limit) break;
    const t = line.text.trim();
    if (t === '') continue;
    if (t.includes('<') || /[。；;]$/.test(t) || !(t.length <= HEADER_LINE_MAX || /[\d０-９]$/.test(t))) break;
    j = k;
    end = line.end;
  }
  return { lines: all.slice(i, j + 1), range: { start, end } };
}

/** The preset grids (D3) that overlap a source's blocks: those lines are read from the grid, never re-parsed. */
function presetsOf(model: ReportModel, s: Source): readonly PresetTable[] {
  const presets = model.presetTables ?? [];
  return presets.filter((p) => s.blocks.some((b) => p.range.start < b.range.end && b.range.start < p.range.end));
}

function gridRows(model: ReportModel, s: Source, lines: readonly Line[]): GridRow[] {
  const presets = presetsOf(model, s);
  if (presets.length === 0) return readLayoutRows(lines);
  const rows: GridRow[] = [];
  let pendingText: Line[] = [];
  const flush = (): void => { if (pendingText.length) rows.push(...readLayoutRows(pendingText)); pendingText = []; };
  const done = new Set<TableBlock | PresetTable>();
  for (const line of lines) {
    const p = presets.find((t) => t.range.start < line.end + 1 && line.start < t.range.end);
    if (p) {
      if (!done.has(p)) { flush(); rows.push(...p.rows); done.add(p); }
      continue;
    }
    pendingText.push(line);
  }
  flush();
  return rows;
}

function layoutOf(model: ReportModel, s: Source): GridLayout {
  const preset = presetsOf(model, s)[0];
  if (preset) return preset.layout;
  const blocks = s.blocks;
  const counts = new Map<GridLayout, number>();
  for (const b of blocks) counts.set(b.layout, (counts.get(b.layout) ?? 0) + (b.range.end - b.range.start));
  const [widest] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return widest?.[0] ?? blocks[0].layout;
}

function readOne(model: ReportModel, s: Source, preferred: TableEra): ReadTable {
  const { lines, range } = regionLines(model, s);
  const grid = gridRows(model, s, lines);
  const fit = fitTable(s.id, grid, preferred);
  const byKey = new Map<string, Map<string, TableCell>>();
  for (const c of fit.cells) {
    let row = byKey.get(c.row.key);
    if (!row) { row = new Map(); byKey.set(c.row.key, row); }
    row.set(c.column.key, c);
  }
  const cell = (row: string, column: string): TableCell | undefined => byKey.get(row)?.get(column);
  const readKeys = new Set([...fit.rows.map((r) => r.spec.key), ...fit.unread.map((u) => u.spec.key)]);
  const missingRows = fit.template.flat ? [] : templateRows(fit.template).filter((r) => !readKeys.has(r.key));
  const missingColumns: MissingColumn[] = [];
  const unreadKeys = new Set(fit.unread.map((u) => u.spec.key));
  for (const b of fit.template.blocks) {
    const rows = fit.rows.filter((r) => b.rows.includes(r.spec));
    // A column is missing when no row read has a cell in it; rows that could not be read say nothing about columns.
    if (rows.length === 0 || b.rows.some((r) => unreadKeys.has(r.key))) continue;
    const absent = b.columns.filter((c) => !rows.some((r) => cell(r.spec.key, c.key)));
    for (const c of absent) missingColumns.push({ column: c, block: b.heading });
  }
  // Unfilled only when the grid holds no number at all: numbers the reader could not place are not an empty form.
  const noNumber = !grid.some((r) => r.cells.some((c) => NUMBER_TOKEN.test(c.text)));
  const unfilled = noNumber && fit.unread.length === 0 && (fit.cells.length > 0 && fit.cells.every((c) => c.status === 'empty') || (fit.template.flat !== undefined && fit.cells.length === 0 && fit.flatCount === 0 && s.blocks.some((b) => b.layout === 'labels')));
  const relations = evaluateRelations(fit.template, cell);
  return {
    id: s.id,
    template: fit.template,
    era: fit.era,
    eraEvidence: fit.eraEvidence,
    layout: layoutOf(model, s),
    range,
    part: s.part,
    rows: fit.rows,
    cells: fit.cells,
    cell,
    missingRows,
    missingColumns,
    extraRows: fit.extraRows,
    unread: fit.unread,
    variants: fit.variants,
    unfilled,
    flatCount: fit.template.flat && fit.cells.length === 0 ? fit.flatCount : undefined,
    relations,
    localisation: localise(relations),
  };
}
