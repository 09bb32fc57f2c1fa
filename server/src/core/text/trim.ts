/**
 * Trimming a set of characters off a string's ends in one pass. A regular expression such as
 * `/[\\/]+$/` without a start anchor is tried from every position of a long run of those
 * characters that is not at the end: quadratic (eslint-plugin-regexp, regexp/no-super-linear-move).
 */

/** `text` without the characters of `chars` at its end. */
export function trimEndOf(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}

/** `text` without the characters of `chars` at its start and its end. */
export function trimOf(text: string, chars: string): string {
  let start = 0;
  while (start < text.length && chars.includes(text.charAt(start))) start++;
  return trimEndOf(text.slice(start), chars);
}
