/**
 * Punctuation of East Asian width "ambiguous" that the common Chinese fonts (宋体/SimSun, 微软雅黑,
 * 苹方, 思源/Noto Sans CJK SC) draw full width, as every GB2312 symbol is: quotes “” ‘’, the dash
 * ——, the ellipsis ……, the interpunct ·, and the symbols reports use (‰ ℃ № § ※ ‖).
 */
const FULL_WIDTH_IN_CHINESE_FONTS: ReadonlySet<number> = new Set([
  0x00a7, // §
  0x00b7, // ·
  0x2014, // —
  0x2015, // ―
  0x2016, // ‖
  0x2018, // ‘
  0x2019, // ’
  0x201c, // “
  0x201d, // ”
  0x2026, // …
  0x2030, // ‰
  0x203b, // ※
  0x2103, // ℃
  0x2116, // №
]);

/** Columns a character takes in a monospaced editor with a Chinese font: East Asian wide and fullwidth characters, and the punctuation Chinese fonts draw full width, take two. */
export function charWidth(codePoint: number): number {
  if (FULL_WIDTH_IN_CHINESE_FONTS.has(codePoint)) return 2;
  if (codePoint < 0x1100) return codePoint === 0 ? 0 : 1;
  if (
    (codePoint <= 0x115f) ||
    (codePoint >= 0x2e80 && codePoint <= 0x303e) ||
    (codePoint >= 0x3041 && codePoint <= 0x33ff) ||
    (codePoint >= 0x3400 && codePoint <= 0x4dbf) ||
    (codePoint >= 0x4e00 && codePoint <= 0x9fff) ||
    (codePoint >= 0xa000 && codePoint <= 0xa4cf) ||
    (codePoint >= 0xac00 && codePoint <= 0xd7a3) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0xfe10 && codePoint <= 0xfe19) ||
    (codePoint >= 0xfe30 && codePoint <= 0xfe6f) ||
    (codePoint >= 0xff00 && codePoint <= 0xff60) ||
    (codePoint >= 0xffe0 && codePoint <= 0xffe6) ||
    (codePoint >= 0x1f300 && codePoint <= 0x1f64f) ||
    (codePoint >= 0x20000 && codePoint <= 0x3fffd)
  ) return 2;
  if (codePoint >= 0x300 && codePoint <= 0x36f) return 0;
  return 1;
}

/** The display width of a string (CJK characters and Chinese punctuation count two). */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch.codePointAt(0) ?? 0);
  return w;
}
