import { positionIn } from '../results';
import type { FileResult } from '../results';

/**
 * The JSON contract other tools rely on: version 1, one entry per file, ranges as 0-based UTF-16
 * line/character (as in LSP), `data` with the finding's facts.
 */
export function formatJson(results: readonly FileResult[]): string {
  const files = results.map((r) => ({
    path: r.path,
    era: r.era ?? null,
    year: r.year ?? null,
    ...(r.failure ? { error: r.failure } : {}),
    ...(r.notice ? { notice: r.notice } : {}),
    findings: r.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      range: { start: positionIn(r, f.range.start), end: positionIn(r, f.range.end) },
      data: f.data ?? {},
    })),
  }));
  return `${JSON.stringify({ version: 1, files }, null, 2)}\n`;
}
