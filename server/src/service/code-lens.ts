import type { CodeLens } from 'vscode-languageserver';
import { formatMessage } from '../core/i18n/messages';
import { sectionsOf } from '../core/model/sections-of';
import { RULES } from '../core/rules';
import { tablesOf } from '../core/tables/tables-of';
import type { Finding } from '../core/rules/types';
import type { Analysis } from '../core/analyze';
import { nonOverlapping, toTextEdit } from './convert';

/** The client command that applies an LSP WorkspaceEdit (the lens's one-click fix). */
export const APPLY_EDIT_COMMAND = 'govreport.applyWorkspaceEdit';

const hasTableRules = () => RULES.some((r) => r.meta.category === 'table');

/**
 * Above each statistical table: "勾稽关系全部成立", or "N 处不一致 · 一键修正" applying the fixes of
 * the table's findings (rules of category `table`, whose range falls in the table). Shown only once
 * table rules exist, so a table is never called consistent unchecked.
 */
export function codeLenses(analysis: Analysis, uri: string, version: number): CodeLens[] {
  if (!analysis.checked || !hasTableRules()) return [];
  const { model, locale } = analysis;
  const out: CodeLens[] = [];
  for (const { part, section } of sectionsOf(model)) {
    if (!section?.requiresTable) continue;
    for (const table of part.tables) {
      const inTable = (f: Finding) => f.rule.startsWith('table/') && f.range.start >= table.range.start && f.range.start <= table.range.end;
      const found = analysis.findings.filter(inTable);
      // With a table rule switched off a relation may fail unreported: the table is then not called consistent.
      const failing = tablesOf(model).some((t) => t.range.start >= table.range.start && t.range.start <= table.range.end && t.relations.some((r) => r.status === 'fails'));
      const line = model.lines.positionAt(table.range.start).line;
      const range = { start: { line, character: 0 }, end: { line, character: 0 } };
      if (found.length === 0) {
        if (!failing) out.push({ range, command: { title: formatMessage(locale, 'editor/lens.ok'), command: '' } });
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
