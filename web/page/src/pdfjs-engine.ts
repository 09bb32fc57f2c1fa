import { GB_CMAPS } from 'govreport:gb-cmaps';
import type { PdfJs } from '../../../server/src/import/pdf-read';

/**
 * The offline page's pdf.js, inside the page's checking worker (worker.ts): esbuild bundles the
 * modules into the worker's script, and they run on the first PDF only. pdf.js's own worker code runs
 * in the same worker as its "fake worker" (pdf.js takes it from globalThis.pdfjsWorker): nothing is
 * fetched and no second worker is started. pdf.js's polyfills change this worker's globals, never
 * the page's. The GB character maps are inside the bundle (file:// pages cannot fetch).
 */
export async function loadPdfEngine(): Promise<{ readonly pdfjs: PdfJs; readonly cmaps: Readonly<Record<string, string>> }> {
  const scope = globalThis as { pdfjsWorker?: unknown };
  const [worker, pdfjs] = await Promise.all([import('pdfjs-dist/legacy/build/pdf.worker.mjs'), import('pdfjs-dist/legacy/build/pdf.mjs')]);
  scope.pdfjsWorker = worker;
  return { pdfjs, cmaps: GB_CMAPS };
}
