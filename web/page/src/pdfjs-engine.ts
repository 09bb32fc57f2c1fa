import { GB_CMAPS } from 'govreport:gb-cmaps';
import type { PdfEngine } from './pdf';

/**
 * The offline page's pdf.js (dist/offline/pdfjs.js, a classic script of its own: scripts/esbuild-page.mjs).
 * The page adds it on the first PDF dropped, so a page that never sees a PDF never parses its 1.4 MB.
 * pdf.js's worker code runs on the page's thread as its "fake worker" (pdf.js takes it from
 * globalThis.pdfjsWorker): a page opened from file:// could not start pdf.js's worker from a file
 * URL, and nothing is fetched. The GB character maps are inside this script (file:// pages cannot fetch).
 */
// pdf.js's modules are ES modules: imported here (esbuild bundles them into this script, the imports
// resolve in the same turn of the event loop as the script runs).
const scope = globalThis as { pdfjsWorker?: unknown; govreportPdfjs?: Promise<PdfEngine> };
scope.govreportPdfjs = Promise.all([import('pdfjs-dist/legacy/build/pdf.worker.mjs'), import('pdfjs-dist/legacy/build/pdf.mjs')]).then(([worker, pdfjs]) => {
  scope.pdfjsWorker = worker;
  return { pdfjs, cmaps: GB_CMAPS };
});
