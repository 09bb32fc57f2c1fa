import type { ReportModel } from '../model/types';
import type { Finding, TextEdit } from '../rules/types';
import type { OffsetRange } from '../text/line-index';

/**
 * Inline disable comments: `<!-- govreport-disable-next-line rule-id[, rule-id…] 原因：… -->`
 * silences the named rules (all rules when none is named) on the line that follows the comment.
 * The reason after 原因：/reason: is kept so a reviewer can see why. The CLI and the editor both
 * filter findings through `applyDisableComments`.
 */
export interface DisableComment {
  /** The whole comment. */
  readonly range: OffsetRange;
  /** The 0-based line the comment silences. */
  readonly targetLine: number;
  /** The rule ids named; empty = every rule. */
  readonly rules: readonly string[];
  readonly reason?: string | undefined;
}

export const DISABLE_DIRECTIVE = 'govreport-disable-next-line';
const COMMENT = /<!--\s*govreport-disable-next-line\b([\s\S]*?)-->/g;
const RULE_ID = /^[a-z]+(?:-[a-z]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;
const REASON = /(?:原因|理由|reason)\s*[:：]([\s\S]*)$/i;

export function findDisableComments(model: ReportModel): DisableComment[] {
  const out: DisableComment[] = [];
  // Read in the source: an HTML view blanks comments (D2).
  for (const m of model.source.matchAll(COMMENT)) {
    const start = m.index;
    const end = start + m[0].length;
    let body = (m[1] ?? '').trim();
    let reason: string | undefined;
    const r = REASON.exec(body);
    if (r) {
      reason = (r[1] ?? '').trim() || undefined;
      body = body.slice(0, r.index).trim();
    }
    const rules = body.split(/[\s,，、]+/).filter((t) => RULE_ID.test(t));
    out.push({ range: { start, end }, targetLine: model.sourceLines.positionAt(end).line + 1, rules, reason });
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
 * The findings not silenced by a disable comment. A comment never goes inside a Markdown table (it
 * would end the table): one right above a table silences its rules in the whole table.
 */
export function applyDisableComments(model: ReportModel, findings: readonly Finding[]): Finding[] {
  if (!model.source.includes(DISABLE_DIRECTIVE)) return [...findings];
  const comments = findDisableComments(model);
  const tables = tableLines(model);
  return findings.filter((f) => {
    const line = model.sourceLines.positionAt(f.range.start).line;
    const table = tables.find((t) => line >= t.first && line <= t.last);
    return !comments.some((c) => (c.targetLine === line || c.targetLine === table?.first) && (c.rules.length === 0 || c.rules.includes(f.rule)));
  });
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
