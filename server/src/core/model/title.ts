import { parseWrittenNumber } from '../text/numerals';
import type { ReportLevel } from '../format/eras';
import type { Line, OffsetRange } from '../text/line-index';
import { isChromeLine } from './chrome';
import { withoutFiller } from '../text/filler';
import { normalizeLabel } from '../text/normalize';

/**
 * The title ("〈机关〉YYYY年政府信息公开工作年度报告" and its variants, format spec §7), the issuing
 * body and whether it is a department or a government.
 */

export interface TitleInfo {
  readonly text: string;
  readonly range: OffsetRange;
  readonly year?: { readonly value: number; readonly range: OffsetRange } | undefined;
  readonly issuer?: { readonly text: string; readonly range: OffsetRange } | undefined;
}

const TITLE_WORDS = /(政府信息公开|信息公开|政务公开|政务信息公开).{0,8}(年度报告|年报|工作报告)$|年度报告$|年报$/;
const TITLE_START = /(政府信息|信息公开|政务公开|政务信息)/;
/** The title's year, in digits or digit by digit in Chinese numerals (二〇二三年). */
const YEAR = /(\d{4}|[〇零Ｏ一二三四五六七八九]{4})\s*年/;
/** Lines like "称: …" or "标题：…" in a page's metadata block carry a copy of the title. */
const LABELLED = /^[^\s:：|]{1,6}[:：]/;
const LEADING_DECORATION = /^[\s\u3000]*(?:#{1,6}\s+|\[title\]\s*)?(?:\*\*)?/;

/** Without the leading heading marks and the trailing "**", spaces and "|" (scanned by hand: a regular expression ending in `[\s|]*$` is quadratic on a long run of them). */
function withoutDecoration(text: string): string {
  const t = text.replace(LEADING_DECORATION, '');
  let end = t.length;
  while (end > 0 && /[\s|]/.test(t.charAt(end - 1))) end--;
  if (end >= 2 && t[end - 1] === '*' && t[end - 2] === '*') end -= 2;
  return t.slice(0, end);
}
const HEAD_LINES = 20;

/**
 * The line's text without decoration, from its first character: `raw` keeps the filler of a blanked
 * tag or annotation (text/filler.ts) so that offsets inside it are offsets of the document; `text`
 * is what the reader sees.
 */
function undecorated(line: Line): { raw: string; text: string; start: number } {
  const lead = /^[\s\u3000\ufeff]*(?:#{1,6}\s+|\[title\]\s*)?(?:\*\*)?[\s\u3000]*/.exec(line.text)?.[0].length ?? 0;
  const raw = withoutDecoration(line.text.slice(lead));
  return { raw, text: withoutFiller(raw), start: line.start + lead };
}

/** The first lines that are not blank (a page's blanked navigation leaves blank lines before the title). */
function headLines(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  for (const line of lines) {
    if (out.length >= HEAD_LINES) break;
    if (line.text.trim() !== '') out.push(line);
  }
  return out;
}

/** The title among the first lines; a title broken over two lines is joined. Traditional characters (a mirror's 報告) are read as simplified. */
export function findTitle(lines: readonly Line[]): TitleInfo | undefined {
  const head = headLines(lines);
  for (const [i, line] of head.entries()) {
    if (isChromeLine(line.text)) continue;
    const { raw, text, start } = undecorated(line);
    if (text === '' || text.length > 60 || LABELLED.test(text) || /[，。；]/.test(text)) continue;
    let full = raw;
    let end = start + raw.length;
    let firstLine = raw.length;
    // A title broken over two lines: "…政府信息" + "公开工作年度报告", or a cover's "宿州市人民政府2016年" + "政府信息公开工作年度报告".
    const brokenAfterYear = /\d{4}\s*年度?$/.test(text);
    const nextLine = head[i + 1];
    if (!isTitle(text) && (TITLE_START.test(normalizeLabel(text)) || brokenAfterYear) && nextLine) {
      const next = undecorated(nextLine);
      if (next.text.length > 0 && next.text.length <= (brokenAfterYear ? 30 : 20) && isTitle(text + next.text)) {
        full = raw + next.raw;
        end = next.start + next.raw.length;
        firstLine = raw.length;
      }
    }
    if (!isTitle(withoutFiller(full)) || !/报告|年报/.test(normalizeLabel(full))) continue;
    return { text: withoutFiller(full), range: { start, end }, year: titleYear(full, start, firstLine, end), issuer: titleIssuer(full, start) };
  }
  return undefined;
}

function isTitle(text: string): boolean {
  return TITLE_WORDS.test(normalizeLabel(text));
}

function titleYear(full: string, start: number, firstLineLength: number, end: number): TitleInfo['year'] {
  const m = YEAR.exec(full);
  if (!m) return undefined;
  // In a title joined from two lines the offsets of the second part are not contiguous; years sit on the first line.
  const written = m[1] ?? '';
  const value = /^\d{4}$/.test(written) ? Number(written) : parseWrittenNumber(written);
  if (m.index + m[0].length > firstLineLength) return { value, range: { start, end } };
  const at = start + m.index;
  return { value, range: { start: at, end: at + 4 } };
}

/** The body named in the title: before the year ("楚雄市人民政府2018年…") or after it ("2020年乌当区人民政府信息公开…"). */
function titleIssuer(full: string, start: number): TitleInfo['issuer'] {
  const m = YEAR.exec(full);
  if (!m) return undefined;
  const before = full.slice(0, m.index).trim();
  if (withoutFiller(before).length >= 2) return { text: withoutFiller(before), range: { start, end: start + before.length } };
  const afterStart = m.index + m[0].length;
  const after = full.slice(afterStart).replace(/^度/, '');
  const cut = after.search(/(政府信息公开|政务信息公开|信息公开|政务公开)/);
  if (cut < 2) return undefined;
  let name = after.slice(0, cut);
  const offset = start + afterStart + (full.slice(afterStart).length - after.length);
  // "乌当区人民政府信息公开" reads as 乌当区人民 + 政府信息公开: the body is 乌当区人民政府.
  if (name.endsWith('人民')) name += '政府';
  name = withoutFiller(name);
  return { text: name, range: { start: offset, end: offset + Math.min(name.length, cut) } };
}

const DEPARTMENT = /(局|委员会|委|厅|办公室|办公厅|办|中心|院|所|站|队|署|部|处|室|馆|社|行|公司|集团|会|团|司|科|校)$/;
const GOVERNMENT = /(人民政府|[省市区县州旗盟乡镇]|街道|街道办事处|自治区|自治州|自治县)$/;

/** A department or a government, from the name of the body; undefined when the name does not say. */
export function levelOf(issuer: string | undefined): ReportLevel | undefined {
  if (!issuer) return undefined;
  const name = issuer.replace(/[\s\u3000]/g, '');
  if (/(人民政府|街道办事处)$/.test(name)) return 'government';
  if (DEPARTMENT.test(name)) return 'department';
  if (GOVERNMENT.test(name)) return 'government';
  return undefined;
}

/**
 * A body named on a line of its own before the report begins ("浑南区国资局"): used when the
 * title does not name one.
 */
export function findStandaloneIssuer(lines: readonly Line[], before: number): TitleInfo['issuer'] {
  for (const line of headLines(lines)) {
    if (line.start >= before) break;
    const { raw, text, start } = undecorated(line);
    if (text.length >= 3 && text.length <= 30 && !/[，。；:：|\d]/.test(text) && DEPARTMENT.test(text)) {
      return { text, range: { start, end: start + raw.length } };
    }
  }
  return undefined;
}
