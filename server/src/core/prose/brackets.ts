/**
 * Brackets and clauses in folded prose: where a bracket opened before a position closes, and the
 * clauses of a stretch split at top-level separators (not inside brackets), for the breakdowns.
 */
const OPEN = '(（[【〔《';
const CLOSE = ')）]】〕》';
/** Clause separators at the top level. */
const SEPARATORS = ',;、:';

/**
 * Characters are classified by code, through one table read per character: text[i] made a new
 * string for every character outside Latin-1, and a Set lookup per character cost more than the
 * rest of the scan (issue 17).
 */
const [OTHER, OPENING, CLOSING, SEPARATOR] = [0, 1, 2, 3];
const KIND_OF_CODE = new Uint8Array(0x10000);
const classify = (characters: string, kind: number): void => {
  for (let i = 0; i < characters.length; i++) KIND_OF_CODE[characters.charCodeAt(i)] = kind;
};
classify(OPEN, OPENING);
classify(CLOSE, CLOSING);
classify(SEPARATORS, SEPARATOR);
/** The kind of the unit at a position (past the end, NaN: OTHER). */
const kindOf = (code: number): number => KIND_OF_CODE[code] ?? OTHER;
const isOpen = (code: number): boolean => kindOf(code) === OPENING;
const isClose = (code: number): boolean => kindOf(code) === CLOSING;

export interface Clause { readonly start: number; readonly end: number }

/** Clauses split at top-level , ; 、 : (not inside brackets or quotes). */
export function topLevelClauses(text: string, from: number, to: number): Clause[] {
  const out: Clause[] = [];
  let depth = 0;
  let start = from;
  for (let i = from; i < to; i++) {
    const kind = kindOf(text.charCodeAt(i));
    if (kind === OPENING) depth++;
    else if (kind === CLOSING) depth = Math.max(0, depth - 1);
    else if (depth === 0 && kind === SEPARATOR) {
      if (i > start) out.push({ start, end: i });
      start = i + 1;
    }
  }
  if (to > start) out.push({ start, end: to });
  return out;
}

/** The first `ch` (one UTF-16 unit) between `from` and `to` outside brackets, or -1. */
export function topLevelIndexOf(text: string, ch: string, from: number, to: number): number {
  const wanted = ch.charCodeAt(0);
  let depth = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isOpen(c)) depth++;
    else if (isClose(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && c === wanted) return i;
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
  /** Parallel to `stack`: whether a position was inside the bracket (only those brackets' closes are wanted). */
  const asked: boolean[] = [];
  let askedOpen = 0;
  const open: number[] = [];
  let closes: Map<number, number> | undefined;
  let k = 0;
  for (let i = 0; i <= text.length; i++) {
    for (let p = positions[k]; p !== undefined && p <= i; p = positions[++k]) {
      const top = stack.length - 1;
      open.push(top >= 0 ? stack[top] ?? -1 : -1);
      if (top >= 0 && asked[top] !== true) {
        asked[top] = true;
        askedOpen++;
      }
    }
    // Past the last position, only the closes of brackets a position was inside matter: none open, nothing more to read.
    if (k >= positions.length && askedOpen === 0) break;
    const c = text.charCodeAt(i);
    if (isOpen(c)) {
      stack.push(i);
      asked.push(false);
    } else if (isClose(c)) {
      const opened = stack.pop();
      if (asked.pop() === true) {
        askedOpen--;
        if (opened !== undefined) (closes ??= new Map()).set(opened, i);
      }
    }
  }
  const close = open.map((o) => (o < 0 ? -1 : closes?.get(o) ?? text.length));
  return { open, close };
}

/** Whether positions inside a stretch are inside a nested bracket, asked in ascending order: linear in the stretch. */
export function nestedBracketCursor(text: string, from: number): (at: number) => boolean {
  let depth = 0;
  let pos = from;
  return (at) => {
    for (; pos < at; pos++) {
      const c = text.charCodeAt(pos);
      if (isOpen(c)) depth++;
      else if (isClose(c)) depth = Math.max(0, depth - 1);
    }
    return depth > 0;
  };
}
