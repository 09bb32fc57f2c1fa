/**
 * Whether a UTF-16 unit is white space as a regular expression's \s reads it (the line
 * terminators, Unicode space separators, U+FEFF), for scans that test units one by one instead of
 * running a regular expression over a long text.
 */
export function isWhiteSpaceCode(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}


/** The first position in [from, to) that is not white space (to when there is none): where trim() would start. */
export function skipWhiteSpace(text: string, from: number, to: number): number {
  let at = from;
  while (at < to && isWhiteSpaceCode(text.charCodeAt(at))) at++;
  return at;
}

/** The end of [from, to) without its trailing white space (from when it is all white space): where trim() would end. */
export function endBeforeWhiteSpace(text: string, from: number, to: number): number {
  let at = to;
  while (at > from && isWhiteSpaceCode(text.charCodeAt(at - 1))) at--;
  return at;
}
