import type { ReportModel } from '../model/types';
import { isWhiteSpaceCode } from '../text/white-space';
import { APPLICATION_NAME_CHARACTERS } from './application-figures';
import { CASE_NAME_CHARACTERS } from './case-figures';
import { DOCUMENT_NAME_CHARACTERS } from './document-figures';
import type { Quantity } from './quantities';
import type { Sentence } from './sentences';
import { isQualifiedAfter, statesLessThanWhole } from './statement-scope';
import { anyOf } from './words';

/** Clause delimiters in folded prose. */
const DELIMITERS = [',', ';', ':', '(', ')', '、', '[', ']'];
/** Marks that are no words: spaces, table pipes, quotes, emphasis. */
const NOT_WORD_MARKS = ['|', '"', '“', '”', '‘', '’', "'", '*'];
/** Those marks and white space, removed from a clause: made from the list, so that it and the class table below agree (none of the marks needs escaping in a class). */
const NOT_WORDS = new RegExp(`[\\s${NOT_WORD_MARKS.join('')}]`, 'g');

/**
 * What the walk back from a figure to its clause's start notes of each character, by code: one
 * table read per character (a Set lookup cost more, issue 17), and the clause's later steps run
 * only when it holds what they act on (most clauses hold no space, year or digit).
 */
const DELIMITER = 1;
/** A character one of which every table figure's name holds (the figure readers' lists). */
const NAME = 2;
const NOT_WORD = 4;
const DIGIT = 8;
const YEAR = 16;
const CLASS = new Uint8Array(0x10000);
const mark = (codes: Iterable<number>, bit: number): void => {
  for (const code of codes) CLASS[code] = (CLASS[code] ?? 0) | bit;
};
const codesOf = (characters: readonly string[]): number[] => characters.map((c) => c.charCodeAt(0));
mark(codesOf(DELIMITERS), DELIMITER);
mark(codesOf([...APPLICATION_NAME_CHARACTERS, ...CASE_NAME_CHARACTERS, ...DOCUMENT_NAME_CHARACTERS]), NAME);
mark(codesOf(NOT_WORD_MARKS), NOT_WORD);
// Every unit \s matches is at most U+3000, but U+FEFF.
mark([...Array.from({ length: 0x3001 }, (_, c) => c).filter(isWhiteSpaceCode), 0xfeff], NOT_WORD);
mark(codesOf(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']), DIGIT);
mark(codesOf(['年']), YEAR);

/** Connectives a clause may open with, and the totalling words before its figure ("共计", "为"). */
const OPENING_CONNECTIVES = ['其中', '包括', '另有', '此外', '以及', '同时', '和', '及', '并且', '并', '且', '又', '另'];
const TOTALLING_WORDS = ['共计', '合计', '总计', '共', '为', '达', '了'];
const LEADING_CONNECTIVES = new RegExp(`^${anyOf(OPENING_CONNECTIVES)}+`);
const TRAILING_TOTALS = new RegExp(`${anyOf(TOTALLING_WORDS)}+$`);
/** A clause can open with a connective only at one of their first characters, end in a totalling word only at one of their last. */
const CONNECTIVE_FIRSTS: ReadonlySet<number> = new Set(OPENING_CONNECTIVES.map((w) => w.charCodeAt(0)));
const TOTALLING_LASTS: ReadonlySet<number> = new Set(TOTALLING_WORDS.map((w) => w.charCodeAt(w.length - 1)));
const YEAR_NUMBER = /((19|20)\d{2})\s*年度?/g;
const HEAD_COUNTS = /(?<!\d)\d+人次/g;

/** What a clause's figure is read against: the sentence's sub-period mentions (statement-scope.ts `SubPeriods`), built only when asked. */
export interface ClauseScope {
  readonly subPeriods: { before(end: number): boolean };
}

/**
 * The words naming a count's table figure: the clause before it (from the last delimiter), with
 * years mapped to 本年/上年/下年, opening connectives and totalling words removed; undefined when
 * it can name no table figure (it holds none of the characters their names hold) or the figure is
 * not a whole-year figure of the whole body (statement-scope.ts).
 */
export function namingClause(model: ReportModel, sentence: Sentence, quantity: Quantity, scope: ClauseScope): string | undefined {
  const at = quantity.range.start - sentence.range.start;
  const text = sentence.text;
  let start = at;
  let holds = 0;
  for (; start > 0; start--) {
    const c = CLASS[text.charCodeAt(start - 1)] ?? 0;
    if ((c & DELIMITER) !== 0) break;
    holds |= c;
  }
  // Removing marks and mapping years adds none of the name characters: the clause as written must hold one.
  if ((holds & NAME) === 0) return undefined;
  if (scope.subPeriods.before(at)) return undefined;
  if (isQualifiedAfter(text, quantity.range.end - sentence.range.start)) return undefined;
  let clause = text.slice(start, at);
  if ((holds & YEAR) !== 0) clause = yearsRelativeToReport(model, clause);
  if ((holds & DIGIT) !== 0 && clause.includes('人次')) clause = clause.replace(HEAD_COUNTS, '');
  if ((holds & NOT_WORD) !== 0) clause = clause.replace(NOT_WORDS, '');
  // Digits are only where the clause as written had them.
  if (((holds & DIGIT) !== 0 && /\d/.test(clause)) || statesLessThanWhole(clause)) return undefined;
  if (CONNECTIVE_FIRSTS.has(clause.charCodeAt(0))) clause = clause.replace(LEADING_CONNECTIVES, '');
  return TOTALLING_LASTS.has(clause.charCodeAt(clause.length - 1)) ? clause.replace(TRAILING_TOTALS, '') : clause;
}

/** Years in a clause relative to the report's year: 本年, 上年, 下年, or 某年 (another year: never a statement). */
function yearsRelativeToReport(model: ReportModel, text: string): string {
  const year = model.year?.value;
  return text.replace(YEAR_NUMBER, (_, y: string) => {
    const n = Number(y);
    if (year === undefined) return '某年';
    return n === year ? '本年' : n === year - 1 ? '上年' : n === year + 1 ? '下年' : '某年';
  });
}
