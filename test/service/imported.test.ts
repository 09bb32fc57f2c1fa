import { strict as assert } from 'node:assert';
import { toDiagnostics } from '../../server/src/service/diagnostics';
import { withSourceLocations } from '../../server/src/service/imported';
import type { ImportedReport } from '../../server/src/core/import/types';
import { analyzeReport } from '../../server/src/core/analyze';
import { SMALL } from './support';

describe('service: withSourceLocations', () => {
  it('appends to each message where the finding is in the original file; notices stay as they are', () => {
    const text = SMALL.replace('## 二、主动公开政府信息情况', '## 三、主动公开政府信息情况');
    const imported: ImportedReport = {
      text, tables: [], notices: [{ code: 'doc', message: '表格结构无法恢复。' }],
      // The heading of part 二 (line 8) is the 5th paragraph of the Word file.
      locate: (range) => (range.start >= text.indexOf('## 三') ? { kind: 'paragraph', paragraph: 5 } : undefined),
    };
    const analysis = analyzeReport({ text, importNotices: imported.notices }, { severities: { 'structure/missing-part': 'off', 'structure/missing-table': 'off' } });
    const diagnostics = toDiagnostics(analysis, { uri: 'govreport-import:/r.docx.md', version: 1 });
    const offsetOf = (line: number, character: number) => text.split('\n').slice(0, line).reduce((n, l) => n + l.length + 1, 0) + character;
    const shown = withSourceLocations(analysis, imported, diagnostics, (d) => offsetOf(d.range.start.line, d.range.start.character));
    assert.deepEqual(shown.map((d) => d.message), ['表格结构无法恢复。', '「主动公开政府信息情况」是第二部分，编号应为「二、」，实际为「三、」。（原文位置：第5段）']);
  });
});
