import type { Locale } from '../core/i18n/messages';
import { formatMessage } from '../core/i18n/messages';
import type { ImportedReport } from '../core/import/types';
import { decodeReport } from '../core/text/decode';
import { ImportError } from './errors';
import { isMhtml } from './mhtml';
import { isZip } from './zip';

/**
 * Files that are not text, by type: one entry per format, found by the file's first bytes (a
 * .doc that is really a .docx is read as a .docx), its extension deciding only what the CLI finds
 * in folders and what the editor offers its commands for. Every reader loads on first use, so
 * checking Markdown never loads a Word or PDF library. Adding a format is one entry here.
 */
export interface Importer {
  /** The format, named in messages. */
  readonly format: 'docx' | 'doc' | 'mhtml' | 'pdf';
  /** File name extensions, lower case, without the dot. */
  readonly extensions: readonly string[];
  /** Whether the first bytes are of this format. */
  sniff(bytes: Uint8Array): boolean;
  /** Reads the file; throws ImportError with a catalogue message when it cannot. */
  read(bytes: Uint8Array, locale: Locale): Promise<ImportedReport>;
}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function isOle(bytes: Uint8Array): boolean {
  return OLE_MAGIC.every((b, i) => bytes[i] === b);
}

/** A PDF starts with %PDF- within its first kilobyte (the format allows bytes before the header). */
function isPdf(bytes: Uint8Array): boolean {
  return new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes('%PDF-');
}

/** A text (HTML) the core reads as it is: no structured tables, locations are the text's own lines. */
function textReport(text: string): ImportedReport {
  return { text, tables: [], notices: [], locate: () => undefined };
}

/* eslint-disable @typescript-eslint/no-require-imports -- each reader is required on first use (lazy): esbuild bundles it but runs its module code only then */
export const IMPORTERS: readonly Importer[] = [
  { format: 'docx', extensions: ['docx'], sniff: isZip, read: (bytes) => Promise.resolve((require('./docx') as typeof import('./docx')).importDocx(bytes)) },
  { format: 'doc', extensions: ['doc', 'wps'], sniff: isOle, read: (bytes, locale) => (require('./doc') as typeof import('./doc')).importDoc(bytes, locale) },
  { format: 'mhtml', extensions: ['mhtml', 'mht'], sniff: isMhtml, read: (bytes) => Promise.resolve(textReport((require('./mhtml') as typeof import('./mhtml')).mhtmlToHtml(bytes))) },
  // pdf.js itself is loaded by ./pdf on the first PDF, from dist/pdfjs (scripts/esbuild-pdfjs.mjs).
  { format: 'pdf', extensions: ['pdf'], sniff: isPdf, read: (bytes, locale) => (require('./pdf') as typeof import('./pdf')).importPdf(bytes, { locale }) },
];
/* eslint-enable @typescript-eslint/no-require-imports */

/** Files the importers read (by extension): what the CLI finds in folders, what the editor offers its commands for. */
export const IMPORTED_FILE_NAME = new RegExp(`\\.(${IMPORTERS.flatMap((i) => i.extensions).join('|')})$`, 'i');

/** Larger files are not read at all (a 300-page report with pictures is about 30 MB). */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

export type ImportOutcome =
  /** Not a format of the importers: read the bytes as text (Markdown, plain text, HTML). */
  | { readonly kind: 'text' }
  | { readonly kind: 'imported'; readonly format: Importer['format']; readonly report: ImportedReport }
  /** A clear message why the file could not be read (exit code 2 in the CLI). */
  | { readonly kind: 'failed'; readonly message: string };

function extensionOf(name: string): string {
  const m = /\.([^./\\]+)$/.exec(name);
  return m?.[1]?.toLowerCase() ?? '';
}

/** Imports a file by its first bytes (and, failing that, its extension); never throws. */
export async function importFile(bytes: Uint8Array, name: string, locale: Locale): Promise<ImportOutcome> {
  const sniffed = IMPORTERS.find((i) => i.sniff(bytes));
  const named = IMPORTERS.find((i) => i.extensions.includes(extensionOf(name)));
  const importer = sniffed ?? named;
  if (!importer) return { kind: 'text' };
  if (bytes.length > MAX_IMPORT_BYTES) {
    return { kind: 'failed', message: formatMessage(locale, 'import/file-too-large', { size: Math.round(bytes.length / 1024 / 1024), limit: MAX_IMPORT_BYTES / 1024 / 1024 }) };
  }
  if (!sniffed) {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 16));
    if (head.startsWith('{\\rtf')) return { kind: 'failed', message: formatMessage(locale, 'import/rtf') };
    // A web page saved with a Word extension (common from office systems) is read as the HTML it is.
    const decoded = decodeReport(bytes.subarray(0, 4096));
    if (decoded.ok && /^\s*</.test(decoded.text)) return { kind: 'text' };
    return { kind: 'failed', message: formatMessage(locale, 'import/mismatch', { expected: `.${importer.extensions[0] ?? importer.format}` }) };
  }
  try {
    return { kind: 'imported', format: importer.format, report: await importer.read(bytes, locale) };
  } catch (error) {
    // A text file's name with other bytes that are not a readable Word file: said as a binary file.
    if (!named) return { kind: 'text' };
    if (error instanceof ImportError) return { kind: 'failed', message: error.render(locale) };
    return { kind: 'failed', message: formatMessage(locale, 'import/corrupt', { format: `.${importer.extensions[0] ?? importer.format}` }) };
  }
}
