import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { scanReportFiles } from '../../server/src/service/cross-year';
import { fileUriOf } from '../../server/src/service/uri';
import { replaceOnce } from '../support/reports';
import { messageText, startLsp } from './harness';
import type { Lsp } from './harness';
import { defined, nth } from '../support/nth';

/**
 * Cross-year findings in the editor: city-2026 against city-2025 (test/fixtures/cross-year), the
 * previous report open or a file of the workspace; the paired document is pulled again when
 * either side changes.
 */
const DIR = join(__dirname, '..', 'fixtures', 'cross-year');
const Y2025 = readFileSync(join(DIR, 'city-2025.txt'), 'utf8');
const Y2026 = readFileSync(join(DIR, 'city-2026.txt'), 'utf8');
const CARRY_OVER_2025 = '| 四、结转下年度继续办理 | < | < | 783 |';
/** 2025 whose 结转下年度 (自然人) no longer reaches 2026's 上年结转. */
const Y2025_BROKEN = replaceOnce(Y2025, CARRY_OVER_2025, '| 四、结转下年度继续办理 | < | < | 738 |');
const CURRENT = 'file:///ws/2026/report.txt';
const PREVIOUS = 'file:///ws/2025/report.txt';

const crossYear = (ds: Diagnostic[]) => ds.filter((d) => typeof d.code === 'string' && d.code.startsWith('cross-year/'));

let lsp: Lsp;

describe('language server: cross-year findings between open documents', () => {
  afterEach(() => { lsp.dispose(); });

  it('adds the finding to the current report, with a related location at last year’s figure', async () => {
    lsp = await startLsp();
    await lsp.open(CURRENT, Y2026, 'plaintext');
    assert.deepEqual(crossYear(await lsp.diagnostics(CURRENT)), [], 'no previous report yet');
    await lsp.open(PREVIOUS, Y2025_BROKEN, 'plaintext');
    const [d, ...rest] = crossYear(await lsp.diagnostics(CURRENT));
    assert.ok(d);
    assert.equal(rest.length, 0);
    assert.equal(d.code, 'cross-year/carried-over');
    assert.equal(d.source, 'govreport');
    assert.match(messageText(d), /与上一年度（2025年）报告「四、结转下年度继续办理」的 738 不一致/);
    assert.equal(d.codeDescription?.href, 'file:///ext/docs/rules/cross-year/carried-over.md');
    const related = d.relatedInformation?.find((r) => r.location.uri === PREVIOUS);
    assert.ok(related, 'a related location in the previous report');
    const line = Y2025_BROKEN.split('\n')[related.location.range.start.line];
    assert.ok(line);
    assert.equal(line.slice(related.location.range.start.character, related.location.range.end.character), '738');
    assert.equal(related.message, '上一年度（2025年）报告中对应的数字');
    // The previous report's own diagnostics are not affected by the later year.
    assert.deepEqual(crossYear(await lsp.diagnostics(PREVIOUS)), []);
  });

  it('offers the finding’s fix as a quick fix', async () => {
    lsp = await startLsp();
    await lsp.open(PREVIOUS, Y2025_BROKEN, 'plaintext');
    await lsp.open(CURRENT, Y2026, 'plaintext');
    const d = crossYear(await lsp.diagnostics(CURRENT))[0];
    assert.ok(d);
    const actions = await lsp.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: CURRENT }, range: d.range, context: { diagnostics: [d] } });
    const fix = actions.find((a) => a.edit && a.title.includes('738'));
    assert.ok(fix, actions.map((a) => a.title).join(' | '));
    await lsp.apply(defined(fix.edit));
    assert.deepEqual(crossYear(await lsp.diagnostics(CURRENT)), []);
  });
});

describe('language server: cross-year findings as the previous report changes', () => {
  afterEach(() => { lsp.dispose(); });

  it('drops the finding when the previous report is fixed, and brings it back when it changes again (refresh)', async () => {
    lsp = await startLsp();
    await lsp.open(CURRENT, Y2026, 'plaintext');
    await lsp.open(PREVIOUS, Y2025_BROKEN, 'plaintext');
    assert.equal(crossYear(await lsp.diagnostics(CURRENT)).length, 1);
    let refreshed = lsp.nextRefresh();
    await lsp.change(PREVIOUS, Y2025);
    await refreshed;
    assert.deepEqual(crossYear(await lsp.diagnostics(CURRENT)), []);
    refreshed = lsp.nextRefresh();
    await lsp.change(PREVIOUS, Y2025_BROKEN);
    await refreshed;
    assert.equal(crossYear(await lsp.diagnostics(CURRENT)).length, 1);
  });

  it('asks for a refresh when the previous report is opened or closed', async () => {
    lsp = await startLsp();
    await lsp.open(CURRENT, Y2026, 'plaintext');
    await lsp.diagnostics(CURRENT);
    let refreshed = lsp.nextRefresh();
    await lsp.open(PREVIOUS, Y2025_BROKEN, 'plaintext');
    await refreshed;
    assert.equal(crossYear(await lsp.diagnostics(CURRENT)).length, 1);
    refreshed = lsp.nextRefresh();
    await lsp.close(PREVIOUS);
    await refreshed;
    assert.deepEqual(crossYear(await lsp.diagnostics(CURRENT)), [], 'the closed report is not on disk');
  });
});

describe('language server: the previous report among the workspace’s files', () => {
  afterEach(() => { lsp.dispose(); });

  it('finds the previous report among the workspace’s files, and follows it on disk', async () => {
    lsp = await startLsp({ folders: ['/ws'], files: { '/ws/2025/report.txt': Y2025_BROKEN, '/ws/notes.md': '# 会议记录\n' } });
    await lsp.open(CURRENT, Y2026, 'plaintext');
    const d = crossYear(await lsp.diagnostics(CURRENT));
    assert.deepEqual(d.map((x) => x.code), ['cross-year/carried-over']);
    assert.ok(nth(d, 0).relatedInformation?.some((r) => r.location.uri === 'file:///ws/2025/report.txt'));
    let refreshed = lsp.nextRefresh();
    await lsp.writeFile('/ws/2025/report.txt', Y2025);
    await refreshed;
    assert.deepEqual(crossYear(await lsp.diagnostics(CURRENT)), []);
    refreshed = lsp.nextRefresh();
    await lsp.writeFile('/ws/2025/report.txt', Y2025_BROKEN);
    await refreshed;
    assert.equal(crossYear(await lsp.diagnostics(CURRENT)).length, 1);
    refreshed = lsp.nextRefresh();
    await lsp.writeFile('/ws/2025/report.txt', undefined);
    await refreshed;
    assert.deepEqual(crossYear(await lsp.diagnostics(CURRENT)), []);
  });

  it('follows workspace folders added and removed while running', async () => {
    lsp = await startLsp({ folders: [], files: { '/other/2025/report.txt': Y2025_BROKEN } });
    await lsp.open(CURRENT, Y2026, 'plaintext');
    assert.deepEqual(crossYear(await lsp.diagnostics(CURRENT)), [], 'the folder is not in the workspace yet');
    let refreshed = lsp.nextRefresh();
    await lsp.client.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [{ uri: 'file:///other', name: 'other' }], removed: [] } });
    await refreshed;
    assert.equal(crossYear(await lsp.diagnostics(CURRENT)).length, 1);
    refreshed = lsp.nextRefresh();
    await lsp.client.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [], removed: [{ uri: 'file:///other', name: 'other' }] } });
    await refreshed;
    assert.deepEqual(crossYear(await lsp.diagnostics(CURRENT)), []);
  });

  it('prefers the open document over its file on disk', async () => {
    lsp = await startLsp({ folders: ['/ws'], files: { '/ws/2025/report.txt': Y2025_BROKEN } });
    await lsp.open(CURRENT, Y2026, 'plaintext');
    assert.equal(crossYear(await lsp.diagnostics(CURRENT)).length, 1);
    await lsp.open(PREVIOUS, Y2025, 'plaintext');
    assert.deepEqual(crossYear(await lsp.diagnostics(CURRENT)), []);
  });
});

describe('language server: cross-year pairing, severities and the workspace check', () => {
  afterEach(() => { lsp.dispose(); });

  it('pairs only the same body’s previous year', async () => {
    lsp = await startLsp();
    await lsp.open(CURRENT, Y2026, 'plaintext');
    await lsp.open(PREVIOUS, Y2025_BROKEN.replace('测试市2025年', '另一市2025年'), 'plaintext');
    await lsp.open('file:///ws/2024.txt', Y2025_BROKEN.replace(/2025年/g, '2024年'), 'plaintext');
    assert.deepEqual(crossYear(await lsp.diagnostics(CURRENT)), []);
  });

  it('honours the cross-year rules’ severities from settings', async () => {
    lsp = await startLsp({ settings: { rules: { 'cross-year/carried-over': 'error' } } });
    await lsp.open(PREVIOUS, Y2025_BROKEN, 'plaintext');
    await lsp.open(CURRENT, Y2026, 'plaintext');
    assert.deepEqual(crossYear(await lsp.diagnostics(CURRENT)).map((d) => d.severity), [1]);
    await lsp.changeSettings({ rules: { 'cross-year/carried-over': 'off' } });
    assert.deepEqual(crossYear(await lsp.diagnostics(CURRENT)), []);
  });

  it('includes cross-year findings in the workspace check', async () => {
    lsp = await startLsp({ folders: ['/ws'], files: { '/ws/2025/report.txt': Y2025_BROKEN, '/ws/2026/report.txt': Y2026 } });
    const r = await lsp.request<{ files: { uri: string; diagnostics: Diagnostic[] }[] }>('govreport/checkFiles', { uris: ['file:///ws/2025/report.txt', 'file:///ws/2026/report.txt'] });
    assert.deepEqual(r.files.map((f) => crossYear(f.diagnostics).map((d) => d.code)), [[], ['cross-year/carried-over']]);
  });
});


describe('workspace scan for previous reports', () => {
  const tree: Record<string, { name: string; kind: 'file' | 'directory'; size?: number }[]> = {
    '/w': [{ name: 'a.md', kind: 'file' }, { name: 'node_modules', kind: 'directory' }, { name: '.git', kind: 'directory' }, { name: 'sub', kind: 'directory' }, { name: 'big.txt', kind: 'file', size: 5_000_000 }, { name: 'x.json', kind: 'file' }],
    '/w/sub': [{ name: 'b.txt', kind: 'file' }, { name: 'deeper', kind: 'directory' }],
    '/w/sub/deeper': [{ name: 'c.md', kind: 'file' }],
    '/w/node_modules': [{ name: 'd.md', kind: 'file' }],
  };
  const read = (p: string) => tree[p];

  it('lists report files breadth first, skipping hidden folders, node_modules and large files', () => {
    assert.deepEqual(scanReportFiles(['/w'], read), ['/w/a.md', '/w/sub/b.txt', '/w/sub/deeper/c.md']);
  });

  it('stops at its limits', () => {
    assert.deepEqual(scanReportFiles(['/w'], read, { maxFiles: 2, maxEntries: 100, maxDepth: 6, maxBytes: 1e6 }), ['/w/a.md', '/w/sub/b.txt']);
    assert.deepEqual(scanReportFiles(['/w'], read, { maxFiles: 10, maxEntries: 100, maxDepth: 2, maxBytes: 1e6 }), ['/w/a.md', '/w/sub/b.txt']);
    assert.deepEqual(scanReportFiles(['/w'], read, { maxFiles: 10, maxEntries: 3, maxDepth: 6, maxBytes: 1e6 }), ['/w/a.md']);
  });

  it('writes file URIs as VS Code does', () => {
    assert.equal(fileUriOf('/a/年报 1.md'), 'file:///a/%E5%B9%B4%E6%8A%A5%201.md');
    assert.equal(fileUriOf('c:\\x\\y.md'), 'file:///c%3A/x/y.md');
  });
});
