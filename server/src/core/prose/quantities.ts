import { FILLER } from '../text/filler';
import type { OffsetRange } from '../text/line-index';
import { anyOf } from './words';

/**
 * A number written in prose with what it counts: "3940条", "91人次", "15.8%", "2万余条".
 * count: a quantity of things (条, 件, 人次…); percent: "X%"; money: 元/万元; other: years, dates,
 * document numbers, ordinals; bare: a number with no unit we know.
 */
export type QuantityKind = 'count' | 'percent' | 'money' | 'other' | 'bare';

export interface Quantity {
  /** The quantity's value: "2万余条" is 20000, "3千" 3000 (the digits as written are `numberRange`). */
  readonly value: number;
  readonly kind: QuantityKind;
  /** The unit as written (条, 人次…), '' for bare numbers, '%' for percentages. */
  readonly unit: string;
  /** "约/近/超过…", "…余/多", "以上/左右", or a 万/亿 multiplier: never compared exactly. */
  readonly approximate: boolean;
  /** "…余/多", "以上", "超过/逾…": the true figure is more than `value`. */
  readonly more: boolean;
  /** Digits after the decimal point as written (15.8% → 1). */
  readonly decimals: number;
  /** The digits as written (what an "align" fix replaces). */
  readonly numberRange: OffsetRange;
  /** From the first digit (or approximation prefix) to the end of the unit. */
  readonly range: OffsetRange;
}

/** Units of counts (matched longest first: 人次 before 人 and 次). */
const COUNT_UNITS = [
  '人次', '件次', '场次', '户次', '条次', '个次', '批次',
  '条', '件', '宗', '次', '期', '个', '项', '份', '篇', '场', '户', '家', '名', '人', '批', '部', '起', '封', '例', '处', '所', '套', '本', '册', '张', '则', '类', '座', '栏', '页',
];
const MONEY_UNITS = ['万元', '亿元', '元'];
const OTHER_UNITS = ['周年', '年度', '年', '月', '日', '号', '时', '岁', '天', '小时', '分钟', '平方', '公里', '米', '吨', '亩', '册', '版', '届', '级', '季度', '批'];
const byLengthDescending = (words: readonly string[]): readonly string[] => [...words].sort((a, b) => b.length - a.length);
const COUNT_UNITS_LONGEST_FIRST = byLengthDescending(COUNT_UNITS);
const OTHER_UNITS_LONGEST_FIRST = byLengthDescending(OTHER_UNITS);

/** Words before a number that make it approximate; the second list says it is a lower bound. */
const APPROXIMATE_BEFORE = ['约', '近', '将近', '大约', '近乎', '不足', '不到'];
const MORE_BEFORE = ['逾', '超过', '超', '多达'];
/** Words right after the number (余/多) and after the unit (以上, 左右…). */
const MORE_AFTER_NUMBER = ['余', '多'];
const MORE_AFTER_UNIT = ['以上', '多', '余'];
const APPROXIMATE_AFTER_UNIT = ['左右', '上下'];
const MULTIPLIERS: Readonly<Record<string, number>> = { 万: 10_000, 亿: 100_000_000, 千: 1000, 百: 100 };

const APPROXIMATION_PREFIX = new RegExp(`${anyOf([...APPROXIMATE_BEFORE, ...MORE_BEFORE])}\\s*$`);
const MORE_PREFIX = new RegExp(`${anyOf(MORE_BEFORE)}\\s*$`);
const AFTER_UNIT = new RegExp(`^\\s*(${anyOf([...MORE_AFTER_UNIT, ...APPROXIMATE_AFTER_UNIT])})`);

/** A number as written: 1,234 (thousands separators) or 123 / 12.5. */
const NUMBER = /\d{1,3}(?:,\d{3})+(?![\d.])|\d+(?:\.\d+)?/g;
/** What before a number makes it part of a longer token (a decimal, a code, a phone number with letters). */
const INSIDE_TOKEN = /[\d.A-Za-z_\-/]$/;
const ORDINAL = /第\s*$/;
/** A number followed by a dash or dot and a digit: a date (2019-01-31), a section number (3.2). */
const JOINED_TO_NEXT_NUMBER = /^[-－—.]\d/;

/** Spaces between a number and its unit, and the filler of blanked markup (a page's "12475</span><span>件", text/filler.ts). */
const SPACES = [' ', '\t', '\u00a0', '\u3000', FILLER];

/**
 * The characters read around a number are compared by code: charAt makes a new string for every
 * character outside Latin-1, and a lookup by such a string hashes it first (issue 17: that was
 * most of the time spent reading a number).
 */
const codesOf = (characters: readonly string[]): ReadonlySet<number> => new Set(characters.map((c) => c.charCodeAt(0)));
const SPACE_CODES = codesOf(SPACES);
const MORE_AFTER_NUMBER_CODES = codesOf(MORE_AFTER_NUMBER);
const MULTIPLIER_BY_CODE: ReadonlyMap<number, number> = new Map(Object.entries(MULTIPLIERS).map(([c, factor]) => [c.charCodeAt(0), factor]));

/** The first position at or after `pos` that is not a space. */
function skipSpace(text: string, pos: number): number {
  let at = pos;
  while (at < text.length && SPACE_CODES.has(text.charCodeAt(at))) at++;
  return at;
}

/**
 * The words that may stand right before a number, by their last character: the regular
 * expressions on the text before a number run only where one of them (or a space) ends there,
 * which is rare (issue 17: most numbers have none).
 */
const LAST_CODES_BEFORE = codesOf([...APPROXIMATE_BEFORE, ...MORE_BEFORE, '第'].map((word) => word.slice(-1)));
const SPACE_CHARACTER = /\s/;

/** Whether the unit is a space for `\s`: every such unit is at most U+3000 but U+FEFF, so CJK text is never tested. */
function isSpaceCode(code: number): boolean {
  return (code <= 0x3000 || code === 0xfeff) && SPACE_CHARACTER.test(String.fromCharCode(code));
}

/** Units by the code of their first character, each list in the order the search tries them (longest first). */
function byFirstCharacter(units: readonly string[]): ReadonlyMap<number, readonly string[]> {
  const map = new Map<number, string[]>();
  for (const unit of units) {
    const first = unit.charCodeAt(0);
    const list = map.get(first);
    if (list) list.push(unit);
    else map.set(first, [unit]);
  }
  return map;
}
const MONEY_UNITS_BY_FIRST = byFirstCharacter(MONEY_UNITS);
const COUNT_UNITS_BY_FIRST = byFirstCharacter(COUNT_UNITS_LONGEST_FIRST);
const OTHER_UNITS_BY_FIRST = byFirstCharacter(OTHER_UNITS_LONGEST_FIRST);

/** The first unit of `units` written at `pos` (units are at most three characters, as the search once sliced). */
function unitWrittenAt(units: ReadonlyMap<number, readonly string[]>, text: string, pos: number): string | undefined {
  return units.get(text.charCodeAt(pos))?.find((unit) => text.startsWith(unit, pos));
}

/**
 * The prose rules read the quantities of the same sentence more than once per check (breakdowns,
 * table statements), and again on every keystroke: results are kept per text and base, bounded.
 * Keyed by the text itself, then by the base: a key made of both was a new string on every call,
 * copied and hashed each time, where a sentence's text keeps its hash once computed (issue 17).
 * The arrays are shared: callers must not change them.
 */
const CACHE = new Map<string, Map<number, readonly Quantity[]>>();
const CACHE_SIZE = 4096;
let cached = 0;
const DIGIT = /\d/;
const NONE: readonly Quantity[] = [];

/** Every quantity in `text` (already folded), offsets shifted by `base`. */
export function findQuantities(text: string, base = 0): readonly Quantity[] {
  // Half the sentences of a report hold no digit, hence no quantity: nothing to look up for them.
  if (!DIGIT.test(text)) return NONE;
  let byBase = CACHE.get(text);
  let out = byBase?.get(base);
  if (!out) {
    out = scanQuantities(text, base);
    if (cached >= CACHE_SIZE) {
      CACHE.clear();
      cached = 0;
      byBase = undefined;
    }
    if (!byBase) {
      byBase = new Map();
      CACHE.set(text, byBase);
    }
    byBase.set(base, out);
    cached++;
  }
  return out;
}

function scanQuantities(text: string, base: number): Quantity[] {
  const out: Quantity[] = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m; m = NUMBER.exec(text)) {
    const quantity = readQuantity(text, m.index, m[0], base);
    if (quantity) out.push(quantity);
  }
  return out;
}

interface Magnitude { readonly multiplier: number; readonly more: boolean; readonly end: number }

/** "余/多", then "万/亿/千/百" (then "余/多" again) right after the digits: 2万余 → ×10000, more. */
function readMagnitude(text: string, from: number): Magnitude {
  let pos = skipSpace(text, from);
  let more = false;
  let multiplier = 1;
  if (MORE_AFTER_NUMBER_CODES.has(text.charCodeAt(pos))) { more = true; pos++; }
  const factor = MULTIPLIER_BY_CODE.get(text.charCodeAt(pos));
  if (factor !== undefined) {
    multiplier = factor;
    pos++;
    if (MORE_AFTER_NUMBER_CODES.has(text.charCodeAt(pos))) { more = true; pos++; }
  }
  return { multiplier, more, end: pos };
}

interface Unit { readonly kind: QuantityKind; readonly unit: string }

/** What the number counts, from the text right after it (and its magnitude). */
function readUnit(text: string, pos: number): Unit {
  if (text.startsWith('%', pos)) return { kind: 'percent', unit: '%' };
  if (JOINED_TO_NEXT_NUMBER.test(text.slice(pos, pos + 2))) return { kind: 'other', unit: '' };
  const money = unitWrittenAt(MONEY_UNITS_BY_FIRST, text, pos);
  if (money) return { kind: 'money', unit: money };
  const count = unitWrittenAt(COUNT_UNITS_BY_FIRST, text, pos);
  const other = unitWrittenAt(OTHER_UNITS_BY_FIRST, text, pos);
  if (other && (!count || other.length > count.length)) return { kind: 'other', unit: other };
  if (count) return { kind: 'count', unit: count };
  return { kind: 'bare', unit: '' };
}

function readQuantity(text: string, start: number, digits: string, base: number): Quantity | undefined {
  const end = start + digits.length;
  const previous = text.charCodeAt(start - 1); // NaN at the start of the text
  // INSIDE_TOKEN's characters are all ASCII.
  if (previous < 0x80 && INSIDE_TOKEN.test(text.charAt(start - 1))) return undefined;
  const mayHaveWordBefore = LAST_CODES_BEFORE.has(previous) || isSpaceCode(previous);
  const before = mayHaveWordBefore ? text.slice(Math.max(0, start - 4), start) : '';
  if (mayHaveWordBefore && ORDINAL.test(before)) return undefined;
  const dot = digits.indexOf('.');
  const magnitude = readMagnitude(text, end);
  const unitAt = skipSpace(text, magnitude.end);
  const { kind, unit } = readUnit(text, unitAt);
  const unitEnd = kind === 'bare' ? end : unitAt + unit.length;
  const after = kind === 'count' ? AFTER_UNIT.exec(text.slice(unitEnd, unitEnd + 3))?.[1] : undefined;
  const prefix = mayHaveWordBefore ? APPROXIMATION_PREFIX.exec(before) : null;
  const more = magnitude.more || (mayHaveWordBefore && MORE_PREFIX.test(before)) || (after !== undefined && MORE_AFTER_UNIT.includes(after));
  const approximate = more || prefix !== null || magnitude.multiplier !== 1 || after !== undefined;
  const from = prefix ? start - prefix[0].length : start;
  return {
    value: Number(digits.includes(',') ? digits.replaceAll(',', '') : digits) * magnitude.multiplier,
    kind,
    unit,
    approximate,
    more,
    decimals: dot < 0 ? 0 : digits.length - dot - 1,
    numberRange: { start: base + start, end: base + end },
    range: { start: base + from, end: base + unitEnd },
  };
}
