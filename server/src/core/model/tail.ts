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
  readonly signature?: ReportDate | undefined;
  /** The last sentence, when the text stops without finishing it. */
  readonly cutOff?: OffsetRange | undefined;
}

const SIGNER_MAX = 40;
const SENTENCE_PUNCT = /[，。；！？,;!?]/;
const FINISHED = /[。！？!?；;…”’」』）)】\]>*"']$|[:：]$/;

export function findTail(lines: readonly Line[], textLength: number): ReportTail {
  const i = lastContentLine(lines);
  const line = lines[i];
  if (line === undefined) return { contentEnd: textLength };
  const trimmed = withoutTrailingChrome(line.text.trimEnd());
  const dates = findDates(trimmed);
  const last = dates[dates.length - 1];
  if (last && last.range.end >= trimmed.length - 1) {
    // The signer sits between the last sentence and the date, on this line or the line before.
    let signerStart = last.range.start;
    while (signerStart > 0 && !SENTENCE_PUNCT.test(trimmed.charAt(signerStart - 1)) && last.range.start - signerStart < SIGNER_MAX) signerStart--;
    const signer = trimmed.slice(signerStart, last.range.start).trim();
    if (!SENTENCE_PUNCT.test(trimmed[signerStart - 1] ?? '。') || signer.length > SIGNER_MAX) {
      return { contentEnd: line.end };
    }
    const date = { ...last, range: { start: line.start + last.range.start, end: line.start + last.range.end } };
    let contentEnd = line.start + signerStart;
    if (signerStart === 0 && i > 0) {
      // "遂溪县建新镇人民政府\n2018年12月31日": the body's name on the line before the date.
      let j = i - 1;
      while (j > 0 && lines[j]?.text.trim() === '') j--;
      const before = lines[j];
      const prev = before?.text.trim() ?? '';
      if (before && prev.length > 0 && prev.length <= SIGNER_MAX && !SENTENCE_PUNCT.test(prev)) contentEnd = before.start;
    }
    return { contentEnd, signature: { kind: 'signature', date } };
  }
  const lastLine = trimmed.trim();
  const cutOff = !FINISHED.test(lastLine) ? unfinishedSentence(line, trimmed) : undefined;
  return { contentEnd: line.start + trimmed.length, cutOff };
}

/** The index of the last line that is neither blank nor page chrome; -1 when there is none. */
function lastContentLine(lines: readonly Line[]): number {
  for (let i = lines.length - 1; i >= 0; i--) {
    const text = lines[i]?.text ?? '';
    if (text.trim() !== '' && !isChromeLine(text)) return i;
  }
  return -1;
}

/**
 * The last sentence when it is prose that stops mid-way ("…加大政务信息主动公开力度,并加强"):
 * long enough and still running on after a comma. A trailing name or label is not a cut-off.
 */
function unfinishedSentence(line: Line, trimmed: string): OffsetRange | undefined {
  let start = trimmed.length;
  while (start > 0 && !/[。！？；;!?]/.test(trimmed.charAt(start - 1))) start--;
  while (start < trimmed.length && /[\s\u3000]/.test(trimmed.charAt(start))) start++;
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
    const at = m.index + m[0].length;
    const [date] = findDates(text, at, Math.min(headerEnd, at + 24));
    if (date?.range.start !== at) continue;
    const key = `${date.year}-${date.month}-${date.day}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ kind: 'published', date, label: m[1] });
  }
  return out;
}
