import type { Locale } from '../../../server/src/core/i18n/messages';
import type { ImportedReport } from '../../../server/src/core/import/types';
import { ImportError } from '../../../server/src/import/errors';
import { readPagesWith, reportFromPages } from '../../../server/src/import/pdf-read';
import type { CMapReader, PdfImportOptions, PdfJs } from '../../../server/src/import/pdf-read';

/** What dist/offline/pdfjs.js leaves on globalThis, as a promise (web/page/src/pdfjs-engine.ts). */
export interface PdfEngine {
  readonly pdfjs: PdfJs;
  /** The GB character maps, base64 by name. */
  readonly cmaps: Readonly<Record<string, string>>;
}

/** The script beside index.html that holds pdf.js. */
const ENGINE_SCRIPT = 'pdfjs.js';

/**
 * PDF files in the offline page (esbuild maps server/src/import/pdf.ts here for the page build):
 * the same reading as the CLI's (server/src/import/pdf-read.ts: the same pdf.js, options, limits,
 * failures and the core's layout), with pdf.js loaded from the script beside the page on the first
 * PDF and the character maps taken from that script instead of the disk.
 */
export async function importPdf(bytes: Uint8Array, options: PdfImportOptions = {}): Promise<ImportedReport> {
  const engine = await loadEngine();
  return reportFromPages(await readPagesWith(engine.pdfjs, cmapReader(engine.cmaps), bytes, options), options.locale ?? ('zh-cn' satisfies Locale));
}

let loading: Promise<PdfEngine> | undefined;

function loadEngine(): Promise<PdfEngine> {
  loading ??= new Promise<PdfEngine>((resolve, reject) => {
    const failed = () => { loading = undefined; reject(new ImportError('pdf/engine-missing')); };
    const loaded = () => {
      const engine = (globalThis as { govreportPdfjs?: Promise<PdfEngine> }).govreportPdfjs;
      if (engine) engine.then(resolve, failed);
      else failed();
    };
    const script = document.createElement('script');
    script.src = ENGINE_SCRIPT;
    script.addEventListener('load', loaded);
    script.addEventListener('error', failed);
    document.head.append(script);
  });
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
