import { countUnitAtEnd } from '../format/tables';
import type { CellKind } from '../format/tables';
import { mayStartNumber } from '../text/number-start';
import type { ParsedValue } from './types';

/**
 * Cell values (format spec §2.3, §5.3): integers; signed integers only in 本年增/减; decimals only
 * in amounts; full-width digits and thousands separators accepted; blank, "-", "—", "/" and "无"
 * count as 0 (with a warning); anything else is not a number. Amounts may carry 元/万元.
 */

const EMPTY = new Set(['', '-', '--', '—', '——', '–', '/', '无', '－', '／', '空', '\\']);
const EMPTY_MAX_LENGTH = Math.max(...[...EMPTY].map((m) => m.length));
const NUMBER = /^([+\-−]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;
const AMOUNT_UNIT = /(万元|元)$/;

/** The number's text without the unit written after it: 元/万元 for an amount, a count's unit otherwise. */
function withoutUnit(t: string, kind: CellKind | undefined): string {
  if (t.endsWith('元')) return kind === undefined || kind === 'amount' ? t.replace(AMOUNT_UNIT, '') : t;
  if (kind === 'amount') return t;
  const unit = countUnitAtEnd(t);
  return unit === undefined ? t : t.slice(0, -unit.length);
}

/** Full-width digits and signs to ASCII, whitespace removed; cheap (no NFKC on plain ASCII). */
function canonicalNumberText(text: string): string {
  // Most cells need no change: return them as they are, without copying.
  let same = 0;
  while (same < text.length && isPlain(text.charCodeAt(same))) same++;
  if (same === text.length) return text;
  let out = text.slice(0, same);
  for (let i = same; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xff10 && c <= 0xff19) out += String.fromCharCode(c - 0xff10 + 48);
    else if (c === 0xff0c) out += ',';
    else if (c === 0xff0e) out += '.';
    else if (c === 0xff0d || c === 0x2212) out += '-';
    else if (c === 0xff0b) out += '+';
    else if (isSpace(c)) continue;
    else out += text.charAt(i);
  }
  return out;
}

/** A character canonicalNumberText keeps as it is. */
function isPlain(c: number): boolean {
  return !isSpace(c) && c !== 0x2212 && (c < 0xff0b || c > 0xff19);
}

/** Whether the text is 1 to 15 ASCII digits (an exact integer, read as it is by Number). */
function isPlainDigits(text: string): boolean {
  if (text.length === 0 || text.length > 15) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Whether the text is an empty marker (blank, "-", "—", "/", "无"). */
export function isEmptyMarker(text: string): boolean {
  // Every marker is at most two characters once spaces are gone: a label is passed over without copying it.
  return visibleUnitsUpTo(text, EMPTY_MAX_LENGTH + 1) <= EMPTY_MAX_LENGTH && EMPTY.has(canonicalNumberText(text));
}

/** Whether the text reads as a number of some kind (before checking the cell kind). */
export function looksNumeric(text: string): boolean {
  // A number starts with a sign or a digit once spaces are gone: a label is passed over without copying it.
  let i = 0;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i < text.length && mayStartNumber(text.charCodeAt(i)) && NUMBER.test(withoutUnit(canonicalNumberText(text), undefined));
}

/** The whitespace canonicalNumberText removes. */
function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x3000;
}

/** How many UTF-16 units of the text are not whitespace, counted up to `limit`. */
function visibleUnitsUpTo(text: string, limit: number): number {
  let n = 0;
  for (let i = 0; i < text.length && n < limit; i++) if (!isSpace(text.charCodeAt(i))) n++;
  return n;
}

/** Parses a cell's text for a cell of `kind`. */
export function parseCellValue(text: string, kind: CellKind): ParsedValue {
  // Most cells are plain ASCII digits: read without the regular expression and its copies (same result).
  if (isPlainDigits(text)) return { status: 'ok', value: Number(text) };
  let t = canonicalNumberText(text);
  if (EMPTY.has(t)) return { status: 'empty', value: 0 };
  t = withoutUnit(t, kind);
  const m = NUMBER.exec(t);
  if (!m) return { status: 'invalid', value: undefined };
  const [, signText, digits = '', decimals] = m;
  const sign = signText === '' || signText === '+' ? 1 : -1;
  const value = sign * Number(digits.replace(/,/g, '') + (decimals ? `.${decimals}` : ''));
  if (!Number.isFinite(value)) return { status: 'invalid', value: undefined };
  if (decimals !== undefined && kind !== 'amount' && !/^0+$/.test(decimals)) return { status: 'fraction', value };
  if (value < 0 && kind !== 'signed') return { status: 'negative', value };
  if (signText === '-' && value === 0) return { status: 'ok', value: 0 };
  return { status: 'ok', value };
}
