import type { ReportModel } from '../model/types';
import type { Finding, TextEdit } from '../rules/types';

/**
 * Fixes on a document read through its readable view (an HTML page, a pinyin-annotated mirror,
 * design D2) may only replace text that the view shows exactly as the source has it. A fix whose
 * range crosses a tag, an entity or an annotation would delete markup, and an insertion would put
 * plain text between tags; such a finding keeps its message and loses its fix.
 */
export function fixesOnVisibleText(model: ReportModel, findings: readonly Finding[]): Finding[] {
  if (model.text === model.source) return [...findings];
  return findings.map((f) => {
    if (!f.fix || f.fix.edits.every((e) => replacesVisibleText(model, e))) return f;
    return { ...f, fix: undefined };
  });
}

function replacesVisibleText(model: ReportModel, edit: TextEdit): boolean {
  const { start, end } = edit.range;
  return end > start && model.text.slice(start, end) === model.source.slice(start, end);
}
