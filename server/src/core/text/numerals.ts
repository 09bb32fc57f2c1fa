/** Chinese numerals as used in part numbers (一…九十九) and in written dates (二〇一九年). */

const DIGITS: Readonly<Record<string, number>> = {
  〇: 0, 零: 0, O: 0, o: 0, Ｏ: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** 一 → 1, 十 → 10, 十二 → 12, 二十 → 20, 二十三 → 23; NaN when not a numeral of that form. */
export function parseChineseNumber(text: string): number {
  if (text === '') return NaN;
  const ten = text.indexOf('十');
  if (ten < 0) return text.length === 1 ? DIGITS[text] ?? NaN : NaN;
  const tens = ten === 0 ? 1 : text.length > 0 && ten === 1 ? DIGITS[text.charAt(0)] ?? NaN : NaN;
  const rest = text.slice(ten + 1);
  const units = rest === '' ? 0 : rest.length === 1 ? DIGITS[rest] ?? NaN : NaN;
  return tens * 10 + units;
}

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十. */
export function toChineseNumber(n: number): string {
  const d = '〇一二三四五六七八九';
  if (n < 10) return d.charAt(n);
  const tens = Math.floor(n / 10);
  const units = n % 10;
  return (tens === 1 ? '' : d.charAt(tens)) + '十' + (units ? d.charAt(units) : '');
}

/** Digit-by-digit year (二〇一九 → 2019) or a small written number (十二 → 12; 三十一 → 31). */
export function parseWrittenNumber(text: string): number {
  if (/^[〇零Oo Ｏ一二三四五六七八九]{4}$/.test(text)) {
    let n = 0;
    for (const ch of text) n = n * 10 + (DIGITS[ch] ?? NaN);
    return n;
  }
  return parseChineseNumber(text);
}
