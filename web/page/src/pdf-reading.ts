import type { Locale } from '../../../server/src/core/i18n/messages';
import type { ImportedReport } from '../../../server/src/core/import/types';
import { ImportError } from '../../../server/src/import/errors';
import { readPagesWith, reportFromPages } from '../../../server/src/import/pdf-read';
import type { CMapReader, PdfImportOptions, PdfJs } from '../../../server/src/import/pdf-read';

/**
 * Reading a PDF in a browser, shared by the offline page's worker (web/page/src/pdf.ts: pdf.js bundled)
 * and the web extension's language server (web/extension/pdf.ts: the extension's dist/pdfjs imported
 * by URL): the CLI's reading (server/src/import/pdf-read.ts: the same pdf.js, options, limits,
 * failures and the core's layout) with an engine each loads its own way on the first PDF.
 */

/** pdf.js and where its GB character maps come from. */
export interface PdfEngine {
  readonly pdfjs: PdfJs;
  readonly cmaps: CMapReader;
}

/** What a browser says when pdf.js cannot start: the page's words, or the web extension's. */
export type EngineMissingKey = 'pdf/engine-missing-page' | 'pdf/engine-missing-web';

/** The reading with a given loader: a loader that fails is said in the browser's own words (`missing`), not the editor's "reinstall". */
export async function importPdfWith(load: () => Promise<PdfEngine>, bytes: Uint8Array, options: PdfImportOptions = {}, missing: EngineMissingKey = 'pdf/engine-missing-page'): Promise<ImportedReport> {
  let engine: PdfEngine;
  try {
    engine = await load();
  } catch {
    throw new ImportError(missing);
  }
  return reportFromPages(await readPagesWith(engine.pdfjs, engine.cmaps, bytes, options), options.locale ?? ('zh-cn' satisfies Locale));
}

/** pdf.js's character map reader over `read` (the compressed .bcmap bytes of a map, by name; a map that is not shipped rejects). */
export function cmapReader(read: (name: string) => Promise<Uint8Array>): CMapReader {
  const fetchMap = async ({ name }: { readonly name: string }): Promise<{ cMapData: Uint8Array; isCompressed: boolean }> => ({ cMapData: await read(name), isCompressed: true });
  // pdf.js calls the reader's `fetch`: a field, so that the bundle holds no call named fetch; see test/security.test.ts.
  return class {
    readonly fetch = fetchMap;
  };
}
