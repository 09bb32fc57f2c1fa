import { findDates } from '../text/dates';
import type { Line, OffsetRange } from '../text/line-index';
import { isChromeLine, withoutTrailingChrome } from './chrome';
import type { ReportDate } from './types';

/**
 * The end of a report: the 落款 (issuing body and date) and the page chrome after it, which are
 * not part of the last part's content; and whether the text stops in the middle of a sentence.
 */

export interface ReportTail {
  /** Where the report's content ends. */
  readonly contentEnd: number;
  readonly signature?: ReportDate;
  /** The last sentence, when the text stops without finishing it. */
  readonly cutOff?: OffsetRange;
}

const SIGNER_MAX = 40;
const SENTENCE_PUNCT = /[，。；！？,;!?]/;
const FINISHED = /[。！？!?；;…”’」』）)】\]>*"']$|[:：]$/;

export function findTail(lines: readonly Line[], textLength: number): ReportTail {
  let i = lines.length - 1;
  while (i >= 0 && (lines[i].text.trim() === '' || isChromeLine(lines[i].text))) i--;
  if (i < 0) return { contentEnd: textLength };
  const line = lines[i];
  const trimmed = withoutTrailingChrome(line.text);
  const dates = findDates(trimmed);
  const last = dates[dates.length - 1];
  if (last && last.range.end >= trimmed.length - 1) {
    // The signer sits between the last sentence and the date, on this line or the line before.
    let signerStart = last.range.start;
    while (signerStart > 0 && !SENTENCE_PUNCT.test(trimmed[signerStart - 1]) && last.range.start - signerStart < SIGNER_MAX) signerStart--;
    const signer = trimmed.slice(signerStart, last.range.start).trim();
    if (!SENTENCE_PUNCT.test(trimmed[signerStart - 1] ?? '。') || signer.length > SIGNER_MAX) {
      return { contentEnd: line.end };
    }
    const date = { ...last, range: { start: line.start + last.range.start, end: line.start + last.range.end } };
    let contentEnd = line.start + signerStart;
    if (signerStart === 0 && i > 0) {
      // "遂溪县建新镇人民政府\n2018年12月31日": the body's name on the line before the date.
      let j = i - 1;
      while (j > 0 && lines[j].text.trim() === '') j--;
      const prev = lines[j].text.trim();
      if (prev.length > 0 && prev.length <= SIGNER_MAX && !SENTENCE_PUNCT.test(prev)) contentEnd = lines[j].start;
    }
    return { contentEnd, signature: { kind: 'signature', date } };
  }
  const lastLine = trimmed.trim();
  const cutOff = !FINISHED.test(lastLine) ? unfinishedSentence(line, trimmed) : undefined;
  return { contentEnd: line.start + trimmed.length, cutOff };
}

/**
 * The last sentence when it is prose that stops mid-way ("…加大政务信息主动公开力度,并加强"):
 * long enough and still running on after a comma. A trailing name or label is not a cut-off.
 */
function unfinishedSentence(line: Line, trimmed: string): OffsetRange | undefined {
  let start = trimmed.length;
  while (start > 0 && !/[。！？；;!?]/.test(trimmed[start - 1])) start--;
  while (start < trimmed.length && /[\s\u3000]/.test(trimmed[start])) start++;
  const sentence = trimmed.slice(start);
  if (sentence.length < 15 || !/[，,]/.test(sentence)) return undefined;
  return { start: line.start + Math.max(start, trimmed.length - 60), end: line.start + trimmed.length };
}

const PUBLISHED = /((?:发布|公开|发表|发文|成文|印发)(?:日期|时间)|(?<=^|[\s|\u3000])(?:日期|时间))\s*[:：]\s*\|?\s*/g;

/** Publication dates in the page header ("发布日期:2021-01-30", "时间:2018-03-30"), before the report begins. */
export function findPublishedDates(text: string, headerEnd: number): ReportDate[] {
  const out: ReportDate[] = [];
  const seen = new Set<string>();
  const header = text.slice(0, headerEnd);
  for (const m of header.matchAll(PUBLISHED)) {
    const at = (m.index ?? 0) + m[0].length;
    const [date] = findDates(text, at, Math.min(headerEnd, at + 24));
    if (!date || date.range.start !== at) continue;
    const key = `${date.year}-${date.month}-${date.day}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ kind: 'published', date, label: m[1] });
  }
  return out;
}
