/**
 * Brackets and clauses in folded prose: where a bracket opened before a position closes, and the
 * clauses of a stretch split at top-level separators (not inside brackets), for the breakdowns.
 */
const OPEN = '(（[【〔《';
const CLOSE = ')）]】〕》';
const isOpen = (c: string | undefined): boolean => c !== undefined && OPEN.includes(c);
const isClose = (c: string | undefined): boolean => c !== undefined && CLOSE.includes(c);

export interface Clause { readonly start: number; readonly end: number }

/** Clauses split at top-level , ; 、 : (not inside brackets or quotes). */
export function topLevelClauses(text: string, from: number, to: number): Clause[] {
  const out: Clause[] = [];
  let depth = 0;
  let start = from;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (isOpen(c)) depth++;
    else if (isClose(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === ',' || c === ';' || c === '、' || c === ':')) {
      if (i > start) out.push({ start, end: i });
      start = i + 1;
    }
  }
  if (to > start) out.push({ start, end: to });
  return out;
}

export function topLevelIndexOf(text: string, ch: string, from: number, to: number): number {
  let depth = 0;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (isOpen(c)) depth++;
    else if (isClose(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && c === ch) return i;
  }
  return -1;
}

export function insideNestedBracket(text: string, from: number, at: number): boolean {
  let depth = 0;
  for (let i = from; i < at; i++) {
    if (isOpen(text[i])) depth++;
    else if (isClose(text[i])) depth = Math.max(0, depth - 1);
  }
  return depth > 0;
}

/** The index of the bracket still open at `at`, or -1. */
export function openBracketBefore(text: string, at: number): number {
  const stack: number[] = [];
  for (let i = 0; i < at; i++) {
    if (isOpen(text[i])) stack.push(i);
    else if (isClose(text[i])) stack.pop();
  }
  return stack.at(-1) ?? -1;
}

export function matchingClose(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (isOpen(text[i])) depth++;
    else if (isClose(text[i]) && --depth === 0) return i;
  }
  return text.length;
}
