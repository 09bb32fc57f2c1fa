import { strict as assert } from 'node:assert';
import { parseReport } from '../../server/src/core/model/parse-report';
import { arePaired, mayBeReport, previousReportOf, scanReportFiles } from '../../server/src/service/cross-year';
import type { DirectoryEntry } from '../../server/src/service/cross-year';

const report = (body: string, year: number) => parseReport(`# ${body}${year}年政府信息公开工作年度报告\n\n## 一、总体情况\n\n正文。\n\n## 二、主动公开政府信息情况\n\n无。\n`);

describe('service: cross-year', () => {
  const y2023 = report('某县司法局', 2023);
  const y2022 = report('某县司法局', 2022);
  const other2022 = report('某县财政局', 2022);

  it('finds the same body’s previous year among the candidates, never the document itself', () => {
    const candidates = [{ uri: 'file:///a', model: other2022 }, { uri: 'file:///b', model: y2022 }, { uri: 'file:///c', model: y2023 }];
    assert.equal(previousReportOf(y2023, 'file:///c', candidates)?.uri, 'file:///b');
    assert.equal(previousReportOf(y2022, 'file:///b', candidates), undefined);
    assert.equal(previousReportOf(y2023, 'file:///b', [{ uri: 'file:///b', model: y2022 }]), undefined);
  });

  it('pairs consecutive years either way round', () => {
    assert.deepEqual([arePaired(y2023, y2022), arePaired(y2022, y2023), arePaired(y2023, other2022)], [true, true, false]);
  });

  it('takes a workspace file as a candidate only when it is a report with a body and a year', () => {
    const text = '# 某县司法局2022年政府信息公开工作年度报告\n\n## 一、总体情况\n\n## 二、主动公开政府信息情况\n';
    assert.equal(mayBeReport(text, () => parseReport(text))?.year?.value, 2022);
    let parsed = false;
    assert.equal(mayBeReport('# 会议纪要\n', () => { parsed = true; return parseReport(''); }), undefined);
    assert.equal(parsed, false, 'a file without 信息公开 in its head is not parsed');
  });

  it('scans the workspace breadth first within its limits, skipping hidden folders, node_modules, out and dist', () => {
    const tree: Record<string, DirectoryEntry[]> = {
      '/w': [{ name: 'b.md', kind: 'file', size: 10 }, { name: 'sub', kind: 'directory' }, { name: '.git', kind: 'directory' }, { name: 'node_modules', kind: 'directory' }, { name: 'a.txt', kind: 'file' }, { name: 'big.md', kind: 'file', size: 3_000_000 }, { name: 'x.docx', kind: 'file' }],
      '/w/sub': [{ name: 'deep', kind: 'directory' }, { name: 'c.markdown', kind: 'file' }],
      '/w/sub/deep': [{ name: 'd.md', kind: 'file' }],
      '/w/.git': [{ name: 'e.md', kind: 'file' }],
      '/w/node_modules': [{ name: 'f.md', kind: 'file' }],
    };
    const read = (path: string) => tree[path];
    assert.deepEqual(scanReportFiles(['/w/'], read), ['/w/a.txt', '/w/b.md', '/w/sub/c.markdown', '/w/sub/deep/d.md']);
    assert.deepEqual(scanReportFiles(['/w'], read, { maxFiles: 2, maxEntries: 100, maxDepth: 6, maxBytes: 2_000_000 }), ['/w/a.txt', '/w/b.md']);
    assert.deepEqual(scanReportFiles(['/w'], read, { maxFiles: 100, maxEntries: 100, maxDepth: 2, maxBytes: 2_000_000 }), ['/w/a.txt', '/w/b.md', '/w/sub/c.markdown']);
  });
});
