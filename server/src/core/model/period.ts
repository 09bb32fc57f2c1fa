import { findDates } from '../text/dates';
import type { FoundDate } from '../text/dates';
import type { OffsetRange } from '../text/line-index';
import type { StatisticsPeriod, YearStatement } from './types';

/**
 * The statistics-period sentence ("本报告中所列数据的统计期限自2018年1月1日起至2018年12月31日止",
 * "数据统计期限为2010年1月1日至12月31日止", "…汇总期限截止到2017年12月31日") and the other
 * statements of the report's year in the preamble ("现将…2017年度政府信息公开工作情况报告如下").
 */

const PERIOD_CUE = /统计|所列数据|数据(?:时限|期限|时间)/g;
const SENTENCE_END = /[。！？!?\n\r]/;
const MAX_SENTENCE = 160;

function sentenceAround(text: string, at: number): OffsetRange {
  let start = at;
  while (start > 0 && at - start < MAX_SENTENCE && !SENTENCE_END.test(text.charAt(start - 1))) start--;
  let end = at;
  while (end < text.length && end - at < MAX_SENTENCE && !SENTENCE_END.test(text.charAt(end))) end++;
  return { start, end };
}

/** The sentence up to its last date and a closing "止", without the contact details that often follow. */
function trimToDates(text: string, sentence: OffsetRange, last: FoundDate): OffsetRange {
  let start = sentence.start;
  while (start < last.range.start && /[\s\u3000]/.test(text.charAt(start))) start++;
  const end = text[last.range.end] === '止' ? last.range.end + 1 : last.range.end;
  return { start, end };
}

/** A month and day without a year ("至12月31日"), which takes the year of the date before it. */
const MONTH_DAY = /(?<![\d年])(\d{1,2})\s*月\s*(\d{1,2})\s*日/g;

export function findPeriod(text: string, from: number, to: number): StatisticsPeriod | undefined {
  for (const cue of text.slice(from, to).matchAll(PERIOD_CUE)) {
    const sentence = sentenceAround(text, from + cue.index);
    const dates = findDates(text, sentence.start, sentence.end);
    const [first] = dates;
    const last = dates.at(-1);
    if (first === undefined || last === undefined) continue;
    const start = dates.length >= 2 ? first : undefined;
    let end: FoundDate = last;
    if (dates.length === 1) {
      // "自2010年1月1日起至12月31日止": the end date has no year of its own.
      const tail = text.slice(first.range.end, sentence.end);
      const md = MONTH_DAY.exec(tail);
      MONTH_DAY.lastIndex = 0;
      if (md && /至|到|—|-|~/.test(tail.slice(0, md.index))) {
        const s = first.range.end + md.index;
        end = { year: first.year, month: Number(md[1]), day: Number(md[2]), range: { start: s, end: s + md[0].length } };
        return { range: trimToDates(text, sentence, end), start: first, end };
      }
      if (!/截[止至]|止/.test(text.slice(sentence.start, sentence.end))) continue;
    }
    return { range: trimToDates(text, sentence, end), start, end };
  }
  return undefined;
}

const PREAMBLE_YEAR = /(\d{4})\s*年度?[^。，,；;\n]{0,24}?(?:政府信息公开|信息公开|政务公开)[^。；;\n]{0,16}?(?:年度报告|年报|工作情况|工作小结|报告)/g;

/** Year statements: title, period start and end, and preamble sentences naming the report's year. */
export function yearStatements(
  text: string,
  title: { year?: { value: number; range: OffsetRange } | undefined } | undefined,
  period: StatisticsPeriod | undefined,
  preamble: OffsetRange,
): YearStatement[] {
  const out: YearStatement[] = [];
  if (title?.year) out.push({ year: title.year.value, kind: 'title', range: title.year.range });
  if (period?.start) out.push({ year: period.start.year, kind: 'period-start', range: yearRange(period.start) });
  // "至12月31日" takes its year from the start date: only a year actually written is a statement.
  if (period && /^\d{4}$/.test(text.slice(period.end.range.start, period.end.range.start + 4))) {
    out.push({ year: period.end.year, kind: 'period-end', range: yearRange(period.end) });
  }
  for (const m of text.slice(preamble.start, preamble.end).matchAll(PREAMBLE_YEAR)) {
    const at = preamble.start + m.index;
    if (title?.year && at >= title.year.range.start && at < title.year.range.end) continue;
    out.push({ year: Number(m[1]), kind: 'preamble', range: { start: at, end: at + 4 } });
  }
  return out.sort((a, b) => a.range.start - b.range.start);
}

function yearRange(d: FoundDate): OffsetRange {
  return { start: d.range.start, end: d.range.start + 4 };
}
