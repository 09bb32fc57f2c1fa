import type { Diagnostic, TextEdit } from 'vscode-languageserver';
import type { Finding } from '../core/rules/types';
import type { Analysis } from './analysis';
import { toRange, toSeverity, toTextEdit } from './convert';

export const SOURCE = 'govreport';

/** Everything a quick fix needs, carried by the diagnostic itself (no server-side map). */
export interface DiagnosticData {
  readonly rule: string;
  readonly version: number;
  readonly fix?: { readonly title: string; readonly edits: readonly TextEdit[]; readonly safe: boolean } | undefined;
  /** The finding's machine-readable facts (e.g. the cell and its computed value). */
  readonly facts?: unknown;
}

export interface DiagnosticContext {
  readonly uri: string;
  readonly version: number;
  /** Where the rule docs are (a URI ending without '/'): `${docsBase}/structure/missing-part.md`. */
  readonly docsBase?: string | undefined;
}

export function ruleDocUri(docsBase: string, rule: string): string {
  return `${docsBase}/${rule.split('/').map(encodeURIComponent).join('/')}.md`;
}

/** Findings → LSP diagnostics: rule id as code, doc link, related locations, the fix in `data`. */
export function toDiagnostics(analysis: Analysis, context: DiagnosticContext): Diagnostic[] {
  if (!analysis.checked) return [];
  return findingsToDiagnostics(analysis, analysis.findings, context);
}

/** Findings in the analysed document (its own, or cross-year ones) → diagnostics, in order. */
export function findingsToDiagnostics(analysis: Analysis, findings: readonly Finding[], context: DiagnosticContext): Diagnostic[] {
  const { model } = analysis;
  return findings.map((f): Diagnostic => {
    const data: DiagnosticData = {
      rule: f.rule,
      version: context.version,
      fix: f.fix && { title: f.fix.title, safe: f.fix.safe, edits: f.fix.edits.map((e) => toTextEdit(model, e)) },
      facts: f.data,
    };
    return {
      range: toRange(model, f.range),
      severity: toSeverity(f.severity),
      code: f.rule,
      ...(context.docsBase ? { codeDescription: { href: ruleDocUri(context.docsBase, f.rule) } } : {}),
      source: SOURCE,
      message: f.message,
      ...(f.related ? { relatedInformation: f.related.map((r) => ({ location: { uri: context.uri, range: toRange(model, r.range) }, message: r.message })) } : {}),
      data,
    };
  });
}
