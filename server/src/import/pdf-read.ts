import type { Locale } from '../core/i18n/messages';
import { layoutPdf } from '../core/import/pdf/layout';
import { graphicsOf, textOf } from '../core/import/pdf/operators';
import type { Matrix, OperatorCodes } from '../core/import/pdf/operators';
import type { PdfPage, PdfText } from '../core/import/pdf/types';
import type { ImportedReport } from '../core/import/types';
import { ImportError } from './errors';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs' with { 'resolution-mode': 'import' };

/**
 * Driving pdf.js over a file, the part every runtime shares: the CLI and the server (./pdf.ts,
 * pdf.js from dist/pdfjs, character maps from disk) and the offline page (web/page/src/pdf.ts,
 * pdf.js from its own script, character maps inside it) pass in their loaded pdf.js and their
 * character map reader; the pages, the limits, the failures and the layout are the same. No Node
 * and no DOM here.
 */

export const PDF_LIMITS = {
  /** Annual reports have a few to a few dozen pages; a file past this is refused, not half-read. */
  maxPages: 200,
  /** The whole read (every page), after which pdf.js is stopped. */
  timeoutMs: 30_000,
} as const;

export interface PdfImportOptions {
  readonly locale?: Locale;
  readonly maxPages?: number;
  readonly timeoutMs?: number;
}

/** pdf.js's module, as `import('pdfjs-dist/legacy/build/pdf.mjs')` gives it. */
export type PdfJs = typeof PdfJsModule;

/** pdf.js's CMapReaderFactory: a class whose `fetch` gives a character map by name. */
export type CMapReader = new () => { readonly fetch: (request: { readonly name: string }) => Promise<{ cMapData: Uint8Array; isCompressed: boolean }> };

/** The pages read into the Markdown rendering the core checks (tables as preset grids, locations as pages). */
export function reportFromPages(pages: readonly PdfPage[], locale: Locale): ImportedReport {
  // No text on any page: a scan (pictures) or an empty document, nothing to check.
  if (!pages.some((p) => p.texts.some((t) => t.str.trim() !== ''))) {
    throw pages.some((p) => p.images.length > 0) ? new ImportError('pdf/scanned', { pages: pages.length }) : new ImportError('pdf/no-text');
  }
  return layoutPdf([...pages], { locale });
}

class Timeout extends Error {}

/** Resolves as `work` does, or rejects with Timeout at the deadline (at once when it has passed). */
async function beforeDeadline<T>(work: Promise<T>, deadline: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => {
    if (Date.now() >= deadline) reject(new Timeout());
    else timer = setTimeout(() => { reject(new Timeout()); }, deadline - Date.now());
  });
  try {
    return await Promise.race([expired, work]);
  } finally {
    clearTimeout(timer);
    // The work goes on after a timeout until the loading task is destroyed: its failure is not ours to report.
    work.catch(() => undefined);
  }
}

/** Every page's text runs, borders and pictures, in page space, read by the given pdf.js. */
export async function readPagesWith(pdfjs: PdfJs, cmaps: CMapReader, bytes: Uint8Array, options: PdfImportOptions): Promise<PdfPage[]> {
  const maxPages = options.maxPages ?? PDF_LIMITS.maxPages;
  const timeoutMs = options.timeoutMs ?? PDF_LIMITS.timeoutMs;
  const deadline = Date.now() + timeoutMs;
  const task = pdfjs.getDocument({
    // pdf.js may take the buffer over and refuses Node's Buffer: it gets a plain copy, the caller keeps its bytes.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    isOffscreenCanvasSupported: false,
    CMapReaderFactory: cmaps,
    cMapUrl: 'gb/',
    cMapPacked: true,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  try {
    const doc = await beforeDeadline(task.promise, deadline);
    if (doc.numPages === 0) throw new ImportError('pdf/empty');
    if (doc.numPages > maxPages) throw new ImportError('pdf/too-many-pages', { pages: doc.numPages, limit: maxPages });
    const codes: OperatorCodes = pdfjs.OPS;
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await beforeDeadline(doc.getPage(n), deadline);
      const viewport = page.getViewport({ scale: 1 });
      const matrix = viewport.transform as unknown as Matrix;
      const [content, operators] = await beforeDeadline(Promise.all([page.getTextContent({ disableNormalization: true }), page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE })]), deadline);
      const texts: PdfText[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const text = textOf(item, matrix);
        if (text) texts.push(text);
      }
      const { rulings, images } = graphicsOf(operators.fnArray, operators.argsArray, codes, matrix);
      pages.push({ number: n, width: viewport.width, height: viewport.height, texts, rulings, images });
      page.cleanup();
    }
    return pages;
  } catch (error) {
    throw failure(error, timeoutMs);
  } finally {
    await task.destroy();
  }
}

/** pdf.js's exceptions (by name) and our own, as catalogue messages. */
function failure(error: unknown, timeoutMs: number): ImportError {
  if (error instanceof ImportError) return error;
  if (error instanceof Timeout) return new ImportError('pdf/timeout', { seconds: Math.round(timeoutMs / 1000) });
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') return new ImportError('pdf/encrypted');
  return new ImportError('pdf/corrupt');
}
