import type { Diagnostic, DocumentDiagnosticReport } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { GovreportOptions } from '../core/editor/options';
import type { DocumentAnalyses } from './analyses';

/**
 * When the editor shows what (govreport.run, govreport.focusMode):
 *  - on save only (markdownlint's `run: onSave`): a document edited since it was opened or saved
 *    keeps the diagnostics of its last check (`unchanged`, which the client keeps in place); one
 *    never checked shows none. Saving pulls again (server.ts), and the document is checked.
 *  - focus mode: while a document is edited, the findings on the line the last edit touched wait
 *    (they are shown once another line is edited, or the document is saved).
 * The result id of a full report is the document's version.
 */
export async function documentDiagnostics(
  doc: TextDocument,
  options: GovreportOptions,
  analyses: DocumentAnalyses,
  previousResultId: string | undefined,
  diagnosticsOf: (doc: TextDocument) => Promise<readonly Diagnostic[]>,
): Promise<DocumentDiagnosticReport> {
  if (waitsForSave(doc, options, analyses)) {
    return previousResultId === undefined ? { kind: 'full', items: [] } : { kind: 'unchanged', resultId: previousResultId };
  }
  const items = await diagnosticsOf(doc);
  const typing = options.focusMode === true ? analyses.typingLine(doc) : undefined;
  // The items may be shared (lsp/diagnostics-memo.ts): a copy goes out.
  const shown = typing === undefined ? [...items] : items.filter((d) => typing < d.range.start.line || typing > d.range.end.line);
  return { kind: 'full', resultId: String(doc.version), items: shown };
}

/** Whether the user checks on save only and the document was edited since it was last checked. */
export function waitsForSave(doc: TextDocument, options: GovreportOptions, analyses: DocumentAnalyses): boolean {
  return options.run === 'onSave' && analyses.isDraft(doc);
}
