import { positionIn } from '../results';
import type { SourceLocation } from '../../core/import/types';
import type { OffsetRange } from '../../core/text/line-index';
import type { FileResult } from '../results';

/** `source`: where the finding is in an imported file (Word paragraph or table cell, PDF page), when known. */
function sourceOf(r: FileResult, range: OffsetRange): { source?: SourceLocation } {
  const at = r.source?.(range);
  return at ? { source: at.location } : {};
}

/**
 * The JSON contract other tools rely on: version 1, one entry per file, ranges as 0-based UTF-16
 * line/character (as in LSP; of the Markdown rendering for a file read by an importer, whose
 * `format` is given), `data` with the finding's facts, `source` where the finding is in the
 * original Word or PDF file.
 */
export function formatJson(results: readonly FileResult[]): string {
  return [...jsonChunks(results)].join('');
}

/**
 * formatJson's text file by file, the same bytes: a run of 10,000 reports writes its 18 MB of JSON
 * without holding the whole document, and its object tree, at once. Each file is the array's
 * element at depth 2 of JSON.stringify(…, null, 2): its lines indented by four spaces (a string
 * value never holds a raw line break).
 */
export function* jsonChunks(results: readonly FileResult[]): Generator<string> {
  if (results.length === 0) {
    yield `${JSON.stringify({ version: 1, files: [] }, null, 2)}\n`;
    return;
  }
  yield '{\n  "version": 1,\n  "files": [\n';
  for (const [i, r] of results.entries()) {
    const element = JSON.stringify(fileJson(r), null, 2).replaceAll('\n', '\n    ');
    yield `${i > 0 ? ',\n' : ''}    ${element}`;
  }
  yield '\n  ]\n}\n';
}

function fileJson(r: FileResult): object {
  return {
    path: r.path,
    era: r.era ?? null,
    year: r.year ?? null,
    ...(r.failure ? { error: r.failure } : {}),
    ...(r.notice ? { notice: r.notice } : {}),
    ...(r.format ? { format: r.format } : {}),
    findings: r.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      range: { start: positionIn(r, f.range.start), end: positionIn(r, f.range.end) },
      data: f.data ?? {},
      ...sourceOf(r, f.range),
    })),
  };
}
