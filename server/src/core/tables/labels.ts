import { TABLE_TEMPLATES } from '../format/tables';
import type { ColumnSpec, RowSpec, TableEra, TableId } from '../format/tables';
import { bigramSimilarity, looseLabel, normalizeLabel } from '../text/normalize';

/**
 * Label matching for the table reader. Labels are compared after normalisation (normalizeLabel:
 * NFKC, no whitespace, one quote style, simplified characters, "1、" → "1."), tolerating a
 * different or missing numbering ("（一）"/"(一)"/"一、"/"1."), a bracketed explanation after the
 * label ("规章（设区的市…）", "本年增/减（指2020年…）"), and extraction damage (a character lost or
 * doubled: bigram similarity).
 */

const NUMBERING = /^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+\.|\d{1,2}\.)/;

export interface LabelForm {
  /** Normalised label without its numbering. */
  readonly body: string;
  /** The body without punctuation (looseLabel). */
  readonly core: string;
  /** The numbering as normalised ("(一)", "1."), or ''. */
  readonly numbering: string;
}

/**
 * Memo of pure functions of a label's text (bounded; cleared when full). Labels repeat across
 * reports and checks, and normalising them dominates the cost of reading a table.
 */
class Memo<T> {
  private readonly map = new Map<string, T>();
  constructor(private readonly compute: (key: string) => T, private readonly limit = 20000) {}
  get(key: string): T {
    let v = this.map.get(key);
    if (v === undefined) {
      if (this.map.size >= this.limit) this.map.clear();
      v = this.compute(key);
      this.map.set(key, v);
    }
    return v;
  }
}

const FORMS = new Memo<LabelForm>((normalized) => {
  const m = NUMBERING.exec(normalized);
  const numbering = m ? m[0] : '';
  const body = normalized.slice(numbering.length);
  return { body, core: looseLabel(body), numbering };
});
const NORMALIZED = new Memo<string>(normalizeLabel);

export function labelForm(normalized: string): LabelForm {
  return FORMS.get(normalized);
}

/** normalizeLabel, memoised. */
export function normalizedLabel(text: string): string {
  return NORMALIZED.get(text);
}

export type EntryKind = 'row' | 'group' | 'column' | 'heading' | 'corner' | 'note';

/** A label of a table template, with the eras whose template has it. */
export interface LexiconEntry {
  readonly kind: EntryKind;
  readonly label: string;
  readonly key: string;
  /** For rows and columns: the block key. */
  readonly block: string;
  readonly eras: readonly TableEra[];
  readonly forms: readonly LabelForm[];
  readonly row?: RowSpec;
  readonly column?: ColumnSpec;
}

export interface Lexicon {
  readonly entries: readonly LexiconEntry[];
  /** Exact normalised label (with and without numbering) → entries. */
  readonly exact: ReadonlyMap<string, readonly LexiconEntry[]>;
}

function formsOf(label: string, short?: string, variants?: readonly string[]): LabelForm[] {
  const out: LabelForm[] = [];
  for (const l of [label, ...(short ? [short] : []), ...(variants ?? [])]) out.push(labelForm(normalizeLabel(l)));
  return out;
}

function buildLexicon(table: TableId): Lexicon {
  const byId = new Map<string, { entry: LexiconEntry; eras: TableEra[] }>();
  const add = (e: Omit<LexiconEntry, 'eras' | 'forms'>, era: TableEra, forms: LabelForm[]): void => {
    const id = `${e.kind}|${e.block}|${e.key}|${normalizeLabel(e.label)}`;
    const had = byId.get(id);
    if (had) { if (!had.eras.includes(era)) had.eras.push(era); return; }
    const eras: TableEra[] = [era];
    byId.set(id, { entry: { ...e, eras, forms }, eras });
  };
  for (const era of ['2019', '2021'] as const) {
    const t = TABLE_TEMPLATES[era][table];
    if (t.note) add({ kind: 'note', label: t.note, key: 'note', block: '' }, era, formsOf(t.note));
    for (const h of t.header) add({ kind: 'group', label: h.label, key: h.label, block: '' }, era, formsOf(h.label));
    for (const b of t.blocks) {
      if (b.heading) add({ kind: 'heading', label: b.heading, key: b.key, block: b.key }, era, formsOf(b.heading));
      if (b.corner) add({ kind: 'corner', label: b.corner, key: b.corner, block: b.key }, era, formsOf(b.corner));
      for (const g of b.groups) add({ kind: 'group', label: g.label, key: g.label, block: b.key }, era, formsOf(g.label));
      for (const r of b.rows) add({ kind: 'row', label: r.label, key: r.key, block: b.key, row: r }, era, formsOf(r.label, r.short, r.variants));
      for (const c of b.columns) {
        add({ kind: 'column', label: c.label, key: c.key, block: b.key, column: c }, era, formsOf(c.label, c.short, c.variants));
        for (const g of c.groups ?? []) add({ kind: 'group', label: g, key: g, block: b.key }, era, formsOf(g));
      }
    }
  }
  const entries = [...byId.values()].map((v) => v.entry);
  const exact = new Map<string, LexiconEntry[]>();
  const put = (k: string, e: LexiconEntry): void => {
    const list = exact.get(k);
    if (!list) exact.set(k, [e]);
    else if (!list.includes(e)) list.push(e);
  };
  for (const e of entries) {
    for (const f of e.forms) {
      put(f.numbering + f.body, e);
      // Without numbering only when the body is distinctive (not "其他").
      if (f.core.length >= 3) put(f.core, e);
    }
  }
  return { entries, exact };
}

const LEXICONS = new Map<TableId, Lexicon>();

/** The labels of both templates of a table (built once; immutable). */
export function lexiconOf(table: TableId): Lexicon {
  let l = LEXICONS.get(table);
  if (!l) { l = buildLexicon(table); LEXICONS.set(table, l); }
  return l;
}

export interface LabelMatch {
  readonly entry: LexiconEntry;
  /** 3 exact, 2 prefix with an explanation, (0.75…1) similar. */
  readonly score: number;
}

/** Whether the text after a matched prefix is an explanation or unit ("（…）", "：…"). */
function explanationFollows(rest: string): boolean {
  return rest === '' || rest.startsWith('(') || rest.startsWith(':') || rest.startsWith('[');
}

/** Which entries a match may return. */
export type LabelFilter = (e: LexiconEntry) => boolean;
/** The filters the reader uses on every cell: their matches are memoised per lexicon (see matchLabel). */
export const ROW_LABELS: LabelFilter = (e) => e.kind === 'row';
export const ANY_LABEL: LabelFilter = () => true;
export const NON_ROW_LABELS: LabelFilter = (e) => e.kind !== 'row';
/** The shared filters, each with its place in a lexicon's memos (strict, then fuzzy). */
const SHARED_FILTERS = new Map<LabelFilter, number>([[ROW_LABELS, 0], [ANY_LABEL, 2], [NON_ROW_LABELS, 4]]);

/** Per lexicon, per shared filter and fuzziness, the matches already computed (null: none); bounded, emptied when full. */
const MATCHES = new WeakMap<Lexicon, Map<string, LabelMatch | null>[]>();
const MATCHES_LIMIT = 20000;

/**
 * The best template label for a normalised candidate, among entries accepted by `accept`.
 * Exact (numbering ignored) beats a prefix followed by an explanation, which beats similarity.
 * A pure function of the lexicon, the text and the filter: with one of the shared filters the
 * result is memoised, since the same cells and joins of cells are matched again and again (every
 * row's label against every join, every check of the same document).
 */
export function matchLabel(lex: Lexicon, normalized: string, accept: LabelFilter, fuzzy = true): LabelMatch | undefined {
  const filter = SHARED_FILTERS.get(accept);
  if (filter === undefined) return computeMatch(lex, normalized, accept, fuzzy);
  let memos = MATCHES.get(lex);
  if (!memos) { memos = Array.from({ length: SHARED_FILTERS.size * 2 }, () => new Map<string, LabelMatch | null>()); MATCHES.set(lex, memos); }
  const memo = memos[filter + (fuzzy ? 1 : 0)];
  if (memo === undefined) return computeMatch(lex, normalized, accept, fuzzy);
  const had = memo.get(normalized);
  if (had !== undefined) return had ?? undefined;
  if (memo.size >= MATCHES_LIMIT) memo.clear();
  const found = computeMatch(lex, normalized, accept, fuzzy);
  memo.set(normalized, found ?? null);
  return found;
}

function computeMatch(lex: Lexicon, normalized: string, accept: LabelFilter, fuzzy: boolean): LabelMatch | undefined {
  if (normalized === '') return undefined;
  const cand = labelForm(normalized);
  const direct = lex.exact.get(normalized) ?? lex.exact.get(cand.numbering + cand.body) ?? (cand.core.length >= 3 ? lex.exact.get(cand.core) : undefined);
  if (direct) {
    const e = direct.find(accept);
    if (e) return { entry: e, score: 3 };
  }
  let best: LabelMatch | undefined;
  for (const e of lex.entries) {
    if (!accept(e)) continue;
    for (const f of e.forms) {
      let score = 0;
      if (f.body === cand.body && f.body !== '' && (f.core.length >= 3 || cand.numbering !== '')) score = 2.8;
      else if (f.body.length >= 2 && cand.body.length > f.body.length && cand.body.startsWith(f.body) && explanationFollows(cand.body.slice(f.body.length))) score = 2.5;
      else if (f.core.length >= 5 && cand.core.startsWith(f.core)) score = 2;
      else if (fuzzy && f.core.length >= 4 && cand.core.length >= 4) {
        const ratio = cand.core.length / f.core.length;
        if (ratio > 0.6 && ratio < 1.6) {
          const s = bigramSimilarity(cand.core, f.core);
          if (s >= 0.75) score = s;
        }
      }
      if (score > 0 && (!best || score > best.score)) best = { entry: e, score };
    }
  }
  return best;
}

/**
 * The rows whose label begins with the candidate: the head of a label wrapped over several lines
 * ("5.要求行政机关确认或重新出" … "具已获取信息"). The candidate must carry the row's numbering and
 * two characters of its body, or four characters without numbering. With each row, what of its
 * label is still to come (the tail, normalised).
 */
export function headMatches(lex: Lexicon, normalized: string): readonly HeadMatch[] {
  let memo = HEADS.get(lex);
  if (!memo) { memo = new Map(); HEADS.set(lex, memo); }
  let found = memo.get(normalized);
  if (found === undefined) {
    if (memo.size >= MATCHES_LIMIT) memo.clear();
    found = computeHeads(lex, normalized);
    memo.set(normalized, found);
  }
  return found;
}

export interface HeadMatch { readonly entry: LexiconEntry; readonly rest: string }

/** Per lexicon, the heads already matched (a pure function of the text; bounded). */
const HEADS = new WeakMap<Lexicon, Map<string, readonly HeadMatch[]>>();
const NO_HEADS: readonly HeadMatch[] = [];

function computeHeads(lex: Lexicon, normalized: string): readonly HeadMatch[] {
  const cand = labelForm(normalized);
  if (cand.body.length < (cand.numbering === '' ? 4 : 2)) return NO_HEADS;
  const out: HeadMatch[] = [];
  for (const e of lex.entries) {
    if (e.kind !== 'row') continue;
    for (const f of e.forms) {
      if (cand.numbering !== '' && f.numbering !== cand.numbering) continue;
      if (f.body.length > cand.body.length && f.body.startsWith(cand.body)) {
        out.push({ entry: e, rest: f.body.slice(cand.body.length) });
        break;
      }
    }
  }
  return out;
}

/**
 * What of a row's label follows `normalized` when `normalized` is the beginning of it (a head, or
 * the short form before a bracketed explanation: "(二)部分公开" → "(区分处理的,…)"); '' when
 * nothing follows or the two do not line up.
 */
export function labelRest(e: LexiconEntry, normalized: string): string {
  const cand = labelForm(normalized);
  let rest = '';
  for (const f of e.forms) {
    if (f.body.length > cand.body.length && f.body.startsWith(cand.body) && f.body.length - cand.body.length > rest.length) rest = f.body.slice(cand.body.length);
  }
  return rest;
}

/** The row label a text ends with ("(三)不予公开1.属于国家秘密" ends with 1.属于国家秘密): crawler text runs labels together. */
export function rowLabelAtEnd(lex: Lexicon, normalized: string): LexiconEntry | undefined {
  let best: { entry: LexiconEntry; length: number } | undefined;
  for (const e of lex.entries) {
    if (e.kind !== 'row') continue;
    for (const f of e.forms) {
      const whole = f.numbering + f.body;
      const form = f.numbering !== '' || f.core.length >= 4 ? whole : '';
      if (form.length >= 2 && normalized.endsWith(form) && (!best || form.length > best.length)) best = { entry: e, length: form.length };
    }
  }
  return best?.entry;
}

/** Whether a normalised text contains a label of the entry (for headers split over several cells). */
export function containsLabel(haystack: string, e: LexiconEntry): boolean {
  return e.forms.some((f) => (f.core.length >= 2 ? haystack.includes(f.core) : false));
}

export { normalizeLabel };

/** Labels of one table only (none of the others has them), normalised without numbering; built once. */
const DISTINCT: readonly { readonly table: TableId; readonly core: string }[] = (() => {
  const ids = ['二', '三', '四'] as const;
  const cores = new Map<TableId, Set<string>>();
  for (const id of ids) {
    const set = new Set<string>();
    for (const e of lexiconOf(id).entries) {
      if (e.kind === 'note') continue;
      for (const f of e.forms) if (f.core.length >= 3) set.add(f.core);
    }
    cores.set(id, set);
  }
  const out: { table: TableId; core: string }[] = [];
  for (const id of ids) {
    for (const c of cores.get(id) ?? []) {
      if (ids.some((other) => other !== id && [...(cores.get(other) ?? [])].some((o) => o.includes(c) || c.includes(o)))) continue;
      out.push({ table: id, core: c });
    }
  }
  return out;
})();

/**
 * Which of the three tables a block of text outside the parts is, by the labels only that table
 * has (at least three of them); undefined when none has three.
 */
export function tableOfLabels(text: string): TableId | undefined {
  const hay = looseLabel(text);
  const score = new Map<TableId, number>();
  for (const d of DISTINCT) if (hay.includes(d.core)) score.set(d.table, (score.get(d.table) ?? 0) + 1);
  let best: TableId | undefined;
  let bestScore = 2;
  for (const [id, n] of score) if (n > bestScore) { best = id; bestScore = n; }
  return best;
}
