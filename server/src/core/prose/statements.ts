import { sectionsOf } from '../model/sections-of';
import type { ReportModel } from '../model/types';
import { perModel } from '../model/per-model';
import { applicationFigureNamed } from './application-figures';
import { caseFigureNamed } from './case-figures';
import { namingClause } from './clause';
import { documentFigureNamed } from './document-figures';
import { RESULT_KINDS, REVIEW_KINDS } from './figure-kinds';
import type { FigureKind } from './figure-kinds';
import { findQuantities } from './quantities';
import type { Quantity } from './quantities';
import { sentencesOf } from './sentences';
import type { Sentence } from './sentences';
import { PrefixWords, textBefore } from './prefix-words';
import type { TextBefore } from './prefix-words';
import { isAboutAnotherSubject, SubPeriods } from './statement-scope';

export type { FigureKind } from './figure-kinds';

/**
 * Figures the prose states that the tables also hold (figure-kinds.ts; table-figures.ts says
 * which cells hold each). Only a clause that plainly states the whole-year figure of the whole
 * body counts (statement-scope.ts, clause.ts); no finding beats a wrong finding. Results after
 * 其中/包括 count when they break down 办结, or break down the applications received when nothing
 * was carried over (`needsNoCarried`).
 */
export interface TableStatement {
  readonly kind: FigureKind;
  readonly quantity: Quantity;
  /** The statement holds only if table 三 上年结转 总计 is 0 (a breakdown of the applications received). */
  readonly needsNoCarried?: boolean;
}

/** Units a figure of each family may be stated in. */
const APPLICATION_UNITS: readonly string[] = ['件', '宗'];
const CASE_UNITS: readonly string[] = ['件', '宗', '起'];
const DOCUMENT_UNITS: readonly string[] = ['件', '个', '部', '份'];
const FIGURE_UNITS: readonly string[] = [...new Set([...APPLICATION_UNITS, ...CASE_UNITS, ...DOCUMENT_UNITS])];
/** A sentence opening with these continues the previous one ("…申请142件。其中，予以公开70件"). */
const CONTINUING = /^\s*(其中|包括)/;

/** The statements of table figures in the prose (computed once per model). */
export const tableStatementsOf: (model: ReportModel) => readonly TableStatement[] = perModel(findTableStatements);

/**
 * What the figures of one sentence ask about the text before them (a sub-period, a word, the last
 * 其中), answered from one pass over the sentence each instead of a search of each figure's
 * prefix: a long sentence with many figures stays linear (issues 11, 17). Built lazily: most
 * sentences have no count.
 */
class SentenceScan {
  private subPeriodsRead: SubPeriods | undefined;
  private wordsRead: PrefixWords | undefined;
  private markerStarts: Map<string, number[]> | undefined;

  constructor(readonly sentence: Sentence) {}

  get subPeriods(): SubPeriods {
    this.subPeriodsRead ??= new SubPeriods(this.sentence.text);
    return this.subPeriodsRead;
  }

  get words(): PrefixWords {
    this.wordsRead ??= new PrefixWords(this.sentence.text);
    return this.wordsRead;
  }

  /** sentence.text.lastIndexOf(marker, at), by a binary search over the marker's places. */
  lastIndexOf(marker: string, at: number): number {
    this.markerStarts ??= new Map();
    let starts = this.markerStarts.get(marker);
    if (!starts) {
      starts = [];
      for (let i = this.sentence.text.indexOf(marker); i >= 0; i = this.sentence.text.indexOf(marker, i + 1)) starts.push(i);
      this.markerStarts.set(marker, starts);
    }
    const k = lastAtOrBefore(starts, starts.length, (start) => start, at);
    return k < 0 ? -1 : starts[k] ?? -1;
  }
}

/** The kinds of a sentence without quantities (never added to). */
const NO_KINDS: (FigureKind | undefined)[] = [];

/**
 * One sentence as the statements read it: its quantities and, in the same order, the figure each
 * names (as far as read). Most sentences name no figure: whether one is about another subject
 * (isAboutAnotherSubject, a pattern of twenty words) is asked only once a figure is named in it, or
 * when the next sentence breaks down its last figure (issue 17: it was asked of every sentence
 * with a number).
 */
class Read extends SentenceScan {
  /** The figure each quantity names, in order, for the quantities read so far. */
  readonly kinds: (FigureKind | undefined)[];
  private anotherSubject: boolean | undefined;

  constructor(sentence: Sentence, readonly quantities: readonly Quantity[]) {
    super(sentence);
    this.kinds = quantities.length > 0 ? [] : NO_KINDS;
  }

  /** A sentence about another subject states nothing: none of its figures counts. */
  get aboutAnotherSubject(): boolean {
    this.anotherSubject ??= isAboutAnotherSubject(this.sentence.text);
    return this.anotherSubject;
  }

  /** Whether the sentence states a last figure (of any kind or none) that a sentence opening with 其中 may break down. */
  get hasLastFigure(): boolean {
    return this.quantities.length > 0 && !this.aboutAnotherSubject;
  }
}

/** The index of the last of the first `count` items whose key is ≤ `bound` (items sorted by key), or -1. */
function lastAtOrBefore<T>(items: readonly T[], count: number, key: (item: T) => number, bound: number): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const middle = (low + high) >> 1;
    const item = items[middle];
    if (item !== undefined && key(item) <= bound) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

function findTableStatements(model: ReportModel): TableStatement[] {
  const sections = sectionsOf(model).filter((s) => s.section !== undefined && s.section.number >= 1 && s.section.number <= 4);
  const out: TableStatement[] = [];
  let previous: Read | undefined;
  for (const sentence of sentencesOf(model)) {
    const section = sections.find(({ part }) => sentence.range.start >= part.body.start && sentence.range.end <= part.body.end);
    if (!section) { previous = undefined; continue; }
    const read = new Read(sentence, findQuantities(sentence.text, sentence.range.start));
    // A sentence without a number states nothing (most sentences).
    if (read.quantities.length > 0) readFigures(model, read, section.section?.number === 4, previous, out);
    previous = read;
  }
  return out;
}

/** The figures of one sentence and the statements they make, added to `out`. */
function readFigures(model: ReportModel, read: Read, inPartFour: boolean, previous: Read | undefined, out: TableStatement[]): void {
  let context: FigureContext | undefined;
  const { quantities, kinds } = read;
  for (let i = 0; i < quantities.length; i++) {
    const quantity = quantities[i];
    if (quantity === undefined) break;
    let kind: FigureKind | undefined;
    if (quantity.kind === 'count' && !quantity.approximate) {
      context ??= new FigureContext(model, read, inPartFour, previous);
      kind = context.figureNamed(quantity);
    }
    kinds.push(kind);
    if (kind === undefined) continue;
    if (read.aboutAnotherSubject) return;
    const statement = statementOf(kind, quantity, figureBrokenDown(read, i, previous));
    if (statement) out.push(statement);
  }
}

/**
 * A figure standing after 其中/包括 counts only as a part of the figure it breaks down: results of
 * 办结 (or of 本年新收 when nothing was carried over), 结转 of 办结, the two kinds of 行政诉讼, the
 * parts of a combined 行政复议和行政诉讼 count.
 */
function statementOf(kind: FigureKind, quantity: Quantity, whole: BrokenDown | 'none'): TableStatement | undefined {
  if (whole === 'none') return { kind, quantity };
  const part = whole.kind;
  if (RESULT_KINDS.has(kind) && part === 'handled') return { kind, quantity };
  if ((RESULT_KINDS.has(kind) || kind === 'handled' || kind === 'carry-over') && part === 'received') return { kind, quantity, needsNoCarried: true };
  if (kind === 'carry-over' && part === 'handled') return { kind, quantity };
  if ((kind === 'suit-direct' || kind === 'suit-after') && part === 'suits') return { kind, quantity };
  // "因政府信息公开引起行政复议和行政诉讼共5件，其中行政复议2件…": parts of a combined count.
  if (REVIEW_KINDS.has(kind) && part === undefined && whole.before.contains(REVIEW) && whole.before.contains(SUIT)) return { kind, quantity };
  return undefined;
}

const REVIEW: readonly string[] = ['复议'];
const SUIT: readonly string[] = ['诉讼'];
const NOTHING: TextBefore = { contains: () => false };

interface BrokenDown { readonly kind: FigureKind | undefined; readonly before: TextBefore }

/**
 * Whether the figure stands after 其中/包括, and if so the figure it breaks down: the last
 * quantity before the marker in the sentence, or the previous sentence's last one when the
 * sentence opens with the marker (`before`: the text up to the marker).
 */
function figureBrokenDown(read: Read, index: number, previous: Read | undefined): BrokenDown | 'none' {
  const { sentence, quantities, kinds } = read;
  const quantity = quantities[index];
  if (quantity === undefined) return 'none';
  const at = quantity.range.start - sentence.range.start;
  const marker = Math.max(read.lastIndexOf('其中', at), read.lastIndexOf('包括', at));
  // A breakdown ends at a semicolon.
  if (marker < 0 || read.lastIndexOf(';', at) > marker) return 'none';
  // Quantities come in text order and never overlap: the last one ending before the marker (never this one, which starts after it).
  const lastBefore = lastAtOrBefore(quantities, index, (q) => q.range.end - sentence.range.start, marker);
  if (lastBefore >= 0) return { kind: kinds[lastBefore], before: textBefore(read.words, marker) };
  if (!previous?.hasLastFigure) return { kind: undefined, before: NOTHING };
  return { kind: previous.kinds.at(-1), before: textBefore(previous.words, previous.sentence.text.length) };
}

/** The figures of one sentence: what each count states, from the clause before it. */
class FigureContext {
  private continuedWords: PrefixWords | undefined;
  /** The sentence this one continues after 其中/包括 ("…申请142件。其中，予以公开70件"), or ''. */
  private readonly continued: string;
  /** The whole sentence before (the same for every figure of this one). */
  private readonly previousSentence: TextBefore;

  constructor(private readonly model: ReportModel, private readonly scan: SentenceScan, private readonly inPartFour: boolean, previous: Read | undefined) {
    this.continued = CONTINUING.test(scan.sentence.text) && previous ? previous.sentence.text : '';
    this.previousSentence = previous ? textBefore(previous.words, previous.sentence.text.length) : NOTHING;
  }

  /** The figure a count states, or undefined. */
  figureNamed(quantity: Quantity): FigureKind | undefined {
    // A count in another unit (条, 人次…) names no table figure: its clause is not read.
    if (!FIGURE_UNITS.includes(quantity.unit)) return undefined;
    const sentence = this.scan.sentence;
    const clause = namingClause(this.model, sentence, quantity, this.scan);
    if (clause === undefined) return undefined;
    const at = quantity.range.start - sentence.range.start;
    const before = this.before(at);
    if (APPLICATION_UNITS.includes(quantity.unit)) {
      const kind = applicationFigureNamed(clause, before, this.previousSentence);
      if (kind) return kind;
    }
    if (CASE_UNITS.includes(quantity.unit)) {
      const kind = caseFigureNamed(clause, before, this.inPartFour);
      if (kind) return kind;
    }
    if (DOCUMENT_UNITS.includes(quantity.unit)) return documentFigureNamed(clause, textBefore(this.scan.words, at));
    return undefined;
  }

  /** The sentence up to `at`, after the sentence it continues. */
  private before(at: number): TextBefore {
    if (this.continued === '') return textBefore(this.scan.words, at);
    this.continuedWords ??= new PrefixWords(this.continued + this.scan.sentence.text);
    return textBefore(this.continuedWords, this.continued.length + at);
  }
}
