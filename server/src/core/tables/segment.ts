import type { BlockSpec, RowSpec, TableTemplate } from '../format/tables';
import type { OffsetRange } from '../text/line-index';
import { ANY_LABEL, NON_ROW_LABELS, ROW_LABELS, containsLabel, headMatches, labelForm, labelRest, lexiconOf, matchLabel, normalizedLabel, rowLabelAtEnd } from './labels';
import type { Lexicon, LexiconEntry } from './labels';
import { isText, isValue } from './tokens';
import type { Tok } from './tokens';
import type { ExtraRow, UnreadableReason } from './types';

/**
 * Segmentation: finds the data rows of a table in its grid rows, whatever the layout did to the
 * labels. A row is named by the label cells before its values (the shortest run of cells that
 * gives a label of the template); the values are the cells after it. What real layouts do to the
 * labels is undone here, token by token, in one pass:
 * - a label wrapped over lines with the numbers on a middle line: its head names the row (a
 *   prefix of one label only), the rest after the numbers is consumed as its tail;
 * - group labels printed down the side, a few characters per line (三、本年 / 度办理结 / 果),
 *   interleaved with row labels: pieces that spell a group label together are set aside;
 * - column headers between a row label and its numbers (PDF text of a narrow table): skipped;
 * - labels run together with their digits by a crawler ("规章2117"): the digits kept for placement;
 * - a label with no numbers after it (all cells blank, or a form left unfilled): a blank row;
 * - numbers with no label before them (PDF text in flow order puts some labels after the table):
 *   given by order to the rows between their neighbours when the count fits exactly, else those
 *   rows are reported unreadable, never guessed.
 * Linear in the number of cells: each cell is looked at once, label joins are bounded (6 cells).
 */

export interface RowRead {
  readonly spec: RowSpec;
  readonly block: BlockSpec;
  /** Where the row's label is written (its last label cell), for findings. */
  readonly labelRange: OffsetRange;
  /** The value cells after the label, in order (numbers, blanks, and in rows with real cells a non-number written as a value). */
  readonly values: readonly Tok[];
  /** Digits a crawler ran onto the label, to be split into the row's values. */
  readonly glued?: { readonly text: string; readonly start: number; readonly tok: Tok } | undefined;
  /** The header cells of the row's block (the column labels above its first row). */
  readonly header: readonly Tok[];
  /** The values came from one grid row of real columns: their `col` means something. */
  readonly positional: boolean;
  /** The label is the other era's wording of this row (规范性文件 for 行政规范性文件). */
  readonly variant?: { readonly label: string; readonly range: OffsetRange } | undefined;
}

/** Rows the segmentation could not read, with why. */
export interface UnreadRows {
  readonly rows: readonly RowSpec[];
  readonly reason: UnreadableReason;
  /** Where the problem lies (the stray numbers, or the label). */
  readonly range: OffsetRange;
}

export interface Segmentation {
  readonly rows: readonly RowRead[];
  readonly extra: readonly ExtraRow[];
  readonly unread: readonly UnreadRows[];
  /** Numbers that followed no label and were given to no row: a sign that the text's order is not the table's. */
  readonly strays: number;
  /** Rows set unread because numbers without a label followed them: their numbers and those strays, in order (moved-value.ts may place them by the relations). */
  readonly overflowing: readonly { readonly read: RowRead; readonly strays: number }[];
}

const MAX_LABEL_PARTS = 6;
/** Text cells kept while waiting for a number (a table's header and group labels are far fewer). */
const MAX_PENDING = 400;
/** Pieces of a group label further apart than this many cells are not joined. */
const GROUP_WINDOW = 16;

interface OpenRow {
  readonly spec: RowSpec;
  readonly block: BlockSpec;
  readonly labelRange: OffsetRange;
  readonly values: Tok[];
  readonly header: readonly Tok[];
  readonly positional: boolean;
  readonly variant?: { readonly label: string; readonly range: OffsetRange } | undefined;
  readonly rest: string;
  /** How many values fill the row: its block's columns. */
  readonly width: number;
}

/** A row label found at the end of some text cells: the cells before it (headers), its own cells, what of it is still to come. */
interface LabelMatch {
  readonly entry: LexiconEntry;
  readonly header: readonly Tok[];
  readonly label: readonly Tok[];
  readonly rest: string;
}

/** The text range from the first to the last of some cells. */
function spanOf(cells: readonly Tok[], fallback: OffsetRange): OffsetRange {
  const first = cells[0];
  const last = cells.at(-1);
  if (!first || !last) return fallback;
  // One cell (most labels): its own range, not a copy (a table's ranges are kept with its model).
  return first === last ? first.cell.range : { start: first.cell.range.start, end: last.cell.range.end };
}

interface PartialGroup {
  readonly label: string;
  got: string;
  readonly toks: Tok[];
  readonly since: number;
}

/** A row label found in text with no values after it. */
interface LabelOnly {
  readonly spec: RowSpec;
  readonly block: BlockSpec;
  readonly range: OffsetRange;
  /** How many rows had been read when it was seen. */
  readonly after: number;
  readonly variant?: { readonly label: string; readonly range: OffsetRange } | undefined;
}

interface Orphans {
  readonly after: number;
  readonly values: Tok[];
}

/** Per table and era: the labels the segmenter treats specially, built once. */
interface Vocabulary {
  readonly lex: Lexicon;
  /** Group labels (and block headings) of this era that are not rows: their pieces are set aside. */
  readonly groups: readonly string[];
  /** Every label that is not a row (columns, groups, headings, notes), joined: header words are substrings of it. */
  readonly headerText: string;
  readonly rowsByKey: ReadonlyMap<string, { readonly spec: RowSpec; readonly block: BlockSpec; readonly index: number }>;
  readonly order: readonly RowSpec[];
  /**
   * Row labels of this era by their words without numbering, where those words alone name no row
   * (「总计」 for （七）总计, 「其他」 for 3.其他: the same words head columns): such a label names its row
   * only when a row of numbers follows it.
   */
  readonly bareRows: ReadonlyMap<string, LexiconEntry>;
}

const VOCABULARIES = new Map<TableTemplate, Vocabulary>();

function vocabularyOf(template: TableTemplate): Vocabulary {
  const had = VOCABULARIES.get(template);
  if (had) return had;
  const lex = lexiconOf(template.table);
  const rowNorms = new Set(lex.entries.filter((e) => e.kind === 'row' && e.eras.includes(template.era)).flatMap((e) => e.forms.map((f) => f.numbering + f.body)));
  const groups = lex.entries
    .filter((e) => (e.kind === 'group' || e.kind === 'heading' || e.kind === 'note') && e.eras.includes(template.era))
    .flatMap((e) => e.forms.map((f) => f.numbering + f.body))
    .filter((g) => !rowNorms.has(g));
  const headerText = lex.entries.filter(NON_ROW_LABELS).flatMap((e) => e.forms.map((f) => f.numbering + f.body)).join('\u0000');
  const rowsByKey = new Map<string, { spec: RowSpec; block: BlockSpec; index: number }>();
  const order: RowSpec[] = [];
  for (const b of template.blocks) for (const r of b.rows) { rowsByKey.set(r.key, { spec: r, block: b, index: order.length }); order.push(r); }
  const v: Vocabulary = { lex, groups: [...new Set(groups)], headerText, rowsByKey, order, bareRows: bareRowsOf(lex, template) };
  VOCABULARIES.set(template, v);
  return v;
}

/** See Vocabulary.bareRows: the bodies of numbered row labels that matchLabel does not take alone, each naming one row. */
function bareRowsOf(lex: Lexicon, template: TableTemplate): ReadonlyMap<string, LexiconEntry> {
  const byBody = new Map<string, LexiconEntry[]>();
  for (const e of lex.entries) {
    if (e.kind !== 'row' || !e.eras.includes(template.era)) continue;
    for (const f of e.forms) {
      if (f.numbering === '' || matchLabel(lex, f.body, ROW_LABELS, false)) continue;
      const named = byBody.get(f.body) ?? [];
      if (!named.includes(e)) named.push(e);
      byBody.set(f.body, named);
    }
  }
  const out = new Map<string, LexiconEntry>();
  for (const [body, entries] of byBody) if (entries.length === 1 && entries[0]) out.set(body, entries[0]);
  return out;
}

const CJK_PAIR = /[\u4e00-\u9fff]{2}/;
/** A label with digits run onto it: the label, then the digits (with decimals for an amount). */
const GLUED = /^(.*[^\d.,\-])(\d[\d.\-]*)$/;

class Segmenter {
  private readonly v: Vocabulary;
  private readonly reads: RowRead[] = [];
  private readonly extra: ExtraRow[] = [];
  private readonly unread: UnreadRows[] = [];
  private readonly seen = new Set<string>();
  private readonly labelOnly: LabelOnly[] = [];
  private readonly orphans: Orphans[] = [];
  private readonly headers = new Map<string, readonly Tok[]>();
  /** Rows read by label whose numbers turned out uncertain (reported unread instead). */
  private readonly dropped = new Set<RowRead>();
  private readonly overflowing: { readonly read: RowRead; readonly strays: number }[] = [];
  private pending: Tok[] = [];
  private readonly fragments = new Set<Tok>();
  private partials: PartialGroup[] = [];
  private tail = '';
  private open: OpenRow | undefined;
  /** Text cells seen: the clock of the group window. */
  private clock = 0;

  constructor(private readonly template: TableTemplate) {
    this.v = vocabularyOf(template);
  }

  run(rows: readonly (readonly Tok[])[]): Segmentation {
    for (const row of rows) {
      const separated = row.length > 1 && row.some((t) => t.positional);
      if (separated) this.separatedRow(row);
      else for (const t of row) this.streamTok(t);
    }
    this.close();
    this.scanLabelOnly(this.pending);
    this.pending = [];
    const strays = this.align();
    const unreadKeys = new Set(this.unread.flatMap((u) => u.rows.map((r) => r.key)));
    return { rows: this.reads.filter((r) => !unreadKeys.has(r.spec.key)), extra: this.extra, unread: this.unread, strays, overflowing: this.overflowing };
  }

  // -------------------------------------------------------------------------------------------
  // Text pieces: group labels down the side, tails of wrapped labels

  /** Feeds a text cell to the group tracker: true if it continues a group label (set aside). */
  private groupPiece(t: Tok): boolean {
    this.clock++;
    this.partials = this.partials.filter((p) => {
      if (this.clock - p.since <= GROUP_WINDOW) return true;
      for (const x of p.toks) this.fragments.delete(x);
      return false;
    });
    for (const p of this.partials) {
      const next = p.got + t.norm;
      if (!p.label.startsWith(next)) continue;
      p.got = next;
      p.toks.push(t);
      this.fragments.add(t);
      if (next === p.label) {
        // The whole group label is spelled: its pieces are no row's label.
        this.partials = this.partials.filter((x) => x !== p);
        this.pending = this.pending.filter((x) => !p.toks.includes(x));
      }
      return true;
    }
    for (const g of this.v.groups) {
      if (t.norm.length < g.length && g.startsWith(t.norm)) {
        this.partials.push({ label: g, got: t.norm, toks: [t], since: this.clock });
        this.fragments.add(t);
        break;
      }
    }
    return false;
  }

  /** Consumes a text cell that continues the label of the row just read. */
  private tailPiece(t: Tok): boolean {
    if (this.tail === '' || !this.tail.startsWith(t.norm)) { this.tail = ''; return false; }
    this.tail = this.tail.slice(t.norm.length);
    return true;
  }

  // -------------------------------------------------------------------------------------------
  // Streams of cells (PDF text, one cell per line)

  private streamTok(t: Tok): void {
    if (t.cell.covered) return;
    if (isText(t)) {
      if (this.groupPiece(t)) { this.push(t); return; }
      if (this.tailPiece(t)) return;
      this.close();
      if (this.gluedRow(t)) return;
      this.push(t);
      return;
    }
    if (!isValue(t)) return;
    this.tail = '';
    const o = this.open;
    if (o && o.values.length < o.width) {
      o.values.push(t);
      if (o.values.length >= o.width) this.close();
      return;
    }
    this.close();
    if (this.begin(t, false)) {
      const opened = this.open;
      if (opened) {
        opened.values.push(t);
        if (opened.values.length >= opened.width) this.close();
      }
      return;
    }
    if (t.numeric) {
      this.orphan(t);
      this.scanLabelOnly(this.pending);
      this.pending = [];
    }
  }

  /** Keeps a text cell for the row label to come; a long run of text with no number is let go (its labels scanned first), so the work per cell stays bounded. */
  private push(t: Tok): void {
    this.pending.push(t);
    if (this.pending.length > MAX_PENDING) {
      const old = this.pending.slice(0, MAX_PENDING / 2);
      this.scanLabelOnly(old);
      this.pending = this.pending.slice(MAX_PENDING / 2);
    }
  }

  /** "规章2117": a label with the row's digits run onto it. */
  private gluedRow(t: Tok): boolean {
    const m = GLUED.exec(t.cell.text);
    const labelText = m?.[1];
    const digits = m?.[2];
    if (labelText === undefined || digits === undefined || !CJK_PAIR.test(labelText)) return false;
    const labelTok: Tok = { ...t, cell: { ...t.cell, text: labelText.trimEnd(), range: { start: t.cell.range.start, end: t.cell.range.start + labelText.trimEnd().length } }, norm: normalizedLabel(labelText) };
    const found = this.matchIn([...this.pending, labelTok], true) ?? this.atEnd(labelTok);
    if (!found) return false;
    this.scanLabelOnly(found.header);
    this.pending = [];
    if (!this.start(found.entry, found.label, found.header, false, found.rest, labelTok.cell.range)) return true;
    const o = this.open;
    this.open = undefined;
    if (o) this.finish(o, { text: digits, start: t.cell.range.start + labelText.length, tok: t });
    return true;
  }

  /** A label run together with a group label before it ("(三)不予公开1.属于国家秘密"). */
  private atEnd(t: Tok): LabelMatch | undefined {
    const entry = rowLabelAtEnd(this.v.lex, t.norm);
    return entry ? { entry, header: this.pending, label: [t], rest: '' } : undefined;
  }

  private orphan(t: Tok): void {
    const last = this.orphans.at(-1);
    if (last?.after === this.reads.length) last.values.push(t);
    else this.orphans.push({ after: this.reads.length, values: [t] });
  }

  // -------------------------------------------------------------------------------------------
  // Rows of real cells (Markdown, tabs, scraped rows, HTML, Word)

  private separatedRow(toks: readonly Tok[]): void {
    const live = toks.filter((t) => !t.cell.covered);
    if (!live.some((t) => t.numeric || isText(t))) return;
    this.close();
    this.tail = '';
    const firstNumber = live.findIndex((t) => t.numeric);
    const numbersFrom = firstNumber < 0 ? live.length : firstNumber;
    let lastLabel = -1;
    for (let i = 0; i < numbersFrom; i++) { const t = live[i]; if (t && isText(t)) lastLabel = i; }
    const labels = live.slice(0, lastLabel + 1).filter(isText);
    const values = live.slice(lastLabel + 1);
    // A short word where the first number should be ("规章 | 五 | 0 | 0"): a wrong value, not part of the label.
    while (labels.length >= 2 && this.isStray(labels.at(-1)) && this.matchIn([...this.pending, ...labels.slice(0, -1)], true)) {
      const stray = labels.pop();
      if (stray) values.unshift(stray);
    }
    const lastLabelTok = labels.at(-1);
    if (firstNumber < 0) {
      // No number: a header row, or a row whose cells are all blank ("2.重复申请 | | | …"), never a group label's row.
      const blanks = values.filter((t) => t.empty).length;
      const found = blanks > 0 && lastLabelTok ? this.matchIn([...this.pending, ...labels], true) : undefined;
      if (!found || !this.ofTemplate(found.entry)) { for (const l of labels) this.push(l); return; }
    }
    if (lastLabelTok && values.length === 0) {
      // Digits run onto the last label ("规章2117 |").
      for (const l of labels.slice(0, -1)) this.push(l);
      if (this.gluedRow(lastLabelTok)) return;
      this.push(lastLabelTok);
      return;
    }
    for (const l of labels) this.push(l);
    const [firstValue] = values;
    if (firstValue === undefined) return;
    if (!this.begin(firstValue, true)) {
      if (firstValue.numeric && labels.length === 0) for (const v of values) if (isValue(v) && v.numeric) this.orphan(v);
      return;
    }
    const o = this.open;
    if (!o) return;
    o.values.push(...values);
    this.close();
  }

  // -------------------------------------------------------------------------------------------
  // Naming rows

  /**
   * The row named by the last label cells of `cells` (group pieces left out): the shortest run
   * that gives a whole label, or the head of one label; past column headers written between the
   * label and its numbers. With how many cells it used and what of the label is still to come.
   */
  private matchIn(cells: readonly Tok[], strict = false): LabelMatch | undefined {
    const labels = this.withoutFragments(cells);
    const direct = this.matchEnd(labels, labels.length, strict);
    if (direct) return direct;
    // Column headers between a row's label and its numbers ("规章 / 本年新 / 制作数量 / … / 13").
    let end = labels.length;
    while (end > 0 && this.isHeaderWord(labels[end - 1])) end--;
    if (end === labels.length || end === 0) return undefined;
    const past = this.matchEnd(labels, end, strict);
    return past && { ...past, header: [...past.header, ...labels.slice(end)] };
  }

  private matchEnd(labels: readonly Tok[], end: number, strict: boolean): LabelMatch | undefined {
    const n = Math.min(MAX_LABEL_PARTS, end);
    let joined = '';
    let fuzzy: { entry: LexiconEntry; used: number; score: number } | undefined;
    const result = (entry: LexiconEntry, k: number, rest: string): LabelMatch => ({ entry, header: labels.slice(0, end - k), label: labels.slice(end - k, end), rest });
    for (let k = 1; k <= n; k++) {
      const part = labels[end - k];
      if (part === undefined) break;
      joined = part.norm + joined;
      const m = matchLabel(this.v.lex, joined, ROW_LABELS, k <= 2);
      if (m && m.score >= (k === 1 ? 2 : 2.5)) return result(m.entry, k, labelRest(m.entry, joined));
      if (!strict) {
        const head = this.pickHead(headMatches(this.v.lex, joined));
        if (head) return result(head.entry, k, head.rest);
      }
      if (m && m.score < 2 && (!fuzzy || m.score > fuzzy.score)) fuzzy = { entry: m.entry, used: k, score: m.score };
    }
    if (fuzzy && !strict) return result(fuzzy.entry, fuzzy.used, '');
    return undefined;
  }

  /** Of the rows a wrapped label may begin, the next one not read yet (rows come in template order). */
  private pickHead(heads: readonly { entry: LexiconEntry; rest: string }[]): { entry: LexiconEntry; rest: string } | undefined {
    const last = this.reads.at(-1);
    const lastIndex = last ? this.v.rowsByKey.get(last.spec.key)?.index ?? -1 : -1;
    let best: { entry: LexiconEntry; rest: string; index: number } | undefined;
    for (const h of heads) {
      if (!h.entry.eras.includes(this.template.era) || this.seen.has(h.entry.key)) continue;
      const index = this.v.rowsByKey.get(h.entry.key)?.index;
      if (index === undefined) continue;
      const after = index > lastIndex;
      if (!best || (after && (best.index <= lastIndex || index < best.index)) || (!after && best.index <= lastIndex && index < best.index)) best = { ...h, index };
    }
    return best;
  }

  /** A row label of this template, or the other era's wording of one of its rows. */
  private ofTemplate(e: LexiconEntry): boolean {
    const same = this.v.rowsByKey.get(e.key);
    return same !== undefined && (e.eras.includes(this.template.era) || e.label !== same.spec.label);
  }

  /** A short text that is no label at all: a value written wrong. */
  private isStray(t: Tok | undefined): boolean {
    return t !== undefined && t.norm.length <= 8 && !this.isHeaderWord(t) && !matchLabel(this.v.lex, t.norm, ANY_LABEL, false);
  }

  private readonly headerWords = new Map<string, boolean>();

  /** A word of a column or group label (a header printed between a row's label and its numbers). */
  private isHeaderWord(t: Tok | undefined): boolean {
    if (t === undefined || t.norm === '') return false;
    let known = this.headerWords.get(t.norm);
    if (known === undefined) {
      known = this.v.headerText.includes(t.norm) && !matchLabel(this.v.lex, t.norm, ROW_LABELS, false);
      this.headerWords.set(t.norm, known);
    }
    return known;
  }

  /** Begins a row at a value if the pending labels name one. */
  private begin(t: Tok, separated: boolean): boolean {
    const found = this.matchIn(this.pending, false) ?? (separated && t.numeric ? this.bareRow(this.pending) : undefined);
    if (!found) {
      const last = this.pending.filter((x) => !this.fragments.has(x)).at(-1);
      if (separated && t.numeric && last && CJK_PAIR.test(last.norm) && !this.isHeaderWord(last) && !matchLabel(this.v.lex, last.norm, NON_ROW_LABELS, false)) {
        this.extra.push({ label: last.cell.text, range: last.cell.range });
        this.pending = [];
      }
      return false;
    }
    this.scanLabelOnly(found.header);
    this.pending = [];
    return this.start(found.entry, found.label, found.header, separated, found.rest, t.cell.range);
  }

  /** A row label written without its numbering whose words alone are a column's too (Vocabulary.bareRows), at the end of the cells. */
  private bareRow(cells: readonly Tok[]): LabelMatch | undefined {
    const labels = this.withoutFragments(cells);
    const last = labels.at(-1);
    const entry = last && this.v.bareRows.get(last.norm);
    if (!last || !entry || this.seen.has(entry.key)) return undefined;
    return { entry, header: labels.slice(0, -1), label: [last], rest: '' };
  }

  /** Opens the row a label names, or records it as extra (a row of the other template, or read twice). */
  private start(entry: LexiconEntry, label: readonly Tok[], header: readonly Tok[], positional: boolean, rest: string, at: OffsetRange): boolean {
    const range = spanOf(label, at);
    let found = entry.eras.includes(this.template.era) ? this.v.rowsByKey.get(entry.key) : undefined;
    let variant: OpenRow['variant'];
    if (!found) {
      // The other era's wording of a row this template has under another label (规范性文件).
      const same = this.v.rowsByKey.get(entry.key);
      if (same && entry.label !== same.spec.label) {
        found = same;
        variant = { label: entry.label, range };
      }
    }
    if (!found) {
      this.extra.push({ label: label.map((t) => t.cell.text).join(''), range });
      return false;
    }
    const { spec, block } = found;
    if (this.seen.has(spec.key)) {
      this.extra.push({ label: entry.label, range, duplicate: spec });
      return false;
    }
    const own = header.filter((t) => !this.fragments.has(t));
    if (this.namesColumns(block, own)) this.headers.set(block.key, own);
    const blockHeader = this.headers.get(block.key) ?? [];
    this.open = { spec, block, labelRange: range, values: [], header: blockHeader, positional, variant, rest, width: block.columns.length };
    this.tail = '';
    return true;
  }

  /** Per block, whether a header's text (its label core) names its columns: rows under one group label share it. */
  private readonly headerNames = new Map<BlockSpec, Map<string, boolean>>();

  private namesColumns(block: BlockSpec, header: readonly Tok[]): boolean {
    if (header.length === 0) return false;
    const hay = labelForm(header.map((t) => t.norm).join('')).core;
    let byHay = this.headerNames.get(block);
    if (!byHay) { byHay = new Map(); this.headerNames.set(block, byHay); }
    let names = byHay.get(hay);
    if (names === undefined) {
      let named = 0;
      for (const isNamed of namedColumns(this.v.lex, this.template, block, hay)) if (isNamed) named++;
      names = named >= Math.min(2, block.columns.length);
      byHay.set(hay, names);
    }
    return names;
  }

  private close(): void {
    const o = this.open;
    this.open = undefined;
    if (!o) return;
    this.finish(o);
  }

  private finish(o: OpenRow, glued?: RowRead['glued']): void {
    this.seen.add(o.spec.key);
    this.reads.push({ spec: o.spec, block: o.block, labelRange: o.labelRange, values: o.values, glued, header: o.header, positional: o.positional, variant: o.variant });
    this.tail = o.rest;
  }

  /** The cells that are no piece of a group label (the cells themselves when there is none: no copy). */
  private withoutFragments(cells: readonly Tok[]): readonly Tok[] {
    return this.fragments.size === 0 ? cells : cells.filter((t) => !this.fragments.has(t));
  }

  /** Whole row labels among text cells that no values followed: rows left blank (or whose values stand elsewhere). */
  private scanLabelOnly(cells: readonly Tok[]): void {
    const labels = this.withoutFragments(cells);
    for (let i = 0; i < labels.length; i++) {
      let joined = '';
      for (let k = 0; k < MAX_LABEL_PARTS && i + k < labels.length; k++) {
        const t = labels[i + k];
        if (t === undefined) break;
        joined += t.norm;
        const m = matchLabel(this.v.lex, joined, ROW_LABELS, false);
        if (!m || m.score < 2.5) continue;
        // The longest join that is still a whole label (a label split over cells).
        const next = labels[i + k + 1];
        if (next && k + 1 < MAX_LABEL_PARTS) {
          const longer = matchLabel(this.v.lex, joined + next.norm, ROW_LABELS, false);
          if (longer && longer.score >= m.score && longer.entry === m.entry) continue;
        }
        const first = labels[i];
        const range = first ? { start: first.cell.range.start, end: t.cell.range.end } : t.cell.range;
        const found = m.entry.eras.includes(this.template.era) ? this.v.rowsByKey.get(m.entry.key) : undefined;
        const same = found ?? this.v.rowsByKey.get(m.entry.key);
        if (same) {
          const variant = found ? undefined : { label: m.entry.label, range };
          this.labelOnly.push({ spec: same.spec, block: same.block, range, after: this.reads.length, variant });
        }
        i += k;
        break;
      }
    }
  }

  // -------------------------------------------------------------------------------------------
  // Numbers apart from their labels

  /**
   * Numbers that followed no label go to the rows between the rows read before and after them,
   * in order, when they fill exactly those rows; otherwise those rows are unreadable. Labels that
   * no numbers followed are blank rows.
   */
  private align(): number {
    let strays = 0;
    const indexOf = (r: RowRead | undefined): number => (r ? this.v.rowsByKey.get(r.spec.key)?.index ?? -1 : -1);
    const added: RowRead[] = [];
    for (const o of this.orphans) {
      const before = indexOf(this.reads[o.after - 1]);
      const next = this.reads[o.after];
      const after = next ? indexOf(next) : this.v.order.length;
      const gap = this.v.order.slice(before + 1, Math.max(before + 1, after)).filter((r) => !this.seen.has(r.key));
      const values = o.values;
      const firstValue = values[0];
      if (gap.length === 0 || firstValue === undefined) {
        strays += values.length;
        // Numbers right after a row of words that filled up: some of that row's numbers may be
        // these (text in flow order moves numbers): the row is not certain.
        const before = this.reads[o.after - 1];
        if (before && !before.positional && firstValue !== undefined) {
          this.unread.push({ rows: [before.spec], reason: 'order', range: before.labelRange });
          this.overflowing.push({ read: { ...before, values: [...before.values, ...values] }, strays: values.length });
          this.reads.splice(o.after - 1, 1, { ...before, values: [] });
          this.dropped.add(before);
        }
        continue;
      }
      const blocks = gap.map((r) => this.v.rowsByKey.get(r.key)?.block);
      const widths = blocks.map((b) => b?.columns.length ?? 0);
      const total = widths.reduce((a, b) => a + b, 0);
      const lastValue = values.at(-1) ?? firstValue;
      const range = { start: firstValue.cell.range.start, end: lastValue.cell.range.end };
      if (total !== values.length) {
        strays += values.length;
        this.unread.push({ rows: gap, reason: 'order', range });
        for (const r of gap) this.seen.add(r.key);
        continue;
      }
      let at = 0;
      for (const [i, spec] of gap.entries()) {
        const block = blocks[i];
        const width = widths[i] ?? 0;
        if (!block) continue;
        const own = values.slice(at, at + width);
        at += width;
        const label = this.labelOnly.find((l) => l.spec === spec);
        const ownFirst = own[0] ?? firstValue;
        this.seen.add(spec.key);
        added.push({ spec, block, labelRange: label?.range ?? { start: ownFirst.cell.range.start, end: ownFirst.cell.range.start }, values: own, header: this.headers.get(block.key) ?? [], positional: false, variant: label?.variant });
      }
    }
    for (const l of this.labelOnly) {
      if (this.seen.has(l.spec.key)) continue;
      this.seen.add(l.spec.key);
      // With numbers left over, a label without numbers may have had them moved away: not a blank row.
      if (strays > 0) { this.unread.push({ rows: [l.spec], reason: 'order', range: l.range }); continue; }
      added.push({ spec: l.spec, block: l.block, labelRange: l.range, values: [], header: this.headers.get(l.block.key) ?? [], positional: false, variant: l.variant });
    }
    if (added.length > 0) {
      const order = (r: RowRead): number => this.v.rowsByKey.get(r.spec.key)?.index ?? 0;
      this.reads.push(...added);
      this.reads.sort((a, b) => order(a) - order(b));
    }
    return strays;
  }
}

/** Per template and block, the lexicon entry of each of the block's columns (by index), looked up once. */
const COLUMN_ENTRIES = new WeakMap<TableTemplate, WeakMap<BlockSpec, readonly (LexiconEntry | undefined)[]>>();

function columnEntries(lex: Lexicon, template: TableTemplate, block: BlockSpec): readonly (LexiconEntry | undefined)[] {
  let byBlock = COLUMN_ENTRIES.get(template);
  if (!byBlock) { byBlock = new WeakMap(); COLUMN_ENTRIES.set(template, byBlock); }
  let entries = byBlock.get(block);
  if (!entries) {
    entries = block.columns.map((c) => lex.entries.find((x) => x.kind === 'column' && x.block === block.key && x.key === c.key && x.eras.includes(template.era)));
    byBlock.set(block, entries);
  }
  return entries;
}

/** Which of the block's columns (by index) the header text names. */
function namedColumns(lex: Lexicon, template: TableTemplate, block: BlockSpec, hay: string): boolean[] {
  return columnEntries(lex, template, block).map((e) => e !== undefined && containsLabel(hay, e));
}

/** The present columns of each block under a header already looked at (headers are shared by every row of their block). */
const PRESENT = new WeakMap<readonly Tok[], Map<BlockSpec, BlockSpec['columns']>>();

/**
 * The columns a header names, in template order; all of the block's when there is no header or it
 * names fewer than half of them (a group label holding one column label is no header).
 */
export function presentColumns(lex: Lexicon, template: TableTemplate, block: BlockSpec, header: readonly Tok[]): BlockSpec['columns'] {
  if (header.length === 0) return block.columns;
  let byBlock = PRESENT.get(header);
  if (!byBlock) { byBlock = new Map(); PRESENT.set(header, byBlock); }
  let found = byBlock.get(block);
  if (found === undefined) {
    const hay = labelForm(header.map((t) => t.norm).join('')).core;
    const named = namedColumns(lex, template, block, hay);
    const present = block.columns.filter((_, i) => named[i] === true);
    found = present.length < Math.max(2, Math.ceil(block.columns.length / 2)) ? block.columns : present;
    byBlock.set(block, found);
  }
  return found;
}

export function segment(template: TableTemplate, rows: readonly (readonly Tok[])[]): Segmentation {
  return new Segmenter(template).run(rows);
}
