import { CodeActionKind } from 'vscode-languageserver';
import type { CodeAction, Diagnostic, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { disableCommentEdit } from '../core/editor/disable-comments';
import { formatMessage } from '../core/i18n/messages';
import { findRule } from '../core/rules';
import type { Finding, Fix } from '../core/rules/types';
import type { Analysis } from '../core/analyze';
import { editsConflict, nonOverlapping, toRange, toTextEdit } from './convert';
import { editCountOf, SOURCE } from './diagnostics';
import type { DiagnosticData } from './diagnostics';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.govreport`;
/** The client command that opens a rule's bundled documentation. */
export const SHOW_RULE_DOC_COMMAND = 'govreport.showRuleDoc';

export interface CodeActionInput {
  readonly uri: string;
  readonly version: number;
  /** The diagnostics VS Code sends back (with their `data`). */
  readonly diagnostics: readonly Diagnostic[];
  readonly only?: readonly string[] | undefined;
  /** The document's language: a plain-text report gets no HTML disable comment. */
  readonly languageId?: string | undefined;
}

function wanted(only: readonly string[] | undefined, kind: string): boolean {
  return !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

function versionedEdit(uri: string, version: number, edits: TextEdit[]): WorkspaceEdit {
  return { documentChanges: [{ textDocument: { uri, version }, edits }] };
}

/** Quick fixes from the diagnostics' data, a disable comment and the rule's doc per diagnostic, and fix-all. */
export function codeActions(analysis: Analysis, input: CodeActionInput): CodeAction[] {
  if (!analysis.checked) return [];
  const { model, locale } = analysis;
  const actions: CodeAction[] = [];
  const ours = input.diagnostics.filter((d) => d.source === SOURCE && typeof d.code === 'string');
  if (wanted(input.only, CodeActionKind.QuickFix)) {
    const docsShown = new Set<string>();
    for (const d of ours) {
      // Sent back by the client: what we put there, but not to be trusted to be complete.
      const data = d.data as Partial<DiagnosticData> | undefined;
      const rule = String(d.code);
      // A diagnostic of an older version (VS Code sends back what it shows) carries an edit for
      // that version's text: the fix is taken from the current analysis instead, or not offered.
      // A large fix travels without its edits (diagnostics.ts): they are taken from the analysis too.
      const carried = data?.version === input.version ? data.fix : currentFix(analysis, rule, d);
      const fix = carried && !carried.edits ? currentFix(analysis, rule, d, carried.title) : carried;
      if (fix) {
        actions.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          isPreferred: fix.safe,
          edit: versionedEdit(input.uri, input.version, [...fix.edits ?? []]),
        });
      }
      const sameRule = fixableFindings(analysis.findings, (f) => f.rule === rule);
      if (fix && sameRule.length > 1) {
        actions.push({
          title: `${formatMessage(locale, 'editor/action.fix-all')}（${findRule(rule)?.meta.title ?? rule}，${sameRule.length}）`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          edit: versionedEdit(input.uri, input.version, nonOverlapping(sameRule.flatMap((f) => f.fix.edits)).map((e) => toTextEdit(model, e))),
        });
      }
      const edit = disableCommentEdit(model, d.range.start.line, rule, formatMessage(locale, 'editor/action.disable.reason'), input.languageId);
      if (edit) {
        actions.push({
          title: formatMessage(locale, 'editor/action.disable', { rule }),
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          edit: versionedEdit(input.uri, input.version, [toTextEdit(model, edit)]),
        });
      }
      if (!docsShown.has(rule)) {
        docsShown.add(rule);
        const title = formatMessage(locale, 'editor/action.show-doc', { title: findRule(rule)?.meta.title ?? rule });
        actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [d], command: { title, command: SHOW_RULE_DOC_COMMAND, arguments: [rule] } });
      }
    }
  }
  if (input.only && wanted(input.only, FIX_ALL_KIND)) {
    const all = fixAllEdits(analysis);
    if (all.length > 0) {
      actions.push({ title: formatMessage(locale, 'editor/action.fix-all'), kind: FIX_ALL_KIND, edit: versionedEdit(input.uri, input.version, all) });
    }
  }
  return actions;
}

/**
 * The fix, as LSP edits of the current text, of the current finding of `rule` at the diagnostic's
 * range with the diagnostic's message; or, for a diagnostic of this version whose fix came without
 * its edits, with that fix's `title` (an imported file's message has its source location added).
 */
function currentFix(analysis: Analysis, rule: string, d: Diagnostic, title?: string): { title: string; safe: boolean; edits: TextEdit[] } | undefined {
  const { model } = analysis;
  const same = (a: { line: number; character: number }, b: { line: number; character: number }) => a.line === b.line && a.character === b.character;
  const found = analysis.findings.find((f) => {
    if (f.rule !== rule || !f.fix || (title === undefined ? f.message !== d.message : f.fix.title !== title)) return false;
    const r = toRange(model, f.range);
    return same(r.start, d.range.start) && same(r.end, d.range.end);
  });
  return found?.fix && { title: found.fix.title, safe: found.fix.safe, edits: found.fix.edits.map((e) => toTextEdit(model, e)) };
}

/** A finding that carries a fix. */
type FixableFinding = Finding & { readonly fix: Fix };

function fixableFindings(findings: readonly Finding[], pick: (f: FixableFinding) => boolean): FixableFinding[] {
  return findings.filter((f): f is FixableFinding => f.fix !== undefined && editCountOf(f.fix) > 0).filter(pick);
}

/** Every safe fix of the document, without overlaps (`source.fixAll.govreport`). */
export function fixAllEdits(analysis: Analysis): TextEdit[] {
  if (!analysis.checked) return [];
  const safe = fixableFindings(analysis.findings, (f) => f.fix.safe);
  // Keep each finding's edits together: drop a whole fix when one of its edits overlaps an earlier fix.
  const taken: { range: { start: number; end: number } }[] = [];
  const edits: TextEdit[] = [];
  for (const f of safe) {
    const overlaps = f.fix.edits.some((e) => taken.some((t) => editsConflict(e, t)));
    if (overlaps) continue;
    for (const e of f.fix.edits) {
      taken.push(e);
      edits.push(toTextEdit(analysis.model, e));
    }
  }
  return edits;
}
