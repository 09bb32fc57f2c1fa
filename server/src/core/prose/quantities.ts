import type { OffsetRange } from '../text/line-index';

/**
 * A number written in prose with what it counts: "3940条", "91人次", "15.8%", "2万余条".
 * count: a quantity of things (条, 件, 人次…); percent: "X%"; money: 元/万元; other: years, dates,
 * document numbers, ordinals; bare: a number with no unit we know.
 */
export type QuantityKind = 'count' | 'percent' | 'money' | 'other' | 'bare';

export interface Quantity {
  readonly value: number;
  readonly kind: QuantityKind;
  /** The unit as written (条, 人次…), '' for bare numbers, '%' for percentages. */
  readonly unit: string;
  /** "约/近/超过…", "…余/多", "以上/左右", or a 万/亿 multiplier: never compared exactly. */
  readonly approximate: boolean;
  /** Digits after the decimal point as written (15.8% → 1). */
  readonly decimals: number;
  /** The digits as written (what an "align" fix replaces). */
  readonly numberRange: OffsetRange;
  /** From the first digit (or approximation prefix) to the end of the unit. */
  readonly range: OffsetRange;
}

/** Units of counts, longest first (人次 before 人 and 次). */
const COUNT_UNITS = [
  '人次', '件次', '场次', '户次', '条次', '个次',
  '条', '件', '宗', '次', '期', '个', '项', '份', '篇', '场', '户', '家', '名', '人', '批', '部', '起', '封', '例', '处', '所', '套', '本', '册', '张', '则', '类', '批次', '座', '栏', '页',
];
const MONEY_UNITS = ['万元', '亿元', '元'];
const OTHER_UNITS = ['周年', '年度', '年', '月', '日', '号', '时', '岁', '天', '小时', '分钟', '平方', '公里', '米', '吨', '亩', '册', '版', '届', '级', '季度', '批'];

const APPROX_BEFORE = /(约|近|逾|超过|超|多达|将近|大约|近乎|不足|不到)\s*$/;
const APPROX_AFTER_UNIT = /^\s*(以上|左右|上下|多|余)/;

const NUMBER = /\d{1,3}(?:,\d{3})+(?![\d.])|\d+(?:\.\d+)?/g;

/** The first position at or after `pos` that is not a space. */
function skipSpace(text: string, pos: number): number {
  while (pos < text.length && /[ \t\u00a0\u3000]/.test(text.charAt(pos))) pos++;
  return pos;
}

/**
 * The prose rules read the quantities of the same sentence more than once per check (breakdowns,
 * table statements), and again on every keystroke: results are kept per (text, base), bounded.
 * The arrays are shared: callers must not change them.
 */
const CACHE = new Map<string, readonly Quantity[]>();

/** Every quantity in `text` (already folded), offsets shifted by `base`. */
export function findQuantities(text: string, base = 0): readonly Quantity[] {
  const key = `${base}\u0000${text}`;
  let out = CACHE.get(key);
  if (!out) {
    out = scan(text, base);
    if (CACHE.size >= 4096) CACHE.clear();
    CACHE.set(key, out);
  }
  return out;
}

function scan(text: string, base: number): Quantity[] {
  const out: Quantity[] = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m; m = NUMBER.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 4), start);
    // Part of a longer token (a decimal, a code, a phone number with letters) or an ordinal (第3件).
    if (/[\d.A-Za-z_\-/]$/.test(before) || /第\s*$/.test(before)) continue;
    const value = Number(m[0].replace(/,/g, ''));
    const dot = m[0].indexOf('.');
    const decimals = dot < 0 ? 0 : m[0].length - dot - 1;
    let approximate = APPROX_BEFORE.test(before);
    let pos = end;
    pos = skipSpace(text, pos);
    if (text[pos] === '余' || text[pos] === '多') { approximate = true; pos++; }
    if (text[pos] === '万' || text[pos] === '亿' || text[pos] === '千' || text[pos] === '百') {
      approximate = true;
      pos++;
      if (text[pos] === '余' || text[pos] === '多') pos++;
    }
    pos = skipSpace(text, pos);
    const rest = text.slice(pos, pos + 3);
    let kind: QuantityKind = 'bare';
    let unit = '';
    if (rest.startsWith('%')) { kind = 'percent'; unit = '%'; }
    else if (/^[-－—.]/.test(rest) && /^\d/.test(text.slice(pos + 1, pos + 2))) { kind = 'other'; }
    else {
      const money = MONEY_UNITS.find((u) => rest.startsWith(u));
      const count = COUNT_UNITS.find((u) => rest.startsWith(u));
      const other = OTHER_UNITS.find((u) => rest.startsWith(u));
      if (money) { kind = 'money'; unit = money; }
      else if (other && (!count || other.length > count.length)) { kind = 'other'; unit = other; }
      else if (count) { kind = 'count'; unit = count; }
    }
    if (kind === 'bare') pos = end;
    else pos += unit.length;
    if (kind === 'count' && APPROX_AFTER_UNIT.test(text.slice(pos, pos + 3))) approximate = true;
    // "12场(次)": the unit's own bracket note.
    const prefix = approximate && APPROX_BEFORE.exec(before);
    const from = prefix ? start - prefix[0].length : start;
    out.push({ value, kind, unit, approximate, decimals, numberRange: { start: base + start, end: base + end }, range: { start: base + from, end: base + pos } });
  }
  return out;
}
