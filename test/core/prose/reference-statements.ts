import { sectionsOf } from '../../../server/src/core/model/sections-of';
import type { ReportModel } from '../../../server/src/core/model/types';
import { applicationFigureNamed } from '../../../server/src/core/prose/application-figures';
import { caseFigureNamed } from '../../../server/src/core/prose/case-figures';
import { documentFigureNamed } from '../../../server/src/core/prose/document-figures';
import { RESULT_KINDS, REVIEW_KINDS } from '../../../server/src/core/prose/figure-kinds';
import type { FigureKind } from '../../../server/src/core/prose/figure-kinds';
import type { TextBefore } from '../../../server/src/core/prose/prefix-words';
import { findQuantities } from '../../../server/src/core/prose/quantities';
import type { Quantity } from '../../../server/src/core/prose/quantities';
import { sentencesOf } from '../../../server/src/core/prose/sentences';
import type { Sentence } from '../../../server/src/core/prose/sentences';
import { isAboutAnotherSubject, mentionsSubPeriod, statesLessThanWhole } from '../../../server/src/core/prose/statement-scope';
import type { TableStatement } from '../../../server/src/core/prose/statements';
import { anyOf } from '../../../server/src/core/prose/words';

/**
 * The statement reading as it was before issues 11/17 made it linear: every figure searched the
 * text before it again (sub-periods, 申请, other bodies, the last 其中), quadratic in a long
 * sentence. Kept as the reference the linear reading must agree with; the word tests are the
 * former ones (a regular expression of literal words matches where one of the words occurs).
 */

/** The former word test on a prefix string: one of the words occurs in it. */
const searched = (text: string): TextBefore => ({ contains: (words) => words.some((w) => text.includes(w)) });

/**
 * The former clause reading (before issue 17's gates): every count's clause sliced and cleaned,
 * whatever characters it holds, and the text after it sliced for its qualifiers.
 */
const OPENING_CONNECTIVES = ['其中', '包括', '另有', '此外', '以及', '同时', '和', '及', '并且', '并', '且', '又', '另'];
const TOTALLING_WORDS = ['共计', '合计', '总计', '共', '为', '达', '了'];
const LEADING_CONNECTIVES = new RegExp(`^${anyOf(OPENING_CONNECTIVES)}+`);
const TRAILING_TOTALS = new RegExp(`${anyOf(TOTALLING_WORDS)}+$`);
const QUALIFIERS_AFTER = ['含', '包括', '以上', '左右'];

function namingClause(model: ReportModel, sentence: Sentence, quantity: Quantity, subPeriods: { before(end: number): boolean }): string | undefined {
  const at = quantity.range.start - sentence.range.start;
  const text = sentence.text;
  if (subPeriods.before(at)) return undefined;
  const afterStart = quantity.range.end - sentence.range.start;
  const after = text.slice(afterStart, afterStart + 6).replace(/\s/g, '').replace(/^\(/, '');
  if (QUALIFIERS_AFTER.some((w) => after.startsWith(w))) return undefined;
  let start = at;
  while (start > 0 && !',;:()、[]'.includes(text.charAt(start - 1))) start--;
  const raw = text.slice(start, at);
  const year = model.year?.value;
  const years = raw.replace(/((19|20)\d{2})\s*年度?/g, (_, y: string) => {
    const n = Number(y);
    if (year === undefined) return '某年';
    return n === year ? '本年' : n === year - 1 ? '上年' : n === year + 1 ? '下年' : '某年';
  });
  const clause = years.replace(/(?<!\d)\d+人次/g, '').replace(/[\s|"“”‘’'*]/g, '');
  if (/\d/.test(clause) || statesLessThanWhole(clause)) return undefined;
  return clause.replace(LEADING_CONNECTIVES, '').replace(TRAILING_TOTALS, '');
}

const APPLICATION_UNITS: readonly string[] = ['件', '宗'];
const CASE_UNITS: readonly string[] = ['件', '宗', '起'];
const DOCUMENT_UNITS: readonly string[] = ['件', '个', '部', '份'];
const CONTINUING = /^\s*(其中|包括)/;

interface Found {
  readonly quantity: Quantity;
  readonly kind: FigureKind | undefined;
}
interface Read { readonly sentence: Sentence; readonly found: readonly Found[] }

export function referenceTableStatements(model: ReportModel): TableStatement[] {
  const sections = sectionsOf(model).filter((s) => s.section !== undefined && s.section.number >= 1 && s.section.number <= 4);
  const out: TableStatement[] = [];
  let previous: Read | undefined;
  for (const sentence of sentencesOf(model)) {
    const section = sections.find(({ part }) => sentence.range.start >= part.body.start && sentence.range.end <= part.body.end);
    if (!section) { previous = undefined; continue; }
    const found: Found[] = [];
    if (!isAboutAnotherSubject(sentence.text)) {
      const inPartFour = section.section?.number === 4;
      for (const quantity of findQuantities(sentence.text, sentence.range.start)) {
        const kind = quantity.kind === 'count' && !quantity.approximate ? figureNamed(model, sentence, quantity, inPartFour, previous) : undefined;
        found.push({ quantity, kind });
        const statement = kind && statementOf(kind, quantity, figureBrokenDown(sentence, quantity, found, previous));
        if (statement) out.push(statement);
      }
    }
    previous = { sentence, found };
  }
  return out;
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
  if (REVIEW_KINDS.has(kind) && part === undefined && whole.before.includes('复议') && whole.before.includes('诉讼')) return { kind, quantity };
  return undefined;
}

interface BrokenDown { readonly kind: FigureKind | undefined; readonly before: string }

/**
 * Whether the figure stands after 其中/包括, and if so the figure it breaks down: the last
 * quantity before the marker in the sentence, or the previous sentence's last one when the
 * sentence opens with the marker (`before`: the text up to the marker).
 */
function figureBrokenDown(sentence: Sentence, quantity: Quantity, found: readonly Found[], previous: Read | undefined): BrokenDown | 'none' {
  const at = quantity.range.start - sentence.range.start;
  const marker = Math.max(sentence.text.lastIndexOf('其中', at), sentence.text.lastIndexOf('包括', at));
  // A breakdown ends at a semicolon.
  if (marker < 0 || sentence.text.lastIndexOf(';', at) > marker) return 'none';
  const before = found.filter((f) => f.quantity !== quantity && f.quantity.range.end - sentence.range.start <= marker);
  const lastBefore = before.at(-1);
  if (lastBefore) return { kind: lastBefore.kind, before: sentence.text.slice(0, marker) };
  const last = previous?.found.at(-1);
  return { kind: last?.kind, before: last && previous ? previous.sentence.text : '' };
}

/** The figure a count states, from the clause before it, or undefined. */
function figureNamed(model: ReportModel, sentence: Sentence, quantity: Quantity, inPartFour: boolean, previous: Read | undefined): FigureKind | undefined {
  const clause = namingClause(model, sentence, quantity, { before: (end) => mentionsSubPeriod(sentence.text.slice(0, end)) });
  if (clause === undefined) return undefined;
  const at = quantity.range.start - sentence.range.start;
  const continued = CONTINUING.test(sentence.text) && previous ? previous.sentence.text : '';
  const before = continued + sentence.text.slice(0, at);
  if (APPLICATION_UNITS.includes(quantity.unit)) {
    const kind = applicationFigureNamed(clause, searched(before), searched(previous?.sentence.text ?? ''));
    if (kind) return kind;
  }
  if (CASE_UNITS.includes(quantity.unit)) {
    const kind = caseFigureNamed(clause, searched(before), inPartFour);
    if (kind) return kind;
  }
  if (DOCUMENT_UNITS.includes(quantity.unit)) return documentFigureNamed(clause, searched(sentence.text.slice(0, at)));
  return undefined;
}
