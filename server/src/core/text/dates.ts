import { parseWrittenNumber } from './numerals';
import type { OffsetRange } from './line-index';

/** A calendar date found in the text. */
export interface FoundDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly range: OffsetRange;
}

const WRITTEN = '[〇零OoＯ一二三四五六七八九十]';
const DATE_PATTERN = new RegExp(
  [
    // 2019年1月3日, 2019 年 1 月 3 日, 2019年01月03日
    '(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]',
    // 2021-01-30, 2021/1/30, 2021.01.30
    '(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)',
    // 二〇一九年一月十五日
    `(${WRITTEN}{4})年(${WRITTEN}{1,2})月(${WRITTEN}{1,3})日`,
  ].join('|'),
  'g',
);

function valid(year: number, month: number, day: number): boolean {
  if (!(year >= 1900 && year <= 2200 && month >= 1 && month <= 12 && day >= 1)) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Every valid date in `text[from, to)`, in order. Linear in the length. */
export function findDates(text: string, from = 0, to = text.length): FoundDate[] {
  const out: FoundDate[] = [];
  const slice = text.slice(from, to);
  // exec from lastIndex 0 (the pattern never matches the empty string), not matchAll, which copies the pattern on every call.
  DATE_PATTERN.lastIndex = 0;
  for (let m = DATE_PATTERN.exec(slice); m; m = DATE_PATTERN.exec(slice)) {
    let year: number, month: number, day: number;
    // Each alternative's groups all match together; a group that did not match reads as NaN and fails valid().
    if (m[1] !== undefined) [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    else if (m[4] !== undefined) [year, month, day] = [Number(m[4]), Number(m[5]), Number(m[6])];
    else [year, month, day] = [parseWrittenNumber(m[7] ?? ''), parseWrittenNumber(m[8] ?? ''), parseWrittenNumber(m[9] ?? '')];
    if (!valid(year, month, day)) continue;
    const start = from + m.index;
    out.push({ year, month, day, range: { start, end: start + m[0].length } });
  }
  return out;
}

/** "2019-01-03" */
export function isoDate(d: { year: number; month: number; day: number }): string {
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** "2019年1月3日" */
export function chineseDate(d: { year: number; month: number; day: number }): string {
  return `${d.year}年${d.month}月${d.day}日`;
}

/** Negative, zero or positive as a is before, on or after b. */
export function compareDates(
  a: { year: number; month: number; day: number },
  b: { year: number; month: number; day: number },
): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}
