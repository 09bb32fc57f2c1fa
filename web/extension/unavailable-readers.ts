import type { Locale } from '../../server/src/core/i18n/messages';
import type { ImportedReport } from '../../server/src/core/import/types';
import { ImportError } from '../../server/src/import/errors';

/**
 * The browser builds' stand-ins for the readers that need Node (esbuild.mjs maps
 * server/src/import/doc.ts and pdf.ts here for the web extension's worker, doc.ts for the offline page,
 * which reads PDFs with web/page/src/pdf.ts):
 * word-extractor reads .doc/.wps through Node's Buffer and streams, and the PDF adapter loads
 * pdf.js from the extension's folder on disk. The file is refused with a Chinese reason instead.
 */
export function importDoc(_bytes: Uint8Array, _locale: Locale): Promise<ImportedReport> {
  return Promise.reject(new ImportError('import/browser-unavailable', { format: '.doc/.wps' }));
}

export function importPdf(_bytes: Uint8Array, _options: { locale?: Locale } = {}): Promise<ImportedReport> {
  return Promise.reject(new ImportError('import/browser-unavailable', { format: 'PDF' }));
}
