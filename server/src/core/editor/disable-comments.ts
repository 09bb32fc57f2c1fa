import { formatMessage } from '../i18n/messages';
import type { Locale, MessageKey } from '../i18n/messages';
import type { ReportModel } from '../model/types';
import { findRule } from '../rules';
import type { Finding, SeveritySetting, TextEdit } from '../rules/types';
import type { OffsetRange } from '../text/line-index';

/**
 * Inline disable comments, as ESLint's:
 *  - `<!-- govreport-disable-next-line rule-id[, rule-id…] 原因：… -->` silences the named rules
 *    (all rules when none is named) on the line that follows the comment (in the whole table when
 *    that line starts a Markdown table);
 *  - `<!-- govreport-disable rule-id[, rule-id…] 原因：… -->` silences them in the whole file.
 * The reason after 原因：/理由：/reason: is required, so a reviewer can see why: a directive
 * without one, or with the quick fix's placeholder 「请填写原因」 left in, is reported; so are
 * rule ids that are not rules and directives that silence nothing (`directiveProblems`, like
 * ESLint's --report-unused-disable-directives). The CLI and the editor both filter findings
 * through `applyDisableComments`. Comments are read in the source, in every language: a .txt
 * report gets no comment from the quick fix (docs/disable-comments.md).
 */
export interface DisableComment {
  /** The whole comment. */
  readonly range: OffsetRange;
  /** The 0-based line the comment silences; undefined for a whole-file directive. */
  readonly targetLine: number | undefined;
  /** The rule ids named (known or not); empty = every rule. */
  readonly rules: readonly string[];
  readonly reason?: string | undefined;
}

export const DISABLE_DIRECTIVE = 'govreport-disable-next-line';
export const DISABLE_FILE_DIRECTIVE = 'govreport-disable';
/** The id of the findings about the directives themselves (docs/rules/runner/disable-directive.md). */
export const DIRECTIVE_PROBLEM = 'runner/disable-directive';
const COMMENT = /<!--\s*govreport-(disable-next-line|disable)(?![\w-])([\s\S]+?)-->/g;
const RULE_ID = /^[a-z]+(?:-[a-z]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;
const REASON = /(?:原因|理由|reason)\s*[:：]([\s\S]*)$/i;
/** The quick fix's placeholder reasons (both catalogues): written but never replaced, they are no reason. */
const PLACEHOLDER_REASONS: readonly string[] = [formatMessage('zh-cn', 'editor/action.disable.reason'), formatMessage('en', 'editor/action.disable.reason')];

export function findDisableComments(model: ReportModel): DisableComment[] {
  const out: DisableComment[] = [];
  // Read in the source: an HTML view blanks comments (D2).
  for (const m of model.source.matchAll(COMMENT)) {
    const start = m.index;
    const end = start + m[0].length;
    let body = (m[2] ?? '').trim();
    let reason: string | undefined;
    const r = REASON.exec(body);
    if (r) {
      reason = (r[1] ?? '').trim() || undefined;
      body = body.slice(0, r.index).trim();
    }
    // Words that are not rule ids (a reason written without 原因：) are no rule; a token with a slash is meant as one.
    const rules = body.split(/[\s,，、]+/).filter((t) => t.includes('/'));
    const targetLine = m[1] === 'disable' ? undefined : model.sourceLines.positionAt(end).line + 1;
    out.push({ range: { start, end }, targetLine, rules, reason });
  }
  return out;
}

/** The Markdown table blocks of the report, by the lines they cover. */
function tableLines(model: ReportModel): { first: number; last: number }[] {
  return model.parts.flatMap((p) => p.tables).filter((t) => t.layout === 'markdown').map((t) => ({
    first: model.sourceLines.positionAt(t.range.start).line,
    last: model.sourceLines.positionAt(Math.max(t.range.start, t.range.end - 1)).line,
  }));
}

/**
 * The findings not silenced by a disable comment, and the comments that silenced one (by their
 * start). A comment never goes inside a Markdown table (it would end the table): one right above a
 * table silences its rules in the whole table.
 */
export function filterByDisableComments(model: ReportModel, findings: readonly Finding[]): { kept: Finding[]; used: Set<number> } {
  const used = new Set<number>();
  if (!model.source.includes(DISABLE_FILE_DIRECTIVE)) return { kept: [...findings], used };
  const comments = findDisableComments(model);
  const tables = tableLines(model);
  const kept = findings.filter((f) => {
    const line = model.sourceLines.positionAt(f.range.start).line;
    const table = tables.find((t) => line >= t.first && line <= t.last);
    const silencing = comments.filter((c) => (c.targetLine === undefined || c.targetLine === line || c.targetLine === table?.first) && (c.rules.length === 0 || c.rules.includes(f.rule)));
    for (const c of silencing) used.add(c.range.start);
    return silencing.length === 0;
  });
  return { kept, used };
}

export function applyDisableComments(model: ReportModel, findings: readonly Finding[]): Finding[] {
  return filterByDisableComments(model, findings).kept;
}

/**
 * What is wrong with the disable comments themselves (warnings, never silenced by a comment):
 * no reason, or the placeholder reason; a rule id that names no rule; a comment that silenced
 * nothing (`used`: the comments that did, by their start). A comment that silences a cross-year
 * finding is known only once the report is paired: `addCrossYear` drops its "unused" then.
 * `severity` is the user's setting for DIRECTIVE_PROBLEM (`govreport.rules`), warning when unset.
 */
export function directiveProblems(model: ReportModel, used: ReadonlySet<number>, locale: Locale, severity: SeveritySetting = 'warning'): Finding[] {
  if (severity === 'off' || !model.source.includes(DISABLE_FILE_DIRECTIVE)) return [];
  const out: Finding[] = [];
  const say = (c: DisableComment, key: MessageKey, args: Record<string, string>, kind: string) =>
    out.push({ rule: DIRECTIVE_PROBLEM, severity, range: c.range, message: formatMessage(locale, key, args), data: { problem: kind } });
  for (const c of findDisableComments(model)) {
    if (c.reason === undefined) say(c, 'runner/disable-directive.no-reason', {}, 'no-reason');
    else if (PLACEHOLDER_REASONS.includes(c.reason)) say(c, 'runner/disable-directive.placeholder-reason', { reason: c.reason }, 'placeholder-reason');
    const unknown = c.rules.filter((id) => !RULE_ID.test(id) || !findRule(id));
    for (const id of unknown) say(c, 'runner/disable-directive.unknown-rule', { rule: id }, 'unknown-rule');
    const known = c.rules.filter((id) => !unknown.includes(id));
    if (!used.has(c.range.start) && (c.rules.length === 0 || known.length > 0)) {
      say(c, 'runner/disable-directive.unused', { rules: known.join('、') || formatMessage(locale, 'runner/disable-directive.all-rules') }, 'unused');
    }
  }
  return out;
}

/**
 * The edit that inserts a disable comment for `rule` above `line` (0-based), with the line's
 * indentation; for a line inside a Markdown table, above the table (a comment inside would end
 * it). `reason` is the text after 原因：, a placeholder the user is expected to replace. Undefined
 * for a plain-text report (`languageId` plaintext): an HTML comment there would be published with
 * the text, so the rule is switched off in `.govreportrc.json` instead (docs/rules, 设置).
 */
export function disableCommentEdit(model: ReportModel, line: number, rule: string, reason: string, languageId?: string): TextEdit | undefined {
  if (languageId === 'plaintext') return undefined;
  const clamped = Math.max(0, Math.min(line, model.sourceLines.lineCount - 1));
  const table = tableLines(model).find((t) => clamped >= t.first && clamped <= t.last);
  const target = model.sourceLines.lineAt(table?.first ?? clamped);
  const indent = /^[ \t\u3000]*/.exec(target.text)?.[0] ?? '';
  const eol = model.source.includes('\r\n') ? '\r\n' : '\n';
  return { range: { start: target.start, end: target.start }, newText: `${indent}<!-- ${DISABLE_DIRECTIVE} ${rule} 原因：${reason} -->${eol}` };
}
