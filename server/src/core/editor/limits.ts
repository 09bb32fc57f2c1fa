/**
 * What the editor does not check: a document longer than MAX_CHECKED_LENGTH characters (about 1.5 MB
 * of Chinese text, 50 times the longest real report; the check is linear, about 35 µs per KB, but a
 * 10 MB file on every keystroke is not a report being written) and a binary document (NUL bytes or
 * many control characters near the start). Either gets one clear information notice
 * (`runner/not-checked`) instead of a slow or meaningless check. The CLI checks any size.
 */
export const MAX_CHECKED_LENGTH = 500_000;

export type NotChecked = 'too-large' | 'binary';

/** Why a text is not checked under `maxLength`, or undefined when it is checked as usual. Looks at the first 8 K characters only for binary content. */
export function notCheckedReason(text: string, maxLength = MAX_CHECKED_LENGTH): NotChecked | undefined {
  if (text.length > maxLength) return 'too-large';
  const n = Math.min(text.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return 'binary';
    if (c < 9 || (c > 13 && c < 32)) control++;
  }
  return control > n / 10 ? 'binary' : undefined;
}
