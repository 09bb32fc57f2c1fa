import type { ReportModel } from '../../model/types';
import { foldedTextOf } from '../../prose/fold';
import { sentencesOf } from '../../prose/sentences';
import type { OffsetRange } from '../../text/line-index';
import type { Rule } from '../types';
import type { Slip } from '../prose/occurrences';
import { firstAtOrAfter, positionsOfUnits, reportSlips, unitClass } from '../prose/occurrences';
import { isWhiteSpaceCode } from '../../text/white-space';

// None of the three patterns matches the empty string: the exec loops over them end.

/** A run of five or more digits that starts like a year, right before 年/月/日: 202020年, 20101231日, 202011日. */
const RUN_ON = /(?<![\d.])(?:19|20)\d{3,}(?=\s*[年月日])/g;
/** A written date: year, month, day (the day optional). */
const DATE = /(?<!\d)((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号])?/g;
/** A month and a day without a year ("至12月31日"). */
const MONTH_DAY = /(?<![\d年])(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/g;
/** The units every date above ends a number with. */
const DATE_UNITS = unitClass('年月日');

/**
 * A date that cannot be: digits run together (「20101231日」「202020年」, the 年/月 lost when the
 * text was retyped), a month 0 or over 12, a day past the end of its month (2月30日, 6月31日).
 * Read in the prose and the 落款, never in tables or headings; the right date cannot be known,
 * so there is no fix.
 */
export const malformedDate: Rule = {
  meta: { id: 'date/malformed-date', title: '日期书写错误', category: 'date', defaultSeverity: 'info', fixable: false },
  check({ model, t, report }) {
    const folded = foldedTextOf(model);
    const slips: Slip[] = [];
    const digits = digitsBeforeUnits(folded);
    for (const range of readRanges(model)) {
      if ((digits[firstAtOrAfter(digits, range.start)] ?? Infinity) >= range.end) continue;
      const text = folded.slice(range.start, range.end);
      const add = (index: number, length: number): void => {
        const start = range.start + index;
        if (slips.some((s) => s.range.start <= start && start < s.range.end)) return;
        slips.push({ range: { start, end: start + length }, args: { date: model.text.slice(start, start + length) } });
      };
      // exec from lastIndex 0, not matchAll: matchAll copies the pattern on every call, three per date sentence.
      RUN_ON.lastIndex = 0;
      for (let m = RUN_ON.exec(text); m; m = RUN_ON.exec(text)) {
        const unit = /[年月日]/.exec(text.slice(m.index + m[0].length));
        add(m.index, m[0].length + (unit ? unit.index + 1 : 0));
      }
      DATE.lastIndex = 0;
      for (let m = DATE.exec(text); m; m = DATE.exec(text)) {
        const [year, month, day] = [Number(m[1]), Number(m[2]), m[3] === undefined ? undefined : Number(m[3])];
        if (month < 1 || month > 12 || (day !== undefined && (day < 1 || day > daysIn(year, month)))) add(m.index, m[0].length);
      }
      MONTH_DAY.lastIndex = 0;
      for (let m = MONTH_DAY.exec(text); m; m = MONTH_DAY.exec(text)) {
        const [month, day] = [Number(m[1]), Number(m[2])];
        // Without a year, 2月29日 may be right.
        if (month >= 1 && month <= 12 && (day < 1 || day > daysIn(2000, month))) add(m.index, m[0].length);
      }
    }
    slips.sort((a, b) => a.range.start - b.range.start);
    reportSlips({ t, report }, slips, { one: 'date/malformed-date', many: 'date/malformed-date.many', another: 'date/malformed-date.another' }, false);
  },
};

/**
 * What every date holds: a digit right before 年, 月 or 日 (white space between allowed); the
 * ascending positions of such digits. A range without one is not read (issue 17: most sentences
 * have no date, and each was copied and searched three times). Found from the units back, as
 * they are few, where /\d\s*[年月日]/ was tried at every position of the text.
 */
function digitsBeforeUnits(text: string): number[] {
  const out: number[] = [];
  for (const unit of positionsOfUnits(DATE_UNITS, text, 0)) {
    let at = unit - 1;
    while (at >= 0 && isWhiteSpaceCode(text.charCodeAt(at))) at--;
    const code = text.charCodeAt(at);
    if (code >= 0x30 && code <= 0x39) out.push(at);
  }
  return out;
}

/** The days of each month of a common year. */
const DAYS_IN_MONTH: readonly number[] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The days in `month` (1–12) of `year` (Gregorian: no Date object made for it). */
function daysIn(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1] ?? 31;
}

/** The prose sentences and the 落款 (after the content's end), never headings or tables. */
function readRanges(model: ReportModel): OffsetRange[] {
  const ranges = sentencesOf(model).map((s) => s.range);
  if (model.contentEnd < model.text.length) ranges.push({ start: model.contentEnd, end: Math.min(model.text.length, model.contentEnd + 200) });
  return ranges;
}
