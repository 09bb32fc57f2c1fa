import type { CellKind } from '../format/tables';

/**
 * Digits a crawler ran together ("801000081" for the cells 80 | 1 | 0 | 0 | 0 | 0 | 81) cut back
 * into cells. A cut gives every part a whole number without a leading zero (a decimal point only
 * in an amount, a minus sign only at the start of a signed part: 本年增/减). `cuts` lists the ways that also satisfy the totals of the row (a total part is the
 * sum of the parts of its group before it: its digits are then fixed, no branching), `ways` counts
 * every cut up to two, relations aside. Both stop at a budget of steps, so the work is bounded
 * whatever the text: past it the answer is "too many" (undefined), never a guess.
 */

export interface Part {
  readonly kind: CellKind;
  /** The part is the total of the parts of its group before it (the last part of R3-3, R4-x). */
  readonly total?: boolean | undefined;
  /** Parts with the same group add up to the group's total. */
  readonly group?: number | undefined;
}

const STEP_BUDGET = 50_000;
/** Digits of one cell at most when cells were run together: counts under ten million (amounts under ten million 万元). */
const MAX_PART_DIGITS = 7;

function validPart(s: string, kind: CellKind): boolean {
  if (s.startsWith('-')) return kind === 'signed' && s !== '-0' && validPart(s.slice(1), 'count') && s.length > 1;
  if (s === '' || s.length > MAX_PART_DIGITS + 1 || s.includes('-')) return false;
  const dot = s.indexOf('.');
  if (dot >= 0) {
    if (kind !== 'amount' || dot === 0 || dot === s.length - 1 || s.includes('.', dot + 1)) return false;
    const whole = s.slice(0, dot);
    return whole === '0' || !whole.startsWith('0');
  }
  return s.length <= MAX_PART_DIGITS && (s === '0' || !s.startsWith('0'));
}

/** A part's value, as a cell would read it. */
function valueOf(s: string): number {
  return Number(s);
}

/** Every cut of `digits` into `parts` whose totals add up; undefined past the budget. At most `limit` cuts are returned. */
export function cuts(digits: string, parts: readonly Part[], limit = 64): string[][] | undefined {
  const last = parts.at(-1);
  if (last?.total === true && last.group !== undefined && parts.every((p) => p.group === last.group)) return totalLast(digits, parts, last, limit);
  return forward(digits, parts, limit);
}

/**
 * One row whose last part is the sum of all the others (R3-3): the total is a suffix of the digits,
 * tried from the shortest; the other parts are cut from the rest with their sum bounded by it, so
 * no part is longer than the total.
 */
function totalLast(digits: string, parts: readonly Part[], last: Part, limit: number): string[][] | undefined {
  const out: string[][] = [];
  const addends = parts.length - 1;
  let steps = 0;
  for (let len = 1; len <= Math.min(MAX_PART_DIGITS, digits.length - addends); len++) {
    const totalText = digits.slice(digits.length - len);
    if (!validPart(totalText, last.kind)) continue;
    const total = valueOf(totalText);
    const head = digits.slice(0, digits.length - len);
    const current: string[] = [];
    const visit = (at: number, i: number, sum: number): void => {
      if (steps > STEP_BUDGET || out.length >= limit) return;
      if (++steps > STEP_BUDGET) return;
      if (i === addends) {
        if (at === head.length && Math.abs(sum - total) < 1e-6) out.push([...current, totalText]);
        return;
      }
      const left = addends - i - 1;
      const room = head.length - at;
      const kind = parts[i]?.kind ?? 'count';
      const longest = kind === 'amount' ? len + 1 : len;
      if (room < 1 + left || room > (1 + left) * longest) return;
      for (let l = 1; l <= Math.min(room - left, longest); l++) {
        const text = head.slice(at, at + l);
        if (!validPart(text, kind)) continue;
        const v = valueOf(text);
        if (sum + v > total + 1e-6) break;
        current.push(text);
        visit(at + l, i + 1, sum + v);
        current.pop();
      }
    };
    visit(0, 0, 0);
    if (steps > STEP_BUDGET) return undefined;
  }
  return out;
}

function forward(digits: string, parts: readonly Part[], limit: number): string[][] | undefined {
  const out: string[][] = [];
  let steps = 0;
  const sums = new Map<number, number>();
  const current: string[] = [];
  const visit = (at: number, i: number): void => {
    if (steps > STEP_BUDGET || out.length >= limit) return;
    if (++steps > STEP_BUDGET) return;
    const part = parts[i];
    if (part === undefined) {
      if (at === digits.length) out.push([...current]);
      return;
    }
    const left = parts.length - i - 1;
    const room = digits.length - at;
    if (room < 1 + left || room > (1 + left) * (MAX_PART_DIGITS + 1)) return;
    if (part.total && part.group !== undefined) {
      const want = sums.get(part.group) ?? 0;
      const text = Number.isInteger(want) ? String(want) : String(Math.round(want * 1e6) / 1e6);
      if (!digits.startsWith(text, at) || !validPart(text, part.kind)) return;
      current.push(text);
      visit(at + text.length, i + 1);
      current.pop();
      return;
    }
    for (let len = 1; len <= Math.min(room - left, MAX_PART_DIGITS + 1); len++) {
      const text = digits.slice(at, at + len);
      if (!validPart(text, part.kind)) continue;
      const g = part.group;
      const before = g === undefined ? 0 : sums.get(g) ?? 0;
      if (g !== undefined) sums.set(g, before + valueOf(text));
      current.push(text);
      visit(at + len, i + 1);
      current.pop();
      if (g !== undefined) sums.set(g, before);
      if (steps > STEP_BUDGET || out.length >= limit) return;
    }
  };
  visit(0, 0);
  return steps > STEP_BUDGET ? undefined : out;
}

/** How many cuts of `digits` into `parts` there are, relations aside: 0, 1 or 2 (meaning two or more, or too many to count). */
export function ways(digits: string, parts: readonly Part[]): 0 | 1 | 2 {
  let found = 0;
  let steps = 0;
  const visit = (at: number, i: number): void => {
    if (found >= 2) return;
    if (++steps > STEP_BUDGET) { found = 2; return; }
    const part = parts[i];
    if (part === undefined) {
      if (at === digits.length) found++;
      return;
    }
    const left = parts.length - i - 1;
    const room = digits.length - at;
    if (room < 1 + left || room > (1 + left) * (MAX_PART_DIGITS + 1)) return;
    for (let len = 1; len <= Math.min(room - left, MAX_PART_DIGITS + 1); len++) {
      if (validPart(digits.slice(at, at + len), part.kind)) visit(at + len, i + 1);
      if (found >= 2) return;
    }
  };
  visit(0, 0);
  return found >= 2 ? 2 : found === 1 ? 1 : 0;
}
