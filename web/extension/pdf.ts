import type { ImportedReport } from '../../server/src/core/import/types';
import type { PdfImportOptions, PdfJs } from '../../server/src/import/pdf-read';
import { cmapReader, importPdfWith } from '../page/src/pdf-reading';
import type { PdfEngine } from '../page/src/pdf-reading';

/**
 * PDF files in the web extension's language server (a Web Worker; esbuild.mjs maps
 * server/src/import/pdf.ts here for dist/web/server.js): the offline page's reading
 * (web/page/src/pdf-reading.ts: the CLI's pdf-read.ts with pdf.js and the core's layout), with the very
 * pdf.js the desktop loads, dist/pdfjs/ in the extension's folder, imported by its URL (the client
 * says where, web/extension/initialization.ts) on the first PDF only: nothing of pdf.js is bundled
 * twice. pdf.js's own worker code runs in this worker as its "fake worker" (as on the desktop and in
 * the page). The GB character maps (dist/pdfjs/cmaps) are read by the client through
 * vscode.workspace.fs, asked for by name (PDFJS_CMAP_REQUEST): this worker makes no network call of
 * its own. When pdf.js cannot load, the PDF gets the web extension's message and nothing else stops.
 */
export function importPdf(bytes: Uint8Array, options: PdfImportOptions = {}): Promise<ImportedReport> {
  return importPdfWith(loadEngine, bytes, options, 'pdf/engine-missing-web');
}

/** Where pdf.js is and how to read a character map: set by web/extension/server.ts from the client's `initialize`. */
export interface WebPdfSource {
  /** The extension's dist/pdfjs folder as a URL without trailing '/'. */
  readonly pdfjsBase: string;
  /** A GB character map's compressed bytes by name (dist/pdfjs/cmaps/<name>.bcmap). */
  readonly readCMap: (name: string) => Promise<Uint8Array>;
}

let source: WebPdfSource | undefined;
let loading: Promise<PdfEngine> | undefined;

export function setPdfSource(where: WebPdfSource): void {
  source = where;
}

function loadEngine(): Promise<PdfEngine> {
  loading ??= (async () => {
    if (source === undefined) throw new Error('the client did not say where pdf.js is');
    const { pdfjsBase, readCMap } = source;
    // The worker's code first: pdf.js takes it from globalThis.pdfjsWorker instead of starting a worker of its own.
    const worker: unknown = await import(`${pdfjsBase}/pdf.worker.mjs`);
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    const pdfjs = (await import(`${pdfjsBase}/pdf.mjs`)) as PdfJs;
    return { pdfjs, cmaps: cmapReader(readCMap) };
  })().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
