import type { TextDocumentEdit, WorkspaceEdit } from 'vscode-languageclient/node';

/**
 * What the command govreport.applyWorkspaceEdit (the code lenses' 一键修正 and 计算合计) accepts: only
 * text edits (no file creation, rename or deletion), each for a document that is open at exactly
 * the version the edit was computed for. A lens clicked after the document changed would otherwise
 * write numbers into the wrong place; it is refused and the lens recomputed.
 */
export type EditVerdict =
  | { readonly ok: true; readonly changes: readonly TextDocumentEdit[] }
  | { readonly ok: false; readonly reason: 'not-text' | 'stale' };

export function checkVersionedEdit(edit: unknown, versionOf: (uri: string) => number | undefined): EditVerdict {
  const changes = (edit as Partial<WorkspaceEdit> | undefined)?.documentChanges;
  if (!Array.isArray(changes) || changes.length === 0) return { ok: false, reason: 'not-text' };
  const out: TextDocumentEdit[] = [];
  for (const change of changes as unknown[]) {
    const c = change as Partial<TextDocumentEdit> | undefined;
    const uri = c?.textDocument?.uri;
    const version = c?.textDocument?.version;
    if (typeof uri !== 'string' || typeof version !== 'number' || !Array.isArray(c?.edits)) return { ok: false, reason: 'not-text' };
    if (versionOf(uri) !== version) return { ok: false, reason: 'stale' };
    out.push(c as TextDocumentEdit);
  }
  return { ok: true, changes: out };
}
