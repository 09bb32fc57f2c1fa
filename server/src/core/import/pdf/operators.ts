import type { Box, PdfText, Ruling } from './types';

/**
 * Reads the drawing operators pdf.js reports for a page (its operator list) into what the table
 * reader needs: the straight axis-aligned lines (table borders, whether drawn as strokes or as
 * thin filled rectangles, as Word, LibreOffice and Chromium each do) and where pictures are
 * painted. Coordinates go through the current transformation matrix and the page's viewport
 * matrix into page space (points, origin top-left, y down).
 */

/** The pdf.js operator codes this reader uses (pdfjs-dist's OPS, passed in so the core does not import pdf.js). */
export interface OperatorCodes {
  readonly save: number;
  readonly restore: number;
  readonly transform: number;
  readonly constructPath: number;
  readonly paintFormXObjectBegin: number;
  readonly paintFormXObjectEnd: number;
  readonly paintImageXObject: number;
  readonly paintInlineImageXObject: number;
  readonly paintImageMaskXObject: number;
  readonly paintImageXObjectRepeat: number;
  readonly paintSolidColorImageMask: number;
  readonly setFillRGBColor: number;
  readonly setStrokeRGBColor: number;
  readonly stroke: number;
  readonly closeStroke: number;
  readonly fill: number;
  readonly eoFill: number;
  readonly fillStroke: number;
  readonly eoFillStroke: number;
  readonly closeFillStroke: number;
  readonly closeEOFillStroke: number;
}

/** An affine matrix [a, b, c, d, e, f] as PDF writes it. */
export type Matrix = readonly [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** m1 × m2: m2 applied first (pdf.js Util.transform). */
export function multiply(m1: Matrix, m2: Matrix): Matrix {
  return [
    m1[0] * m2[0] + m1[2] * m2[1],
    m1[1] * m2[0] + m1[3] * m2[1],
    m1[0] * m2[2] + m1[2] * m2[3],
    m1[1] * m2[2] + m1[3] * m2[3],
    m1[0] * m2[4] + m1[2] * m2[5] + m1[4],
    m1[1] * m2[4] + m1[3] * m2[5] + m1[5],
  ];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

function asMatrix(value: unknown): Matrix | undefined {
  if (!value || typeof value !== 'object' || !('length' in value) || (value as ArrayLike<unknown>).length !== 6) return undefined;
  const v = Array.from(value as ArrayLike<unknown>);
  if (!v.every((n): n is number => typeof n === 'number' && Number.isFinite(n))) return undefined;
  return [v[0] ?? 0, v[1] ?? 0, v[2] ?? 0, v[3] ?? 0, v[4] ?? 0, v[5] ?? 0];
}

/** A text item of pdf.js's getTextContent() in page space (`viewport`: the page's viewport matrix). */
export function textOf(item: { readonly str: string; readonly transform: unknown; readonly width: number }, viewport: Matrix): PdfText | undefined {
  const t = asMatrix(item.transform);
  if (!t || item.str === '') return undefined;
  const m = multiply(viewport, t);
  const size = Math.hypot(m[2], m[3]);
  // Width is in text space scaled by the font matrix; the viewport's scale applies to it too.
  const scale = Math.hypot(viewport[0], viewport[1]);
  if (!(size > 0) || !Number.isFinite(m[4]) || !Number.isFinite(m[5])) return undefined;
  return { str: item.str, x: m[4], baseline: m[5], width: Math.max(0, item.width * scale), size };
}

/** Path drawing codes inside a constructPath buffer (pdf.js DrawOPS). */
const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const QUADRATIC = 3;
const CLOSE = 4;

interface SubPath {
  readonly points: [number, number][];
  closed: boolean;
  curved: boolean;
}

function subPaths(buffer: ArrayLike<number>): SubPath[] {
  const out: SubPath[] = [];
  let current: SubPath | undefined;
  const at = (k: number): number => buffer[k] ?? Number.NaN;
  for (let k = 0; k < buffer.length;) {
    const op = at(k++);
    if (op === MOVE) {
      current = { points: [[at(k), at(k + 1)]], closed: false, curved: false };
      out.push(current);
      k += 2;
    } else if (op === LINE) {
      current?.points.push([at(k), at(k + 1)]);
      k += 2;
    } else if (op === CURVE) {
      if (current) { current.curved = true; current.points.push([at(k + 4), at(k + 5)]); }
      k += 6;
    } else if (op === QUADRATIC) {
      if (current) { current.curved = true; current.points.push([at(k + 2), at(k + 3)]); }
      k += 4;
    } else if (op === CLOSE) {
      if (current) current.closed = true;
    } else {
      break; // an unknown code: the rest cannot be decoded
    }
  }
  return out;
}

/** Thinner than this, a filled rectangle is a line (a border drawn as a fill). */
const THIN = 3;
/** Straight within this much (points). */
const STRAIGHT = 0.5;

function isLight(hex: string | undefined): boolean {
  if (!hex || !/^#[0-9a-f]{6}$/i.test(hex)) return false;
  return [1, 3, 5].every((i) => parseInt(hex.slice(i, i + 2), 16) >= 0xf0);
}

interface State {
  ctm: Matrix;
  fill: string | undefined;
  stroke: string | undefined;
}

/** The graphics state as the operators change it: the current state and the saved ones. */
interface StateStack {
  state: State;
  readonly saved: State[];
}

/**
 * Applies a state operator (save, restore, transform, form begin/end, fill or stroke colour) to
 * the graphics state; false when `fn` is not one of them.
 */
function applyStateOperator(fn: number, args: unknown, ops: OperatorCodes, g: StateStack): boolean {
  if (fn === ops.save) {
    g.saved.push(g.state);
    g.state = { ...g.state };
  } else if (fn === ops.restore) {
    g.state = g.saved.pop() ?? g.state;
  } else if (fn === ops.transform) {
    const m = asMatrix(args);
    if (m) g.state.ctm = multiply(g.state.ctm, m);
  } else if (fn === ops.paintFormXObjectBegin) {
    // A form is drawn in a saved state, through its own matrix.
    g.saved.push(g.state);
    g.state = { ...g.state };
    const m = Array.isArray(args) ? asMatrix(args[0]) : undefined;
    if (m) g.state.ctm = multiply(g.state.ctm, m);
  } else if (fn === ops.paintFormXObjectEnd) {
    g.state = g.saved.pop() ?? g.state;
  } else if (fn === ops.setFillRGBColor) {
    g.state.fill = Array.isArray(args) && typeof args[0] === 'string' ? args[0] : undefined;
  } else if (fn === ops.setStrokeRGBColor) {
    g.state.stroke = Array.isArray(args) && typeof args[0] === 'string' ? args[0] : undefined;
  } else {
    return false;
  }
  return true;
}

/** A straight segment (user space) as a ruling in page space, when it is horizontal or vertical. */
function segmentRuling(ctm: Matrix, a: [number, number], b: [number, number]): Ruling | undefined {
  const [x1, y1] = apply(ctm, a[0], a[1]);
  const [x2, y2] = apply(ctm, b[0], b[1]);
  if (![x1, y1, x2, y2].every(Number.isFinite)) return undefined;
  if (Math.abs(y1 - y2) <= STRAIGHT && Math.abs(x1 - x2) > STRAIGHT) {
    const y = (y1 + y2) / 2;
    return { x1: Math.min(x1, x2), y1: y, x2: Math.max(x1, x2), y2: y };
  }
  if (Math.abs(x1 - x2) <= STRAIGHT && Math.abs(y1 - y2) > STRAIGHT) {
    const x = (x1 + x2) / 2;
    return { x1: x, y1: Math.min(y1, y2), x2: x, y2: Math.max(y1, y2) };
  }
  return undefined;
}

/** Adds the straight sides of a stroked path (the closing side of a closed one too) that are rulings to `out`. */
function addStrokedRulings(out: Ruling[], ctm: Matrix, path: SubPath): void {
  if (path.curved) return;
  const sides = path.closed && path.points.length > 2 ? [...path.points, path.points[0]] : path.points;
  for (let k = 1; k < sides.length; k++) {
    const a = sides[k - 1];
    const b = sides[k];
    const ruling = a && b ? segmentRuling(ctm, a, b) : undefined;
    if (ruling) out.push(ruling);
  }
}

/** A filled axis-aligned rectangle thin enough to be a line, as a ruling (a border drawn as a fill). */
function filledRuling(ctm: Matrix, path: SubPath): Ruling | undefined {
  if (path.curved || path.points.length < 4 || path.points.length > 5) return undefined;
  const pts = path.points.map(([x, y]) => apply(ctm, x, y));
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  const left = Math.min(...xs);
  const right = Math.max(...xs);
  const top = Math.min(...ys);
  const bottom = Math.max(...ys);
  // Only an axis-aligned rectangle: every corner on its bounding box.
  if (!pts.every(([x, y]) => (Math.abs(x - left) < STRAIGHT || Math.abs(x - right) < STRAIGHT) && (Math.abs(y - top) < STRAIGHT || Math.abs(y - bottom) < STRAIGHT))) return undefined;
  const w = right - left;
  const h = bottom - top;
  if (h <= THIN && w > h) return { x1: left, y1: (top + bottom) / 2, x2: right, y2: (top + bottom) / 2 };
  if (w <= THIN && h > w) return { x1: (left + right) / 2, y1: top, x2: (left + right) / 2, y2: bottom };
  return undefined;
}

/** The operator codes that stroke and that fill a path. */
interface PaintCodes {
  readonly strokes: ReadonlySet<number>;
  readonly fills: ReadonlySet<number>;
}

/**
 * Adds the rulings a constructPath operator draws to `out` (one by one: a page may draw very many):
 * stroked sides and thin filled rectangles, in a colour that is not nearly white.
 */
function addPathRulings(out: Ruling[], args: unknown, state: State, paint: PaintCodes): void {
  if (!Array.isArray(args)) return;
  const code: unknown = args[0];
  const buffers: unknown = args[1];
  const buffer: unknown = Array.isArray(buffers) ? buffers[0] : undefined;
  if (typeof code !== 'number' || !buffer || typeof buffer !== 'object' || !('length' in buffer)) return;
  const paths = subPaths(buffer as ArrayLike<number>);
  if (paint.strokes.has(code) && !isLight(state.stroke)) for (const p of paths) addStrokedRulings(out, state.ctm, p);
  if (paint.fills.has(code) && !isLight(state.fill)) {
    for (const p of paths) {
      const ruling = filledRuling(state.ctm, p);
      if (ruling) out.push(ruling);
    }
  }
}

/** Where a picture is painted: it fills the unit square of its matrix. */
function pictureBox(ctm: Matrix): Box | undefined {
  const corners = [apply(ctm, 0, 0), apply(ctm, 1, 0), apply(ctm, 0, 1), apply(ctm, 1, 1)];
  const xs = corners.map((c) => c[0]);
  const ys = corners.map((c) => c[1]);
  if (![...xs, ...ys].every(Number.isFinite)) return undefined;
  return { left: Math.min(...xs), top: Math.min(...ys), right: Math.max(...xs), bottom: Math.max(...ys) };
}

/** The borders and pictures of one page. */
export function graphicsOf(fnArray: ArrayLike<number>, argsArray: ArrayLike<unknown>, ops: OperatorCodes, viewport: Matrix): { rulings: Ruling[]; images: Box[] } {
  const rulings: Ruling[] = [];
  const images: Box[] = [];
  const g: StateStack = { state: { ctm: viewport, fill: undefined, stroke: undefined }, saved: [] };
  const paint: PaintCodes = {
    strokes: new Set([ops.stroke, ops.closeStroke, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]),
    fills: new Set([ops.fill, ops.eoFill, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]),
  };
  const pictures = new Set([ops.paintImageXObject, ops.paintInlineImageXObject, ops.paintImageMaskXObject, ops.paintSolidColorImageMask, ops.paintImageXObjectRepeat]);
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i] ?? -1;
    const args = argsArray[i];
    if (applyStateOperator(fn, args, ops, g)) continue;
    if (fn === ops.constructPath) {
      addPathRulings(rulings, args, g.state, paint);
    } else if (pictures.has(fn)) {
      const box = pictureBox(g.state.ctm);
      if (box) images.push(box);
    }
  }
  return { rulings, images };
}
