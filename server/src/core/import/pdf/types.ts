/**
 * What the PDF reader takes from pdf.js, in page space: points, origin at the page's top-left
 * corner, y growing downwards (the order a person reads in). The I/O adapter
 * (server/src/import/pdf.ts) fills these; everything after is pure.
 */

/** A run of text as pdf.js reports it (one or more glyphs in one font). */
export interface PdfText {
  readonly str: string;
  /** Left edge of the run. */
  readonly x: number;
  /** The baseline's distance from the top of the page. */
  readonly baseline: number;
  /** The run's advance width. */
  readonly width: number;
  /** The font size (the height of an em). */
  readonly size: number;
}

/** An axis-aligned line painted on the page: a table border (x1 ≤ x2, y1 ≤ y2; one of the pairs equal). */
export interface Ruling {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

export interface PdfPage {
  /** 1-based page number. */
  readonly number: number;
  readonly width: number;
  readonly height: number;
  readonly texts: readonly PdfText[];
  readonly rulings: readonly Ruling[];
  /** Where pictures are painted. */
  readonly images: readonly Box[];
}
