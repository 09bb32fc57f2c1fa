import type { OffsetRange } from '../text/line-index';
import type { Fix, TextEdit } from './types';

/**
 * What every fix keeps, whatever rule made it (applied by the runner, so no rule can forget it):
 *  - a fix marked `safe` (applied by 修正全部 and on save) changes no number: the Arabic digits the
 *    edited text holds stay the same, in the same order; a fix that would change one is offered one
 *    by one only;
 *  - a fix writes the document's own line ending (a Windows file stays CRLF).
 */

/** The Arabic digits of a text, ASCII and full-width alike, in order: "第3行１２" → "312". */
export function digitsOf(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if (c >= 0x30 && c <= 0x39) out += ch;
    else if (c >= 0xff10 && c <= 0xff19) out += String.fromCharCode(c - 0xff10 + 0x30);
  }
  return out;
}

/** Whether applying `edits` to `text` adds, removes or changes any digit. */
export function changesNumbers(text: string, edits: readonly TextEdit[]): boolean {
  return edits.some((e) => digitsOf(text.slice(e.range.start, e.range.end)) !== digitsOf(e.newText));
}

/** The line ending the text uses: the one of its first line break (LF when it has none). */
export function lineEndingOf(text: string): '\r\n' | '\n' {
  const lf = text.indexOf('\n');
  return lf > 0 && text.charCodeAt(lf - 1) === 13 ? '\r\n' : '\n';
}

/** `newText` with every line break written as `eol`. */
export function withLineEnding(newText: string, eol: '\r\n' | '\n'): string {
  return newText.replace(/\r\n|\r|\n/g, eol);
}

/** A rule's fix as it leaves the runner: ranges clamped into the text, the text's line endings, `safe` only when no number changes. */
export function settleFix(text: string, fix: Fix, clamp: (r: OffsetRange) => OffsetRange): Fix {
  const eol = lineEndingOf(text);
  const edits = fix.edits.map((e) => ({ range: clamp(e.range), newText: withLineEnding(e.newText, eol) }));
  return { ...fix, edits, safe: fix.safe && !changesNumbers(text, edits) };
}
