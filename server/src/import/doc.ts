import { CELL_MARK, readDocText } from '../core/import/doc-text';
import type { Locale } from '../core/i18n/messages';
import type { ImportedReport } from '../core/import/types';
import { ImportError } from './errors';

/**
 * .doc / .wps (Word 97–2003 binary, which WPS also writes): the body text by word-extractor's
 * OLE reader (fields resolved, deleted text of tracked changes dropped, text boxes, headers and
 * footers kept apart), then core/import/doc-text. word-extractor turns the table cell mark
 * (0x07) into a tab, which would make a cell boundary look like a tab inside a cell; its text
 * filter is wrapped once so that the mark reaches us as CELL_MARK instead (the wrapper maps
 * only that character and then runs the library's own filter).
 */
type Extract = (bytes: Uint8Array) => Promise<string>;
let extractor: Extract | undefined;

function loadExtractor(): Extract {
  /* eslint-disable @typescript-eslint/no-require-imports -- loaded on first use; the module objects themselves (filters is patched before the extractor reads it) */
  const filters = require('word-extractor/lib/filters') as typeof import('word-extractor/lib/filters');
  const original = filters.clean;
  filters.clean = (text: string): string => original(text.replaceAll('\x07', CELL_MARK));
  const WordOleExtractor = require('word-extractor/lib/word-ole-extractor') as typeof import('word-extractor/lib/word-ole-extractor');
  const BufferReader = require('word-extractor/lib/buffer-reader') as typeof import('word-extractor/lib/buffer-reader');
  /* eslint-enable @typescript-eslint/no-require-imports */
  return async (bytes) => {
    const reader = new BufferReader(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    await reader.open();
    try {
      const doc = await new WordOleExtractor().extract(reader);
      return doc.getBody({ filterUnicode: false });
    } finally {
      await reader.close();
    }
  };
}

export async function importDoc(bytes: Uint8Array, locale: Locale): Promise<ImportedReport> {
  extractor ??= loadExtractor();
  let body: string;
  try {
    body = await extractor(bytes);
  } catch {
    throw new ImportError('import/doc-unreadable');
  }
  return readDocText(body, locale);
}
