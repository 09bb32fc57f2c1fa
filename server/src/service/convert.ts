import { DiagnosticSeverity } from 'vscode-languageserver';
import type { Range, TextEdit } from 'vscode-languageserver';
import type { ReportModel } from '../core/model/types';
import type { Severity, TextEdit as CoreEdit } from '../core/rules/types';
import type { OffsetRange } from '../core/text/line-index';

/** Offsets (UTF-16) → an LSP range, on the document's own lines (an HTML page's view has other lines, D2). */
export function toRange(model: ReportModel, range: OffsetRange): Range {
  return { start: model.sourceLines.positionAt(range.start), end: model.sourceLines.positionAt(range.end) };
}

export function toTextEdit(model: ReportModel, edit: CoreEdit): TextEdit {
  return { range: toRange(model, edit.range), newText: edit.newText };
}

/** The one place severities map to LSP. */
export function toSeverity(severity: Severity): DiagnosticSeverity {
  return severity === 'error' ? DiagnosticSeverity.Error : severity === 'warning' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information;
}

/** Document text shown in Markdown (hover, code lens): every Markdown character escaped. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&');
}

/**
 * Whether two edits cannot both be applied: their ranges overlap, or both insert at one offset (the
 * order of the two insertions would decide the text, and neither fix knows of the other).
 */
export function editsConflict(a: { range: OffsetRange }, b: { range: OffsetRange }): boolean {
  if (a.range.start < b.range.end && b.range.start < a.range.end) return true;
  return a.range.start === a.range.end && b.range.start === b.range.end && a.range.start === b.range.start;
}

/** Removes edits that overlap an earlier one (by start), so they can be applied together. */
export function nonOverlapping<T extends { range: OffsetRange }>(edits: readonly T[]): T[] {
  const sorted = [...edits].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  const out: T[] = [];
  let end = -1;
  for (const e of sorted) {
    const last = out.at(-1);
    if (e.range.start < end || (last !== undefined && editsConflict(e, last))) continue;
    out.push(e);
    end = Math.max(end, e.range.end);
  }
  return out;
}
