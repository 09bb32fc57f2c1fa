import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { addCrossYear } from '../../server/src/core/analyze';
import { parseReport } from '../../server/src/core/model/parse-report';
import { ruleDocUri, toDiagnostics } from '../../server/src/service/diagnostics';
import { analysed, range, SMALL } from './support';

const URI = 'file:///w/2023.md';

describe('service: toDiagnostics', () => {
  it('maps each finding: range, severity, rule id as code, doc link, source, message, the fix and facts in data', () => {
    const text = SMALL.replace('## 二、主动公开政府信息情况', '## 三、主动公开政府信息情况');
    const a = analysed(text, { severities: { 'structure/missing-part': 'off', 'structure/missing-table': 'off' } });
    assert.deepEqual(toDiagnostics(a, { uri: URI, version: 4, docsBase: 'file:///ext/docs/rules' }), [{
      range: range(8, 3, 8, 4),
      severity: DiagnosticSeverity.Warning,
      code: 'structure/part-numbering',
      codeDescription: { href: 'file:///ext/docs/rules/structure/part-numbering.md' },
      source: 'govreport',
      message: '「主动公开政府信息情况」是第二部分，编号应为「二、」，实际为「三、」。',
      data: { rule: 'structure/part-numbering', version: 4, fix: { title: '改为「二、」', safe: true, edits: [{ range: range(8, 3, 8, 4), newText: '二' }] }, facts: a.findings[0]?.data },
    }]);
  });

  it('gives no doc link without a docs base, and nothing for a document that is not checked', () => {
    const a = analysed(SMALL);
    assert.ok(toDiagnostics(a, { uri: URI, version: 1 }).every((d) => d.codeDescription === undefined));
    assert.deepEqual(toDiagnostics(analysed('笔记\n', { decide: { enable: true, files: {} } }), { uri: URI, version: 1 }), []);
  });

  it('links a cross-year finding to the figure of the previous year’s report it was compared with', () => {
    const dir = join(__dirname, '..', 'fixtures', 'cross-year');
    const previous = parseReport(readFileSync(join(dir, 'city-2025.txt'), 'utf8'));
    // 2026's 上年结转 for 自然人 made 780; 2025's 结转下年度 is 783 (line 50 of city-2025.txt: "| 四、结转下年度继续办理 | < | < | 783 |").
    const current = readFileSync(join(dir, 'city-2026.txt'), 'utf8').replace('| 二、上年结转政府信息公开申请数量 | < | < | 783 |', '| 二、上年结转政府信息公开申请数量 | < | < | 780 |');
    const a = addCrossYear(analysed(current), previous);
    const [carried] = toDiagnostics(a, { uri: URI, version: 1, previousUri: 'file:///w/2025.md' }).filter((d) => d.code === 'cross-year/carried-over');
    const at = '| 四、结转下年度继续办理 | < | < | '.length;
    assert.deepEqual(carried?.relatedInformation, [{ location: { uri: 'file:///w/2025.md', range: range(49, at, 49, at + 3) }, message: '上一年度（2025年）报告中对应的数字' }]);
    // Without the previous report's place, no link is made up.
    assert.equal(toDiagnostics(a, { uri: URI, version: 1 }).find((d) => d.code === 'cross-year/carried-over')?.relatedInformation, undefined);
  });

  it('encodes each part of a rule id in its doc link', () => {
    assert.equal(ruleDocUri('file:///d', 'table/wrong-cell'), 'file:///d/table/wrong-cell.md');
    assert.equal(ruleDocUri('file:///d', 'a b/c#d'), 'file:///d/a%20b/c%23d.md');
  });
});
