import type { ImportedReport } from '../../../server/src/core/import/types';
import type { PdfImportOptions } from '../../../server/src/import/pdf-read';
import { cmapReader, importPdfWith } from './pdf-reading';
import type { PdfEngine } from './pdf-reading';

/**
 * PDF files in the offline page's worker (esbuild maps server/src/import/pdf.ts here for the page
 * build): the same reading as the CLI's (pdf-reading.ts), with pdf.js bundled into the worker (its
 * modules run on the first PDF) and the character maps taken from the bundle instead of the disk.
 */
export async function importPdf(bytes: Uint8Array, options: PdfImportOptions = {}): Promise<ImportedReport> {
  return importPdfWith(loadEngine, bytes, options, 'pdf/engine-missing-page');
}

let loading: Promise<PdfEngine> | undefined;

function loadEngine(): Promise<PdfEngine> {
  loading ??= import('./pdfjs-engine.js')
    .then((m) => m.loadPdfEngine())
    .then(({ pdfjs, cmaps }) => ({ pdfjs, cmaps: cmapReader((name) => {
      const data = Object.hasOwn(cmaps, name) ? cmaps[name] : undefined;
      // A map that is not shipped (Japanese, Korean): pdf.js reads that font without it, as in the CLI.
      if (data === undefined) return Promise.reject(new Error(`character map not shipped: ${name}`));
      return Promise.resolve(Uint8Array.from(atob(data), (c) => c.charCodeAt(0)));
    }) }))
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}
