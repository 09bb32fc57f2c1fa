import type { Diagnostic } from 'vscode-languageserver';
import type { Analysis } from '../core/analyze';
import { toDiagnostics } from '../service/diagnostics';
import type { DiagnosticContext } from '../service/diagnostics';

/**
 * The diagnostics of an analysis, converted once per analysis and context: the client pulls a
 * document's diagnostics again for a version already answered (a refresh after another document
 * changed or was saved, the editor shown again), and near the size limit the conversion is
 * milliseconds of the server's thread per pull (a fix-all of thousands of edits, each edit's range
 * as LSP positions). Keyed by the analysis object itself (one per document version, or a new one
 * once cross-year findings are added), so a memo lives exactly as long as its analysis.
 */
export class DiagnosticsMemo {
  private readonly memo = new WeakMap<Analysis, { readonly key: string; readonly diagnostics: readonly Diagnostic[] }>();

  of(analysis: Analysis, context: DiagnosticContext): readonly Diagnostic[] {
    const key = JSON.stringify([context.uri, context.version, context.docsBase ?? null, context.previousUri ?? null]);
    const known = this.memo.get(analysis);
    if (known?.key === key) return known.diagnostics;
    const diagnostics = toDiagnostics(analysis, context);
    this.memo.set(analysis, { key, diagnostics });
    return diagnostics;
  }
}
