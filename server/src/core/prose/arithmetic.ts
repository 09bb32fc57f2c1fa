import type { Breakdown, BreakdownPart } from './breakdowns';
import type { Quantity } from './quantities';
import { anyOf } from './words';

/**
 * Whether a breakdown adds up. Several readings are tried ("5期60条" counts 60; a clause with only
 * "15期" may or may not be a part; trailing clauses may be about something else), and the
 * breakdown is wrong only when no reading reaches the total. No finding beats a wrong finding:
 * far-off sums (a partial list, overlapping channels) and approximate figures are not judged.
 */
export type BreakdownVerdict =
  | { readonly kind: 'adds-up' }
  | { readonly kind: 'not-judged'; readonly why: 'approximate' | 'too-few-parts' | 'far-off' | 'open-ended' }
  | { readonly kind: 'mismatch'; readonly stated: number; readonly computed: number; readonly difference: number };

/** Within this share of the total, a wrong sum is taken as a slip; beyond it, as a list that is not a breakdown. */
const NEAR = 0.2;
/** With only two parts, a sum short of the total is taken as a slip only when very close. */
const NEAR_TWO_PARTS = 0.05;

const verdicts = new WeakMap<Breakdown, BreakdownVerdict>();

export function judgeBreakdown(b: Breakdown): BreakdownVerdict {
  let v = verdicts.get(b);
  if (!v) {
    v = verdictOfBreakdown(b);
    verdicts.set(b, v);
  }
  return v;
}

function verdictOfBreakdown(b: Breakdown): BreakdownVerdict {
  const total = b.total.value;
  const definite = b.parts.filter((p) => p.counts.length > 0);
  if (definite.length < 2) return { kind: 'not-judged', why: 'too-few-parts' };
  if (b.total.approximate || b.parts.some((p) => [...p.counts, ...p.others].some((q) => q.approximate))) return { kind: 'not-judged', why: 'approximate' };
  const sum = (parts: readonly BreakdownPart[], withOthers: boolean): number =>
    parts.reduce((acc, p) => acc + sumOf(p.counts) + (withOthers ? sumOf(p.others) : 0), 0);
  const readings = new Set<number>();
  for (let n = 2; n <= b.parts.length; n++) {
    readings.add(sum(b.parts.slice(0, n), false));
    readings.add(sum(b.parts.slice(0, n), true));
  }
  if ([...readings].some((r) => equalNumbers(r, total))) return { kind: 'adds-up' };
  const computed = round(sum(b.parts, false));
  const difference = round(computed - total);
  if (total === 0) return { kind: 'not-judged', why: 'far-off' };
  const share = Math.abs(difference) / total;
  if (difference < 0 && b.openEnded) return { kind: 'not-judged', why: 'open-ended' };
  const near = difference < 0 && definite.length === 2 ? NEAR_TWO_PARTS : NEAR;
  if (share > near) return { kind: 'not-judged', why: 'far-off' };
  return { kind: 'mismatch', stated: total, computed, difference };
}

function sumOf(qs: readonly Quantity[]): number {
  return qs.reduce((acc, q) => acc + q.value, 0);
}

function equalNumbers(a: number, b: number): boolean {
  return Math.abs(a - b) < 1e-9;
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/** A percentage as written against the one its counts give. */
export type PercentVerdict =
  | { readonly kind: 'ok' }
  | { readonly kind: 'not-judged' }
  | { readonly kind: 'mismatch'; readonly stated: number; readonly computed: number; readonly expected: string };

/** Reports give shares to at most two decimals; six leaves room for any real one. */
const MAX_PERCENT_DECIMALS = 6;

/**
 * Checks "其中当面申请29件，占申请总数的15.8%" against 29 / 183. The stated figure may be rounded or
 * truncated to the digits it shows. Only judged when the percentage is of the breakdown's total:
 * "占制发规范性文件总数的86%" names another base and is left alone.
 */
export function judgePercent(b: Breakdown, part: BreakdownPart, totalWords: string): PercentVerdict {
  const p = part.percent;
  const [count] = part.counts;
  if (!p || !count || part.counts.length !== 1 || b.total.approximate || count.approximate || p.quantity.approximate) return { kind: 'not-judged' };
  if (b.total.value <= 0) return { kind: 'not-judged' };
  // More decimals than any report writes is a garbled number, not a share to recompute.
  if (p.quantity.decimals > MAX_PERCENT_DECIMALS) return { kind: 'not-judged' };
  if (!baseIsTotal(p.base, totalWords)) return { kind: 'not-judged' };
  const computed = (count.value / b.total.value) * 100;
  const d = p.quantity.decimals;
  const scale = 10 ** d;
  const stated = p.quantity.value;
  const rounded = Math.round(computed * scale) / scale;
  const truncated = Math.floor(computed * scale + 1e-9) / scale;
  if (equalNumbers(stated, rounded) || equalNumbers(stated, truncated)) return { kind: 'ok' };
  return { kind: 'mismatch', stated, computed, expected: rounded.toFixed(d) };
}

/** Words between 占 and a percentage that name no base of their own ("占总数的", "占比为"). */
const WORDS_OF_THE_WHOLE = ['总数', '总量', '总和', '总计', '合计', '全部', '所有', '全年', '比例', '比重', '比', '的', '为', '达', '约', '了', '共', '总'];
const OF_THE_WHOLE = new RegExp(anyOf(WORDS_OF_THE_WHOLE), 'g');

/** The words between 占 and the figure name the breakdown's total ("申请总数的", "比", "全部…的"), not another base. */
function baseIsTotal(words: string, totalWords: string): boolean {
  const rest = words.replace(OF_THE_WHOLE, '');
  if (rest === '') return true;
  return totalWords.includes(rest);
}
