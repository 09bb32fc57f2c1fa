import { RADICAL_PAIRS } from '../../text/radicals';
import type { PdfText } from './types';

/**
 * Text runs → pieces → lines. pdf.js reports runs as the PDF draws them: a run may hold several
 * table cells ("13612 252"), and one word may come in several runs (a font change, a quote
 * mark). Runs are cut at their spaces (glyph positions estimated from the characters' widths:
 * Chinese characters one em, Latin half an em), then pieces that touch on one baseline are joined
 * again. A line is the pieces on one baseline, left to right.
 */

export interface Piece {
  readonly text: string;
  readonly left: number;
  readonly right: number;
  readonly baseline: number;
  readonly size: number;
  /** The page the piece is on (1-based). */
  readonly page: number;
  /** How far the piece was moved down to join a table continued from the page before (0 when not). */
  readonly shift: number;
  /** A space came before it in its run: it is never joined to the piece before. */
  readonly spaced: boolean;
}

export interface Line {
  readonly pieces: readonly Piece[];
  readonly baseline: number;
  readonly size: number;
  readonly left: number;
  readonly right: number;
  /** The line's ink box: an em above the baseline's ascent, a little below it. */
  readonly top: number;
  readonly bottom: number;
}

export const ASCENT = 0.88;
export const DESCENT = 0.12;

/** CJK ideographs, full-width forms and CJK punctuation take an em; the rest half an em. */
export function isWide(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xff60) || (c >= 0x3000 && c <= 0x303f) || (c >= 0x2018 && c <= 0x201f) || c >= 0x20000;
}

function advance(ch: string): number {
  if (/\s/.test(ch)) return 0.3;
  return isWide(ch) ? 1 : 0.55;
}

const RADICALS: ReadonlyMap<string, string> = (() => {
  const chars = Array.from(RADICAL_PAIRS);
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < chars.length; i += 2) map.set(chars[i] ?? '', chars[i + 1] ?? '');
  return map;
})();

/**
 * Radical code points back to the ideographs they stand for: a browser printing with Noto CJK
 * writes ⻘⼭ for 青山 (one glyph, the first code point the font maps to it). One character for one.
 */
export function foldRadicals(text: string): string {
  return /[\u2e80-\u2fdf]/.test(text) ? Array.from(text, (ch) => RADICALS.get(ch) ?? ch).join('') : text;
}

/** Cuts a run at its whitespace into pieces with estimated positions. */
export function piecesOf(text: PdfText, page: number): Piece[] {
  const chars = Array.from(foldRadicals(text.str));
  const weights = chars.map(advance);
  const total = weights.reduce((a, b) => a + b, 0);
  if (total === 0) return [];
  const scale = text.width > 0 ? text.width / total : text.size;
  const out: Piece[] = [];
  let at = 0;
  let start = -1;
  let startX = 0;
  chars.forEach((ch, i) => {
    const w = (weights[i] ?? 0) * scale;
    if (/\s/.test(ch)) {
      if (start >= 0) out.push({ text: chars.slice(start, i).join(''), left: text.x + startX, right: text.x + at, baseline: text.baseline, size: text.size, page, shift: 0, spaced: out.length > 0 });
      start = -1;
    } else if (start < 0) {
      start = i;
      startX = at;
    }
    at += w;
  });
  if (start >= 0) out.push({ text: chars.slice(start).join(''), left: text.x + startX, right: text.x + at, baseline: text.baseline, size: text.size, page, shift: 0, spaced: out.length > 0 });
  return out;
}

/** Splits a piece at x (a cell border it crosses), by the estimated glyph positions. */
export function splitPieceAt(piece: Piece, x: number): [Piece, Piece] | undefined {
  const chars = Array.from(piece.text);
  const weights = chars.map(advance);
  const total = weights.reduce((a, b) => a + b, 0);
  const scale = (piece.right - piece.left) / total;
  let at = piece.left;
  for (let i = 0; i < chars.length - 1; i++) {
    const next = at + (weights[i] ?? 0) * scale;
    // Cut between the glyphs nearest the border.
    if (next >= x - (weights[i + 1] ?? 0) * scale / 2) {
      if (Math.abs(next - x) > piece.size) return undefined;
      return [
        { ...piece, text: chars.slice(0, i + 1).join(''), right: next },
        { ...piece, text: chars.slice(i + 1).join(''), left: next },
      ];
    }
    at = next;
  }
  return undefined;
}

/** Pieces closer than this (in ems) are one word ("4." and "保护…", a quote mark in another font); table cells are further apart. */
const TOUCH = 0.12;
/** A gap this wide (in ems) between Latin letters or digits is a space. */
const SPACE = 0.3;
/** Baselines closer than this (in ems) are one line. */
const SAME_LINE = 0.35;

/** Joins two texts read one after the other: no space between Chinese text, one between Latin words. */
export function joinText(a: string, b: string): string {
  if (a === '') return b;
  if (b === '') return a;
  const last = a[a.length - 1] ?? '';
  const first = b[0] ?? '';
  return /[A-Za-z0-9]/.test(last) && /[A-Za-z]/.test(first) || /[A-Za-z]/.test(last) && /[0-9]/.test(first) ? `${a} ${b}` : a + b;
}

/** Pieces of one baseline, joined where they touch (one object per run: a line of text can come glyph by glyph). */
function mergeTouching(pieces: readonly Piece[]): Piece[] {
  const sorted = [...pieces].sort((a, b) => a.left - b.left);
  const out: Piece[] = [];
  let run: Piece[] = [];
  const flush = (): void => {
    const first = run[0];
    if (!first) return;
    if (run.length === 1) { out.push(first); run = []; return; }
    let right = first.right;
    let size = first.size;
    for (const p of run) { right = Math.max(right, p.right); size = Math.max(size, p.size); }
    out.push({ ...first, text: run.map((p) => p.text).join(''), right, size });
    run = [];
  };
  let right = Number.NEGATIVE_INFINITY;
  let size = 0;
  for (const p of sorted) {
    const first = run[0];
    if (first && !p.spaced && p.left - right < TOUCH * Math.min(size, p.size) && p.left >= first.left) {
      run.push(p);
      right = Math.max(right, p.right);
      size = Math.max(size, p.size);
      continue;
    }
    flush();
    run = [p];
    right = p.right;
    size = p.size;
  }
  flush();
  return out;
}

export function lineOf(pieces: readonly Piece[]): Line {
  const merged = mergeTouching(pieces);
  const size = Math.max(...merged.map((p) => p.size));
  const baseline = merged.reduce((s, p) => s + p.baseline, 0) / merged.length;
  return {
    pieces: merged,
    baseline,
    size,
    left: Math.min(...merged.map((p) => p.left)),
    right: Math.max(...merged.map((p) => p.right)),
    top: baseline - ASCENT * size,
    bottom: baseline + DESCENT * size,
  };
}

/** The page's pieces grouped into lines, top to bottom. */
export function linesOf(pieces: readonly Piece[]): Line[] {
  const sorted = [...pieces].sort((a, b) => a.baseline - b.baseline || a.left - b.left);
  const groups: Piece[][] = [];
  let current: Piece[] = [];
  let sum = 0;
  for (const p of sorted) {
    if (current.length > 0 && Math.abs(p.baseline - sum / current.length) <= SAME_LINE * p.size) {
      current.push(p);
      sum += p.baseline;
      continue;
    }
    if (current.length > 0) groups.push(current);
    current = [p];
    sum = p.baseline;
  }
  if (current.length > 0) groups.push(current);
  return groups.map(lineOf);
}

/** Pieces of one line (or one cell) as text: a gap becomes one space, except between Chinese characters (justified text spreads them). */
export function piecesText(pieces: readonly Piece[]): string {
  let out = '';
  let prev: Piece | undefined;
  for (const p of pieces) {
    const gap = prev !== undefined && p.left - prev.right >= SPACE * p.size;
    // Justified Chinese text spreads its characters: only a gap between two Latin letters or digits is a space.
    const wide = isWide(out[out.length - 1] ?? '') || isWide(p.text[0] ?? '');
    out = gap && !wide && out !== '' ? `${out} ${p.text}` : joinText(out, p.text);
    prev = p;
  }
  return out;
}
