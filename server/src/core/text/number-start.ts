/**
 * Whether a written number (a cell value, a number token) may start with this UTF-16 unit: a sign
 * or a digit, ASCII or full-width (+ - − ＋ － 0–9 ０–９). A cheap first test before a regular
 * expression, so that label text is passed over without being copied or matched.
 */
export function mayStartNumber(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19) || c === 0x2d || c === 0x2b || c === 0x2212 || c === 0xff0d || c === 0xff0b;
}
