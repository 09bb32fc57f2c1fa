import type { Diagnostic, DiagnosticRelatedInformation, TextEdit } from 'vscode-languageserver';
import type { Analysis } from '../core/analyze';
import { formatMessage } from '../core/i18n/messages';
import type { ReportModel } from '../core/model/types';
import { findRule } from '../core/rules';
import { isPairRule } from '../core/rules/types';
import type { Finding, Fix } from '../core/rules/types';
import { toRange, toSeverity, toTextEdit } from './convert';

export const SOURCE = 'govreport';

/**
 * A fix with more edits than this travels in its diagnostic without them (`DiagnosticData.fix.edits`
 * left out): the quick fix takes them from the analysis of the same version (code-actions.ts). Near
 * the size limit one fix-all had 16,866 edits, 1.7 MB of JSON in every publication, stringified by
 * the server and parsed by the editor at each change, and sent back with every code action request
 * (docs/performance.md, "Near-limit mass findings").
 */
export const MAX_EDITS_IN_DIAGNOSTIC = 100;

/**
 * Where a fix that builds its edits on first read says how many it has (lsp/analysis-transfer.ts:
 * a large fix received from a worker), so that the diagnostics, which leave such a fix's edits
 * out, do not build them.
 */
export const EDIT_COUNT = Symbol('govreport.editCount');

/** How many edits a fix has, without building them when it knows (EDIT_COUNT). */
export function editCountOf(fix: Fix): number {
  const known = (fix as { readonly [EDIT_COUNT]?: number })[EDIT_COUNT];
  return known ?? fix.edits.length;
}

/** Everything a quick fix needs, carried by the diagnostic itself (no server-side map); a large fix's edits are in the analysis. */
export interface DiagnosticData {
  readonly rule: string;
  readonly version: number;
  /** The fix; without `edits` when it has more than MAX_EDITS_IN_DIAGNOSTIC of them. */
  readonly fix?: { readonly title: string; readonly edits?: readonly TextEdit[] | undefined; readonly safe: boolean } | undefined;
  /** The finding's machine-readable facts (e.g. the cell and its computed value). */
  readonly facts?: unknown;
}

export interface DiagnosticContext {
  readonly uri: string;
  readonly version: number;
  /** Where the rule docs are (a URI ending without '/'): `${docsBase}/structure/missing-part.md`. */
  readonly docsBase?: string | undefined;
  /** Where the previous year's report is (`analysis.previous`): cross-year findings link to its figure. */
  readonly previousUri?: string | undefined;
}

export function ruleDocUri(docsBase: string, rule: string): string {
  return `${docsBase}/${rule.split('/').map(encodeURIComponent).join('/')}.md`;
}

/**
 * Findings → LSP diagnostics, in the analysis's order: rule id as code, doc link, related locations,
 * the fix in `data`. A cross-year finding also links to the figure of the previous year's report it
 * was compared with (`data.previousRange`), or to that report's title.
 */
export function toDiagnostics(analysis: Analysis, context: DiagnosticContext): Diagnostic[] {
  if (!analysis.checked) return [];
  const { model, previous } = analysis;
  return analysis.findings.map((f): Diagnostic => {
    const data: DiagnosticData = {
      rule: f.rule,
      version: context.version,
      fix: f.fix && (editCountOf(f.fix) > MAX_EDITS_IN_DIAGNOSTIC
        ? { title: f.fix.title, safe: f.fix.safe }
        : { title: f.fix.title, safe: f.fix.safe, edits: f.fix.edits.map((e) => toTextEdit(model, e)) }),
      facts: f.data,
    };
    const related = (f.related ?? []).map((r): DiagnosticRelatedInformation => ({ location: { uri: context.uri, range: toRange(model, r.range) }, message: r.message }));
    const rule = findRule(f.rule);
    if (previous && context.previousUri !== undefined && rule && isPairRule(rule)) related.push(previousFigure(f, previous, context.previousUri, analysis.locale));
    return {
      range: toRange(model, f.range),
      severity: toSeverity(f.severity),
      code: f.rule,
      ...(context.docsBase ? { codeDescription: { href: ruleDocUri(context.docsBase, f.rule) } } : {}),
      source: SOURCE,
      message: f.message,
      ...(related.length > 0 ? { relatedInformation: related } : {}),
      data,
    };
  });
}

/** The figure of the previous year's report a cross-year finding cites (or that report's title). */
function previousFigure(f: Finding, previous: ReportModel, uri: string, locale: Analysis['locale']): DiagnosticRelatedInformation {
  const facts = f.data ?? {};
  const range = facts.previousRange as { start?: unknown; end?: unknown } | undefined;
  const stated = facts.previousYear;
  const year = typeof stated === 'number' || typeof stated === 'string' ? stated : previous.year?.value ?? '';
  const cited = typeof range?.start === 'number' && typeof range.end === 'number' ? { start: range.start, end: range.end } : undefined;
  const where = toRange(previous, cited ?? previous.title?.range ?? { start: 0, end: 0 });
  const message = formatMessage(locale, cited ? 'editor/cross-year.previous' : 'editor/cross-year.previous-report', { year: String(year) });
  return { location: { uri, range: where }, message };
}
