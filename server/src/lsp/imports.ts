import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ImportedReport } from '../core/import/types';
import { formatMessage } from '../core/i18n/messages';
import type { Locale } from '../core/i18n/messages';
import { decodeReport } from '../core/text/decode';
import { importFile } from '../import/registry';
import { base64ToBytes } from '../import/base64';
import type { ImportFileParams, ImportFileResult } from '../service/requests';

/**
 * Files that are not text (Word, PDF) the user asked to check: the client sends their bytes, the
 * server imports them and keeps each ImportedReport for the virtual document that shows its
 * rendering. The import applies only while that document's text is the rendering.
 */
export class ImportedDocuments {
  private readonly byUri = new Map<string, ImportedReport>();

  /** The import of a document, while its text is the rendering. */
  of(doc: TextDocument): ImportedReport | undefined {
    const imported = this.byUri.get(doc.uri);
    return imported?.text === doc.getText() ? imported : undefined;
  }

  /** Imports the file of a `govreport/importFile` request: its rendering, or why it cannot be read. */
  async load(p: ImportFileParams, locale: Locale): Promise<ImportFileResult> {
    const { answer, report } = await importForEditor(p, locale);
    if (report) this.byUri.set(p.uri, report);
    else this.byUri.delete(p.uri);
    return answer;
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
  }
}

/** A file the client read (Word, PDF, or a text file opened with the same command): its rendering, or why it cannot be read. */
async function importForEditor(p: ImportFileParams, locale: Locale): Promise<{ answer: ImportFileResult; report?: ImportedReport }> {
  const bytes = base64ToBytes(p.data);
  const outcome = await importFile(bytes, p.name, locale);
  if (outcome.kind === 'failed') return { answer: { failure: outcome.message } };
  if (outcome.kind === 'imported') return { answer: { text: outcome.report.text }, report: outcome.report };
  const decoded = decodeReport(bytes);
  return { answer: decoded.ok ? { text: decoded.text } : { failure: formatMessage(locale, decoded.reason === 'binary' ? 'cli/binary' : 'cli/empty') } };
}
