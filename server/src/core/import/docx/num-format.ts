/**
 * Word's list number formats (ECMA-376 §17.18.59 ST_NumberFormat), rendered as Word shows them:
 * a heading numbered "一、" by Word's automatic numbering has no "一" in its text, so the reader
 * renders the number from numbering.xml. Unknown formats fall back to decimal (never lose a number).
 */

const CHINESE_DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const LEGAL_DIGITS_SIMPLIFIED = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const LEGAL_DIGITS_TRADITIONAL = ['零', '壹', '貳', '參', '肆', '伍', '陸', '柒', '捌', '玖'];
/** 天干, Word's ideographTraditional (甲乙丙…). */
const HEAVENLY_STEMS = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸'];
/** 地支, Word's ideographZodiac (子丑寅…). */
const EARTHLY_BRANCHES = ['子', '丑', '寅', '卯', '辰', '巳', '午', '未', '申', '酉', '戌', '亥'];
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const PARENTHESISED = '⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇';
const FULL_STOP = '⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛';
const CIRCLED_CHINESE = '㊀㊁㊂㊃㊄㊅㊆㊇㊈㊉';

function digit(digits: readonly string[], d: number): string {
  return digits[d] ?? '';
}

/** Chinese counting with units (一, 十, 十一, 二十一, 一百零五, 一千二百): Word's chineseCountingThousand. */
function countingThousand(n: number, digits: readonly string[], units: readonly [string, string, string], zero: string, bareTen = true): string {
  if (n === 0) return digit(digits, 0);
  if (n >= 10_000) return String(n);
  const thousands = Math.floor(n / 1000);
  const hundreds = Math.floor(n / 100) % 10;
  const tens = Math.floor(n / 10) % 10;
  const ones = n % 10;
  let out = '';
  let gap = false;
  const place = (d: number, unit: string): void => {
    if (d === 0) { gap = out !== ''; return; }
    if (gap) out += zero;
    gap = false;
    out += digit(digits, d) + unit;
  };
  place(thousands, units[2]);
  place(hundreds, units[1]);
  // 10–19 read 十, 十一 … when nothing comes before them (the legal forms write 壹拾).
  if (tens === 1 && out === '' && bareTen) out += units[0];
  else place(tens, units[0]);
  place(ones, '');
  return out;
}

/** Digit by digit (一〇五): Word's ideographDigital / chineseCounting above 99. */
function digitByDigit(n: number, digits: readonly string[]): string {
  return Array.from(String(n), (c) => digit(digits, Number(c))).join('');
}

/** Chinese counting as Word's chineseCounting: 一 … 十, 十一 … 九十九, then digit by digit. */
function chineseCounting(n: number): string {
  return n < 100 ? countingThousand(n, CHINESE_DIGITS, ['十', '百', '千'], '〇') : digitByDigit(n, CHINESE_DIGITS);
}

function cyclic(n: number, symbols: readonly string[]): string {
  return n < 1 ? String(n) : symbols[(n - 1) % symbols.length] ?? String(n);
}

function enclosed(n: number, symbols: string): string {
  const chars = Array.from(symbols);
  return n >= 1 && n <= chars.length ? chars[n - 1] ?? String(n) : String(n);
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: readonly (readonly [number, string])[] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  let left = n;
  for (const [value, symbol] of table) while (left >= value) { out += symbol; left -= value; }
  return out;
}

/** Word's letter numbering: A … Z, then AA … ZZ, AAA … (the letter repeated, not base 26). */
function letter(n: number): string {
  if (n <= 0) return String(n);
  return String.fromCharCode(65 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
}

function fullWidth(s: string): string {
  return Array.from(s, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('');
}

/** A number in one of Word's formats (the w:numFmt value; "custom" formats by their sample, e.g. "一, 二, 三, ..."). */
export function formatListNumber(n: number, format: string, custom?: string): string {
  switch (format) {
    case 'decimal':
    case 'decimalHalfWidth':
      return String(n);
    case 'decimalZero':
      return n < 10 ? `0${String(n)}` : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return fullWidth(String(n));
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperLetter':
      return letter(n);
    case 'lowerLetter':
      return letter(n).toLowerCase();
    case 'chineseCounting':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
      return chineseCounting(n);
    case 'chineseCountingThousand':
    case 'japaneseLegal':
    case 'taiwaneseCountingThousand':
      return countingThousand(n, CHINESE_DIGITS, ['十', '百', '千'], '零');
    case 'ideographDigital':
    case 'taiwaneseDigital':
    case 'japaneseDigitalTenThousand':
      return digitByDigit(n, CHINESE_DIGITS);
    case 'chineseLegalSimplified':
      return countingThousand(n, LEGAL_DIGITS_SIMPLIFIED, ['拾', '佰', '仟'], '零', false);
    case 'ideographLegalTraditional':
      return countingThousand(n, LEGAL_DIGITS_TRADITIONAL, ['拾', '佰', '仟'], '零', false);
    case 'ideographTraditional':
      return cyclic(n, HEAVENLY_STEMS);
    case 'ideographZodiac':
      return cyclic(n, EARTHLY_BRANCHES);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return enclosed(n, CIRCLED);
    case 'ideographEnclosedCircle':
      return enclosed(n, CIRCLED_CHINESE);
    case 'decimalEnclosedParen':
      return enclosed(n, PARENTHESISED);
    case 'decimalEnclosedFullstop':
      return enclosed(n, FULL_STOP);
    case 'none':
      return '';
    case 'custom':
      return customFormat(n, custom ?? '');
    default:
      return String(n);
  }
}

/**
 * Word 2010+ writes some formats as `w:numFmt w:val="custom" w:format="001, 002, 003, ..."`: the
 * sample's first item tells the style (zero-padded decimal, or a Chinese counting sample).
 */
function customFormat(n: number, sample: string): string {
  const first = sample.split(',')[0]?.trim() ?? '';
  const zeros = /^(0+)1$/.exec(first);
  if (zeros?.[1] !== undefined) return String(n).padStart(zeros[1].length + 1, '0');
  if (first === '一' || first === '壹') return formatListNumber(n, first === '一' ? 'chineseCounting' : 'chineseLegalSimplified');
  if (first === '甲') return formatListNumber(n, 'ideographTraditional');
  return String(n);
}
