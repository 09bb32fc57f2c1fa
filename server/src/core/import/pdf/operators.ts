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

/** The borders and pictures of one page. */
export function graphicsOf(fnArray: ArrayLike<number>, argsArray: ArrayLike<unknown>, ops: OperatorCodes, viewport: Matrix): { rulings: Ruling[]; images: Box[] } {
  const rulings: Ruling[] = [];
  const images: Box[] = [];
  let state: State = { ctm: viewport, fill: undefined, stroke: undefined };
  const stack: State[] = [];
  const strokes = new Set([ops.stroke, ops.closeStroke, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  const fills = new Set([ops.fill, ops.eoFill, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  const pictures = new Set([ops.paintImageXObject, ops.paintInlineImageXObject, ops.paintImageMaskXObject, ops.paintSolidColorImageMask, ops.paintImageXObjectRepeat]);

  const addSegment = (a: [number, number], b: [number, number]): void => {
    const [x1, y1] = apply(state.ctm, a[0], a[1]);
    const [x2, y2] = apply(state.ctm, b[0], b[1]);
    if (![x1, y1, x2, y2].every(Number.isFinite)) return;
    if (Math.abs(y1 - y2) <= STRAIGHT && Math.abs(x1 - x2) > STRAIGHT) {
      const y = (y1 + y2) / 2;
      rulings.push({ x1: Math.min(x1, x2), y1: y, x2: Math.max(x1, x2), y2: y });
    } else if (Math.abs(x1 - x2) <= STRAIGHT && Math.abs(y1 - y2) > STRAIGHT) {
      const x = (x1 + x2) / 2;
      rulings.push({ x1: x, y1: Math.min(y1, y2), x2: x, y2: Math.max(y1, y2) });
    }
  };

  const addFilled = (path: SubPath): void => {
    if (path.curved || path.points.length < 4 || path.points.length > 5) return;
    const pts = path.points.map(([x, y]) => apply(state.ctm, x, y));
    const xs = pts.map((p) => p[0]);
    const ys = pts.map((p) => p[1]);
    const left = Math.min(...xs);
    const right = Math.max(...xs);
    const top = Math.min(...ys);
    const bottom = Math.max(...ys);
    // Only an axis-aligned rectangle: every corner on its bounding box.
    if (!pts.every(([x, y]) => (Math.abs(x - left) < STRAIGHT || Math.abs(x - right) < STRAIGHT) && (Math.abs(y - top) < STRAIGHT || Math.abs(y - bottom) < STRAIGHT))) return;
    const w = right - left;
    const h = bottom - top;
    if (h <= THIN && w > h) rulings.push({ x1: left, y1: (top + bottom) / 2, x2: right, y2: (top + bottom) / 2 });
    else if (w <= THIN && h > w) rulings.push({ x1: (left + right) / 2, y1: top, x2: (left + right) / 2, y2: bottom });
  };

  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i] ?? -1;
    const args = argsArray[i];
    if (fn === ops.save) {
      stack.push(state);
      state = { ...state };
    } else if (fn === ops.restore) {
      state = stack.pop() ?? state;
    } else if (fn === ops.transform) {
      const m = asMatrix(args);
      if (m) state.ctm = multiply(state.ctm, m);
    } else if (fn === ops.paintFormXObjectBegin) {
      stack.push(state);
      state = { ...state };
      const m = Array.isArray(args) ? asMatrix(args[0]) : undefined;
      if (m) state.ctm = multiply(state.ctm, m);
    } else if (fn === ops.paintFormXObjectEnd) {
      state = stack.pop() ?? state;
    } else if (fn === ops.setFillRGBColor) {
      state.fill = Array.isArray(args) && typeof args[0] === 'string' ? args[0] : undefined;
    } else if (fn === ops.setStrokeRGBColor) {
      state.stroke = Array.isArray(args) && typeof args[0] === 'string' ? args[0] : undefined;
    } else if (fn === ops.constructPath) {
      if (!Array.isArray(args)) continue;
      const paint: unknown = args[0];
      const buffers: unknown = args[1];
      const buffer: unknown = Array.isArray(buffers) ? buffers[0] : undefined;
      if (typeof paint !== 'number' || !buffer || typeof buffer !== 'object' || !('length' in buffer)) continue;
      const paths = subPaths(buffer as ArrayLike<number>);
      if (strokes.has(paint) && !isLight(state.stroke)) {
        for (const p of paths) {
          if (p.curved) continue;
          // Each side of the path, and the closing side of a closed one.
          const sides = p.closed && p.points.length > 2 ? [...p.points, p.points[0]] : p.points;
          for (let k = 1; k < sides.length; k++) {
            const a = sides[k - 1];
            const b = sides[k];
            if (a && b) addSegment(a, b);
          }
        }
      }
      if (fills.has(paint) && !isLight(state.fill)) for (const p of paths) addFilled(p);
    } else if (pictures.has(fn)) {
      // A picture fills the unit square of its matrix.
      const corners = [apply(state.ctm, 0, 0), apply(state.ctm, 1, 0), apply(state.ctm, 0, 1), apply(state.ctm, 1, 1)];
      const xs = corners.map((c) => c[0]);
      const ys = corners.map((c) => c[1]);
      if ([...xs, ...ys].every(Number.isFinite)) images.push({ left: Math.min(...xs), top: Math.min(...ys), right: Math.max(...xs), bottom: Math.max(...ys) });
    }
  }
  return { rulings, images };
}
