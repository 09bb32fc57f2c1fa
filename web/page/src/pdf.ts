import type { Locale } from '../../../server/src/core/i18n/messages';
import type { ImportedReport } from '../../../server/src/core/import/types';
import { ImportError } from '../../../server/src/import/errors';
import { readPagesWith, reportFromPages } from '../../../server/src/import/pdf-read';
import type { CMapReader, PdfImportOptions, PdfJs } from '../../../server/src/import/pdf-read';

/** pdf.js and the GB character maps (pdfjs-engine.ts), loaded on the first PDF. */
export interface PdfEngine {
  readonly pdfjs: PdfJs;
  /** The GB character maps, base64 by name. */
  readonly cmaps: Readonly<Record<string, string>>;
}

/**
 * PDF files in the offline page's worker (esbuild maps server/src/import/pdf.ts here for the page
 * build): the same reading as the CLI's (server/src/import/pdf-read.ts: the same pdf.js, options,
 * limits, failures and the core's layout), with pdf.js bundled into the worker (its modules run on the
 * first PDF) and the character maps taken from the bundle instead of the disk.
 */
export async function importPdf(bytes: Uint8Array, options: PdfImportOptions = {}): Promise<ImportedReport> {
  return importPdfWith(loadEngine, bytes, options);
}

/** The reading with a given loader: a loader that fails is said with the page's own message (not the editor's "reinstall"). */
export async function importPdfWith(load: () => Promise<PdfEngine>, bytes: Uint8Array, options: PdfImportOptions = {}): Promise<ImportedReport> {
  let engine: PdfEngine;
  try {
    engine = await load();
  } catch {
    loading = undefined;
    throw new ImportError('pdf/engine-missing-page');
  }
  return reportFromPages(await readPagesWith(engine.pdfjs, cmapReader(engine.cmaps), bytes, options), options.locale ?? ('zh-cn' satisfies Locale));
}

let loading: Promise<PdfEngine> | undefined;

function loadEngine(): Promise<PdfEngine> {
  loading ??= import('./pdfjs-engine.js').then((m) => m.loadPdfEngine());
  return loading;
}

function cmapReader(maps: Readonly<Record<string, string>>): CMapReader {
  const read = ({ name }: { readonly name: string }): Promise<{ cMapData: Uint8Array; isCompressed: boolean }> => {
    const data = Object.hasOwn(maps, name) ? maps[name] : undefined;
    // A map that is not shipped (Japanese, Korean): pdf.js reads that font without it, as in the CLI.
    if (data === undefined) return Promise.reject(new Error(`character map not shipped: ${name}`));
    return Promise.resolve({ cMapData: Uint8Array.from(atob(data), (c) => c.charCodeAt(0)), isCompressed: true });
  };
  // pdf.js calls the reader's `fetch`: a field, so that the bundle holds no call named fetch; see test/security.test.ts.
  return class {
    readonly fetch = read;
  };
}
