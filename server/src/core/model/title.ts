import type { ReportLevel } from '../format/eras';
import type { Line, OffsetRange } from '../text/line-index';
import { isChromeLine } from './chrome';

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
const YEAR = /(\d{4})\s*年/;
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

const HTML_TAG = /<[^<>\n]{0,200}>/g;

/** The line's text without decoration; for a line of a web page's source, its longest run of text between tags. */
function undecorated(line: Line): { text: string; start: number } {
  let text = line.text;
  let offset = 0;
  if (text.includes('<')) {
    let best = { from: 0, to: 0 };
    let at = 0;
    const consider = (from: number, to: number): void => {
      if (text.slice(from, to).trim().length > text.slice(best.from, best.to).trim().length) best = { from, to };
    };
    for (const m of text.matchAll(HTML_TAG)) {
      consider(at, m.index);
      at = m.index + m[0].length;
    }
    consider(at, text.length);
    offset = best.from;
    text = text.slice(best.from, best.to);
  }
  const lead = /^[\s\u3000\ufeff]*(?:#{1,6}\s+|\[title\]\s*)?(?:\*\*)?[\s\u3000]*/.exec(text)?.[0].length ?? 0;
  return { text: withoutDecoration(text.slice(lead)), start: line.start + offset + lead };
}

/** The title among the first lines; a title broken over two lines is joined. */
export function findTitle(lines: readonly Line[]): TitleInfo | undefined {
  const head = lines.slice(0, HEAD_LINES);
  for (const [i, line] of head.entries()) {
    if (isChromeLine(line.text)) continue;
    const { text, start } = undecorated(line);
    if (text === '' || text.length > 60 || LABELLED.test(text) || /[，。；]/.test(text)) continue;
    let full = text;
    let end = start + text.length;
    // A title broken over two lines: "…政府信息" + "公开工作年度报告", or a cover's "宿州市人民政府2016年" + "政府信息公开工作年度报告".
    const brokenAfterYear = /\d{4}\s*年度?$/.test(full);
    const nextLine = head[i + 1];
    if (!TITLE_WORDS.test(full) && (TITLE_START.test(full) || brokenAfterYear) && nextLine) {
      const next = undecorated(nextLine);
      if (next.text.length > 0 && next.text.length <= (brokenAfterYear ? 30 : 20) && TITLE_WORDS.test(text + next.text)) {
        full = text + next.text;
        end = next.start + next.text.length;
      }
    }
    if (!TITLE_WORDS.test(full) || !/报告|年报/.test(full)) continue;
    return { text: full, range: { start, end }, year: titleYear(full, start, text.length, end), issuer: titleIssuer(full, start) };
  }
  return undefined;
}

function titleYear(full: string, start: number, firstLineLength: number, end: number): TitleInfo['year'] {
  const m = YEAR.exec(full);
  if (!m) return undefined;
  // In a title joined from two lines the offsets of the second part are not contiguous; years sit on the first line.
  const value = Number(m[1]);
  if (m.index + m[0].length > firstLineLength) return { value, range: { start, end } };
  const at = start + m.index;
  return { value, range: { start: at, end: at + 4 } };
}

/** The body named in the title: before the year ("楚雄市人民政府2018年…") or after it ("2020年乌当区人民政府信息公开…"). */
function titleIssuer(full: string, start: number): TitleInfo['issuer'] {
  const m = YEAR.exec(full);
  if (!m) return undefined;
  const before = full.slice(0, m.index).trim();
  if (before.length >= 2) return { text: before, range: { start, end: start + before.length } };
  const afterStart = m.index + m[0].length;
  const after = full.slice(afterStart).replace(/^度/, '');
  const cut = after.search(/(政府信息公开|政务信息公开|信息公开|政务公开)/);
  if (cut < 2) return undefined;
  let name = after.slice(0, cut);
  const offset = start + afterStart + (full.slice(afterStart).length - after.length);
  // "乌当区人民政府信息公开" reads as 乌当区人民 + 政府信息公开: the body is 乌当区人民政府.
  if (name.endsWith('人民')) name += '政府';
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
  for (const line of lines.slice(0, HEAD_LINES)) {
    if (line.start >= before) break;
    const { text, start } = undecorated(line);
    if (text.length >= 3 && text.length <= 30 && !/[，。；:：|\d]/.test(text) && DEPARTMENT.test(text)) {
      return { text, range: { start, end: start + text.length } };
    }
  }
  return undefined;
}
