import type { OffsetRange } from '../text/line-index';
import type { Fix, TextEdit } from './types';

/**
 * What every fix keeps, whatever rule made it (applied by the runner, so no rule can forget it):
 *  - a fix marked `safe` (applied by 修正全部 and on save) changes no number: the Arabic digits the
 *    edited text holds stay the same, in the same order; a fix that would change one is offered one
 *    by one only;
 *  - a fix writes the document's own line ending (a Windows file stays CRLF).
 */

/** The digit (0–9) of the code unit at `at`, ASCII or full-width; -1 when it is no digit. */
function digitAt(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10;
  return -1;
}

/** The Arabic digits of a text, ASCII and full-width alike, in order: "第3行１２" → "312". */
export function digitsOf(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const d = digitAt(text, i);
    if (d >= 0) out += String(d);
  }
  return out;
}

/**
 * Whether `text` from `start` to `end` holds the same digits, in order, as `other`. Compared in
 * place, with no copy of either (issue 17: a fix-all of thousands of edits settled every one).
 */
function sameDigits(text: string, start: number, end: number, other: string): boolean {
  let j = 0;
  for (let i = start; i < end; i++) {
    const d = digitAt(text, i);
    if (d < 0) continue;
    while (j < other.length && digitAt(other, j) < 0) j++;
    if (j >= other.length || digitAt(other, j) !== d) return false;
    j++;
  }
  for (; j < other.length; j++) if (digitAt(other, j) >= 0) return false;
  return true;
}

/** Whether applying `edits` to `text` adds, removes or changes any digit. */
export function changesNumbers(text: string, edits: readonly TextEdit[]): boolean {
  return edits.some((e) => !sameDigits(text, e.range.start, e.range.end, e.newText));
}

/** The line ending the text uses: the one of its first line break (LF when it has none). */
export function lineEndingOf(text: string): '\r\n' | '\n' {
  const lf = text.indexOf('\n');
  return lf > 0 && text.charCodeAt(lf - 1) === 13 ? '\r\n' : '\n';
}

/** `newText` with every line break written as `eol`. */
export function withLineEnding(newText: string, eol: '\r\n' | '\n'): string {
  // Most edits are a mark or a word: no line break, nothing to rewrite (and no copy).
  if (!newText.includes('\n') && !newText.includes('\r')) return newText;
  return newText.replace(/\r\n|\r|\n/g, eol);
}

/**
 * A rule's fix as it leaves the runner: ranges clamped into the text, the text's line endings, `safe`
 * only when no number changes. The rule's own fix (and edit list) when that changes nothing: a
 * converted page's fix-all has tens of thousands of one-mark edits (issue 17), each settled by
 * `isPlainMark` without a copy.
 */
export function settleFix(text: string, fix: Fix, clamp: (r: OffsetRange) => OffsetRange): Fix {
  const settle = settleEdit(lineEndingOf(text), clamp);
  /** A copy of the edits, made at the first edit that settling changes. */
  let settled: TextEdit[] | undefined;
  let numbers = false;
  let index = 0;
  for (const edit of fix.edits) {
    const plain = isPlainMark(text, edit);
    const out = plain ? edit : settle(edit);
    if (out !== edit) settled ??= fix.edits.slice(0, index);
    settled?.push(out);
    if (fix.safe && !plain && !numbers) numbers = !sameDigits(text, out.range.start, out.range.end, out.newText);
    index++;
  }
  const safe = fix.safe && !numbers;
  return settled === undefined && safe === fix.safe ? fix : { ...fix, edits: settled ?? fix.edits, safe };
}

/**
 * An edit that settling leaves as it is: inside the text, at most one code unit replaced by one
 * character, neither a digit nor a line break (a half-width mark made full-width).
 */
function isPlainMark(text: string, edit: TextEdit): boolean {
  const { start, end } = edit.range;
  if (edit.newText.length !== 1 || start < 0 || end < start || end > start + 1 || end > text.length) return false;
  const c = edit.newText.charCodeAt(0);
  return c !== 10 && c !== 13 && digitAt(edit.newText, 0) < 0 && (start === end || digitAt(text, start) < 0);
}

/** An edit clamped and in the text's line ending: the rule's own object when that changes nothing. */
function settleEdit(eol: '\r\n' | '\n', clamp: (r: OffsetRange) => OffsetRange): (edit: TextEdit) => TextEdit {
  return (edit) => {
    const range = clamp(edit.range);
    const newText = withLineEnding(edit.newText, eol);
    return range === edit.range && newText === edit.newText ? edit : { range, newText };
  };
}
