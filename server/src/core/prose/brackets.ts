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

/**
 * One pass over `text` for the breakdowns: at each of `positions` (ascending), the bracket still
 * open there (-1 when none), and where each bracket open at one of them closes (`text.length`
 * when it never does). The same answers as openBracketBefore and matchingClose per position, in
 * linear time however many positions a sentence has.
 */
export interface BracketsAt { readonly open: readonly number[]; readonly close: readonly number[] }

export function bracketsAt(text: string, positions: readonly number[]): BracketsAt {
  const stack: number[] = [];
  const open: number[] = [];
  const closes = new Map<number, number>();
  let k = 0;
  for (let i = 0; i <= text.length; i++) {
    for (let p = positions[k]; p !== undefined && p <= i; p = positions[++k]) open.push(stack.at(-1) ?? -1);
    const c = text[i];
    if (isOpen(c)) stack.push(i);
    else if (isClose(c)) {
      const opened = stack.pop();
      if (opened !== undefined) closes.set(opened, i);
    }
  }
  const close = open.map((o) => (o < 0 ? -1 : closes.get(o) ?? text.length));
  return { open, close };
}

/** Whether positions inside a stretch are inside a nested bracket, asked in ascending order: linear in the stretch. */
export function nestedBracketCursor(text: string, from: number): (at: number) => boolean {
  let depth = 0;
  let pos = from;
  return (at) => {
    for (; pos < at; pos++) {
      if (isOpen(text[pos])) depth++;
      else if (isClose(text[pos])) depth = Math.max(0, depth - 1);
    }
    return depth > 0;
  };
}
