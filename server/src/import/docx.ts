import { readDocx } from '../core/import/docx/read-docx';
import { partOf, readRelsXml } from '../core/import/docx/rels';
import type { ImportedReport } from '../core/import/types';
import { ImportError, xmlText } from './errors';
import { readZipEntries, ZIP_LIMITS, ZipError } from './zip';

/**
 * .docx (Word, WPS, LibreOffice): the package's parts are found through its relationships,
 * unzipped within the limits of zip.ts and read by the pure reader (core/import/docx).
 */
export function importDocx(bytes: Uint8Array): ImportedReport {
  try {
    const rootRels = readZipEntries(bytes, ['_rels/.rels']).get('_rels/.rels');
    const documentPath = (rootRels && parsePart(() => partOf(readRelsXml(xmlText(rootRels)), 'officeDocument', ''), '_rels/.rels')) ?? 'word/document.xml';
    const folder = documentPath.includes('/') ? documentPath.slice(0, documentPath.lastIndexOf('/') + 1) : '';
    const relsPath = `${folder}_rels/${documentPath.slice(folder.length)}.rels`;
    const docRels = readZipEntries(bytes, [relsPath]).get(relsPath);
    const rels = docRels ? parsePart(() => readRelsXml(xmlText(docRels)), relsPath) : [];
    const stylesPath = partOf(rels, 'styles', folder) ?? `${folder}styles.xml`;
    const numberingPath = partOf(rels, 'numbering', folder) ?? `${folder}numbering.xml`;
    const parts = readZipEntries(bytes, [documentPath, stylesPath, numberingPath]);
    const document = parts.get(documentPath);
    if (!document) throw new ImportError('import/no-document');
    const styles = parts.get(stylesPath);
    const numbering = parts.get(numberingPath);
    return parsePart(() => readDocx({
      document: xmlText(document),
      ...(styles ? { styles: xmlText(styles) } : {}),
      ...(numbering ? { numbering: xmlText(numbering) } : {}),
    }), documentPath);
  } catch (error) {
    if (error instanceof ZipError) throw zipFailure(error);
    throw error;
  }
}

/** Runs an XML reader; malformed XML becomes a message naming the part. */
function parsePart<T>(read: () => T, part: string): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError('import/bad-xml', { part });
  }
}

function zipFailure(error: ZipError): ImportError {
  switch (error.problem) {
    case 'not-zip': return new ImportError('import/not-zip');
    case 'too-many-entries': return new ImportError('import/too-many-entries', { limit: ZIP_LIMITS.maxEntries });
    case 'too-large': return new ImportError('import/too-large', { limit: ZIP_LIMITS.maxTotalBytes / 1024 / 1024 });
    case 'bomb': return new ImportError('import/bomb');
    case 'encrypted': return new ImportError('import/encrypted');
    case 'unsupported': return new ImportError('import/unsupported');
    case 'corrupt': return new ImportError('import/corrupt', { format: '.docx' });
  }
}
