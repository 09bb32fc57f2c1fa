import type { ReportModel } from '../model/types';
import type { Quantity } from './quantities';
import type { Sentence } from './sentences';
import { isQualifiedAfter, statesLessThanWhole } from './statement-scope';
import { anyOf } from './words';

/** Clause delimiters in folded prose, by code: one table read per character walked back (a Set lookup cost more, issue 17). */
const DELIMITERS = [',', ';', ':', '(', ')', '、', '[', ']'];
const IS_DELIMITER = new Uint8Array(0x10000);
for (const d of DELIMITERS) IS_DELIMITER[d.charCodeAt(0)] = 1;

/** Connectives a clause may open with, and the totalling words before its figure ("共计", "为"). */
const OPENING_CONNECTIVES = ['其中', '包括', '另有', '此外', '以及', '同时', '和', '及', '并且', '并', '且', '又', '另'];
const TOTALLING_WORDS = ['共计', '合计', '总计', '共', '为', '达', '了'];
const LEADING_CONNECTIVES = new RegExp(`^${anyOf(OPENING_CONNECTIVES)}+`);
const TRAILING_TOTALS = new RegExp(`${anyOf(TOTALLING_WORDS)}+$`);
/** Marks that are no words: spaces, table pipes, quotes, emphasis. */
const NOT_WORDS = /[\s|"“”‘’'*]/g;
const YEAR_NUMBER = /((19|20)\d{2})\s*年度?/g;
const HEAD_COUNTS = /(?<!\d)\d+人次/g;

/**
 * The words naming a count's figure: the clause before it (from the last delimiter), with years
 * mapped to 本年/上年/下年, opening connectives and totalling words removed; undefined when the
 * figure is not a whole-year figure of the whole body (statement-scope.ts). `subPeriods`: the
 * sentence's sub-period mentions, shared by its figures.
 */
export function namingClause(model: ReportModel, sentence: Sentence, quantity: Quantity, subPeriods: { before(end: number): boolean }): string | undefined {
  const at = quantity.range.start - sentence.range.start;
  const text = sentence.text;
  if (subPeriods.before(at)) return undefined;
  const afterStart = quantity.range.end - sentence.range.start;
  if (isQualifiedAfter(text.slice(afterStart, afterStart + 6))) return undefined;
  const raw = text.slice(clauseStart(text, at), at);
  const years = raw.includes('年') ? yearsRelativeToReport(model, raw) : raw;
  const clause = (years.includes('人次') ? years.replace(HEAD_COUNTS, '') : years).replace(NOT_WORDS, '');
  if (/\d/.test(clause) || statesLessThanWhole(clause)) return undefined;
  return clause.replace(LEADING_CONNECTIVES, '').replace(TRAILING_TOTALS, '');
}

function clauseStart(text: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) {
    if (IS_DELIMITER[text.charCodeAt(i)] === 1) return i + 1;
  }
  return 0;
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
