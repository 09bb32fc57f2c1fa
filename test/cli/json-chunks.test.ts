import assert from 'node:assert/strict';
import { formatJson, jsonChunks } from '../../server/src/cli/format/json';
import { positionIn } from '../../server/src/cli/results';
import type { FileResult } from '../../server/src/cli/results';

/** What the JSON output was before it was written file by file: the whole document in one JSON.stringify. */
function wholeDocument(results: readonly FileResult[]): string {
  const files = results.map((r) => ({ path: r.path, era: r.era ?? null, year: r.year ?? null, ...(r.notice ? { notice: r.notice } : {}), findings: r.findings.map((f) => ({ rule: f.rule, severity: f.severity, message: f.message, range: { start: positionIn(r, f.range.start), end: positionIn(r, f.range.end) }, data: f.data ?? {} })) }));
  return `${JSON.stringify({ version: 1, files }, null, 2)}\n`;
}

const finding = (rule: string, message: string, start: number) => ({ rule, severity: 'error' as const, message, range: { start, end: start + 2 }, data: { cells: ['表三', '总计'], nested: { value: 12, list: [] } } });

describe('CLI JSON written file by file (jsonChunks)', () => {
  it('gives the same bytes as one JSON.stringify of the whole document', () => {
    const results: FileResult[] = [
      { path: 'a.md', era: '2021', year: 2023, findings: [finding('table/wrong-cell', '「总计」列为 0，应为 12。\n第二行', 3), finding('structure/missing-part', '缺少第五部分', 0)] },
      { path: '空.md', findings: [], notice: '文件为空' },
      { path: 'c "引号".md', era: '2019', year: 2020, findings: [] },
    ];
    for (const some of [[], results.slice(0, 1), results]) {
      assert.equal([...jsonChunks(some)].join(''), wholeDocument(some));
      assert.equal(formatJson(some), wholeDocument(some));
    }
  });

  it('writes one chunk per file between the head and the tail', () => {
    assert.equal([...jsonChunks([{ path: 'a.md', findings: [] }, { path: 'b.md', findings: [] }])].length, 4);
  });
});
