import type { Locale } from '../../server/src/core/i18n/messages';
import type { ImportedReport } from '../../server/src/core/import/types';
import { ImportError } from '../../server/src/import/errors';

/**
 * The browser builds' stand-ins for the readers that need Node (esbuild.mjs maps
 * server/src/import/doc.ts here for the web extension's worker and the offline page):
 * word-extractor reads .doc/.wps through Node's Buffer and streams; the file is refused with a
 * Chinese reason instead. PDFs are read in both workers with their own readers (web/extension/pdf.ts,
 * web/page/src/pdf.ts); the PDF stand-in is for the builds that bundle the import registry without
 * ever reading a file with it (the offline page's main script takes its constants).
 */
export function importDoc(_bytes: Uint8Array, _locale: Locale): Promise<ImportedReport> {
  return Promise.reject(new ImportError('import/browser-unavailable', { format: '.doc/.wps' }));
}

export function importPdf(_bytes: Uint8Array, _options: { locale?: Locale } = {}): Promise<ImportedReport> {
  return Promise.reject(new ImportError('import/browser-unavailable', { format: 'PDF' }));
}
