import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PdfPage } from '../core/import/pdf/types';
import type { ImportedReport } from '../core/import/types';
import { ensureDomMatrix } from './dom-matrix';
import { ImportError } from './errors';
import { keepingBuiltIns } from './natives';
import { readPagesWith, reportFromPages } from './pdf-read';
import type { PdfImportOptions, PdfJs } from './pdf-read';

export { PDF_LIMITS } from './pdf-read';
export type { PdfImportOptions } from './pdf-read';

/**
 * PDF files: pdf.js (pdfjs-dist, legacy build for Node) reads each page's text runs with their
 * positions and its drawing operators; the pure reader (core/import/pdf) rebuilds lines,
 * paragraphs and tables from them. pdf.js is loaded on the first PDF only (dynamic import), runs
 * on this thread (its "fake worker": no worker file, nothing fetched), never evaluates code from
 * the file (isEvalSupported: false), uses no system fonts, and finds the Chinese character maps
 * (the GB ones only: Adobe-GB1, GB*, UniGB-*) on disk beside the bundle. A file that cannot be
 * read becomes an ImportError with a Chinese message; a huge or slow file is cut off by the limits.
 */

/** Reads a PDF into the Markdown rendering the core checks (tables as preset grids, locations as pages). */
export async function importPdf(bytes: Uint8Array, options: PdfImportOptions = {}): Promise<ImportedReport> {
  return reportFromPages(await readPdfPages(bytes, options), options.locale ?? 'zh-cn');
}

/** pdf.js itself (a dynamic import: loaded on the first PDF only). */
const pdfjsModule = (): Promise<PdfJs> => import('pdfjs-dist/legacy/build/pdf.mjs');

/** Set by esbuild.mjs in the bundles: the folder beside dist/*.js that holds pdf.js and its character maps. */
declare const GOVREPORT_PDFJS: string | undefined;

/** Where the character maps are: dist/pdfjs/cmaps in the bundles, the package's own folder when run from source (tests). */
function cmapDirectory(): string {
  if (typeof GOVREPORT_PDFJS === 'string') return join(__dirname, GOVREPORT_PDFJS, 'cmaps');
  return join(__dirname, '..', '..', '..', 'node_modules', 'pdfjs-dist', 'cmaps');
}

const CMAP_NAME = /^[A-Za-z0-9-]+$/;

/**
 * pdf.js asks for character maps by name (UniGB-UCS2-H, Adobe-GB1-UCS2, …); they are read from
 * disk here rather than by pdf.js's own Node reader, which needs Node ≥ 20.16 (process.getBuiltinModule).
 * A map that is not shipped (Japanese, Korean) fails, and pdf.js reads that font without it.
 */
class CMapFiles {
  async fetch({ name }: { readonly name: string }): Promise<{ cMapData: Uint8Array; isCompressed: boolean }> {
    if (!CMAP_NAME.test(name)) throw new Error(`not a character map name: ${name}`);
    const data = await readFile(join(cmapDirectory(), `${name}.bcmap`));
    return { cMapData: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), isCompressed: true };
  }
}

let engine: Promise<PdfJs> | undefined;

/**
 * Runs `load` with pdf.js's warnings while its modules load held back: without the optional
 * native canvas package it says it cannot polyfill canvas classes (which text extraction never
 * uses), and the CLI's output and the server's log are no place for that.
 */
async function quietly<T>(load: () => Promise<T>): Promise<T> {
  const { log, warn } = console;
  const keep = (write: (...args: unknown[]) => void) => (...args: unknown[]): void => {
    if (typeof args[0] === 'string' && args[0].startsWith('Warning: ')) return;
    write(...args);
  };
  console.log = keep(log);
  console.warn = keep(warn);
  try {
    return await load();
  } finally {
    console.log = log;
    console.warn = warn;
  }
}

/** Loads pdf.js once, on the first PDF. */
function loadEngine(): Promise<PdfJs> {
  engine ??= quietly(() => keepingBuiltIns(async () => {
    ensureDomMatrix();
    // The worker's code runs on this thread: pdf.js takes it from globalThis.pdfjsWorker instead of
    // starting a worker from a file URL.
    const worker: unknown = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return pdfjsModule();
  })).catch(() => {
    engine = undefined;
    throw new ImportError('pdf/engine-missing');
  });
  return engine;
}

/** PDFs being read now, and the runtime's DecompressionStream while it is hidden from them. */
let reading = 0;
let hiddenInflater: PropertyDescriptor | undefined;

/**
 * Runs `work` with pdf.js inflating compressed streams with its own decoder: when the runtime has
 * DecompressionStream, pdf.js sends every stream through it, and in Node that costs a round trip
 * through web streams and the thread pool per stream (half the time of a whole read, measured).
 * The global is hidden while PDFs are read (counted, for reads that overlap) and put back after the
 * last; nothing else in this process uses it.
 */
async function withPdfjsInflate<T>(work: () => Promise<T>): Promise<T> {
  const scope = globalThis as { DecompressionStream?: unknown };
  if (reading === 0) {
    const own = Object.getOwnPropertyDescriptor(scope, 'DecompressionStream');
    if (own?.configurable) {
      hiddenInflater = own;
      Object.defineProperty(scope, 'DecompressionStream', { value: undefined, configurable: true, writable: true });
    }
  }
  reading++;
  try {
    return await work();
  } finally {
    reading--;
    if (reading === 0 && hiddenInflater) {
      Object.defineProperty(scope, 'DecompressionStream', hiddenInflater);
      hiddenInflater = undefined;
    }
  }
}

/** Every page's text runs, borders and pictures, in page space. */
export async function readPdfPages(bytes: Uint8Array, options: PdfImportOptions = {}): Promise<PdfPage[]> {
  const pdfjs = await loadEngine();
  return withPdfjsInflate(() => readPagesWith(pdfjs, CMapFiles, bytes, options));
}

