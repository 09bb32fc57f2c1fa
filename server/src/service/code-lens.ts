import type { CodeLens } from 'vscode-languageserver';
import { formatMessage } from '../core/i18n/messages';
import { sectionsOf } from '../core/model/sections-of';
import { RULES } from '../core/rules';
import { judgeTable, totalsFromDetails } from '../core/rules/table/drafting';
import { tablesOf } from '../core/tables/tables-of';
import type { Finding } from '../core/rules/types';
import type { Analysis } from '../core/analyze';
import { nonOverlapping, toTextEdit } from './convert';

/** The client command that applies an LSP WorkspaceEdit (the lens's one-click fix). */
export const APPLY_EDIT_COMMAND = 'govreport.applyWorkspaceEdit';

const hasTableRules = () => RULES.some((r) => r.meta.category === 'table');

/** The pending-total hints are not inconsistencies: they have their own lens, 计算合计. */
const PENDING_TOTAL = 'table/pending-total';

/**
 * Above each statistical table: "勾稽关系全部成立", or "N 处不一致 · 一键修正" applying the fixes of
 * the table's findings (rules of category `table`, whose range falls in the table); and
 * "计算合计（N 处）" when a total cell differs from the sum of its details, filling every total of
 * the table in one edit (one undo). Every edit carries the document version: the client refuses it
 * once the document changed. Shown only once table rules exist, so a table is never called
 * consistent unchecked.
 */
export function codeLenses(analysis: Analysis, uri: string, version: number): CodeLens[] {
  if (!analysis.checked || !hasTableRules()) return [];
  const { model, locale } = analysis;
  const out: CodeLens[] = [];
  for (const { part, section } of sectionsOf(model)) {
    if (!section?.requiresTable) continue;
    for (const table of part.tables) {
      const inTable = (f: Finding) => f.rule.startsWith('table/') && f.range.start >= table.range.start && f.range.start <= table.range.end;
      const found = analysis.findings.filter((f) => inTable(f) && f.rule !== PENDING_TOTAL);
      const read = tablesOf(model).filter((t) => t.range.start >= table.range.start && t.range.start <= table.range.end);
      // With a table rule switched off a relation may fail unreported: the table is then not called consistent.
      const failing = read.some((t) => t.relations.some((r) => r.status === 'fails'));
      const line = model.sourceLines.positionAt(table.range.start).line;
      const range = { start: { line, character: 0 }, end: { line, character: 0 } };
      // While the table is being filled (pending or stale totals), every total from its details; checked as a whole, the findings say what to change.
      const totals = analysis.drafting !== true ? [] : read.flatMap((t) => {
        const judged = judgeTable(t, true);
        if (judged.pending.length === 0 && judged.stale.length === 0) return [];
        return [...totalsFromDetails(t)].filter(([cell, sum]) => cell.value !== sum || cell.status !== 'ok').map(([cell, sum]) => ({ range: cell.range, newText: String(sum) }));
      });
      if (totals.length > 0) {
        const edits = nonOverlapping(totals).map((e) => toTextEdit(model, e));
        out.push({ range, command: { title: formatMessage(locale, 'editor/lens.compute-totals', { count: edits.length }), command: APPLY_EDIT_COMMAND, arguments: [{ documentChanges: [{ textDocument: { uri, version }, edits }] }] } });
      }
      if (found.length === 0) {
        if (!failing && totals.length === 0) out.push({ range, command: { title: formatMessage(locale, 'editor/lens.ok'), command: '' } });
        continue;
      }
      const edits = nonOverlapping(found.flatMap((f) => f.fix?.edits ?? [])).map((e) => toTextEdit(model, e));
      out.push({
        range,
        command: edits.length > 0
          ? { title: formatMessage(locale, 'editor/lens.problems', { count: found.length }), command: APPLY_EDIT_COMMAND, arguments: [{ documentChanges: [{ textDocument: { uri, version }, edits }] }] }
          : { title: formatMessage(locale, 'editor/lens.problems.nofix', { count: found.length }), command: '' },
      });
    }
  }
  return out;
}
