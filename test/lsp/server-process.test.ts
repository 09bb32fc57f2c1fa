import { strict as assert } from 'node:assert';
import { execFileSync, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import { encodeGb18030 } from '../support/gb18030';
import { replaceOnce } from '../support/reports';
import { nth } from '../support/nth';

/**
 * The built server (dist/server.js) in its own process, as VS Code runs it, reading the workspace
 * from disk: last year's report saved in GB18030 (common in government offices) is decoded, so the
 * cross-year check still pairs it with this year's open report.
 */
const ROOT = join(__dirname, '..', '..');
const YEARS = join(ROOT, 'test', 'fixtures', 'cross-year');

describe('language server process: workspace files on disk', () => {
  let workspace: string | undefined;
  let child: ChildProcess | undefined;
  let connection: MessageConnection | undefined;

  before(function () {
    this.timeout(60000);
    execFileSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT });
  });

  afterEach(() => {
    connection?.dispose();
    child?.kill();
    if (workspace !== undefined) rmSync(workspace, { recursive: true, force: true });
  });

  it('pairs the open report with last year\'s GB18030 file of the workspace', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'govreport-ws-'));
    workspace = folder;
    const y2025 = replaceOnce(readFileSync(join(YEARS, 'city-2025.txt'), 'utf8'), '| 四、结转下年度继续办理 | < | < | 783 |', '| 四、结转下年度继续办理 | < | < | 738 |');
    writeFileSync(join(folder, '2025.txt'), encodeGb18030(y2025));
    const current = pathToFileURL(join(folder, '2026.txt')).href;

    const server = spawn(process.execPath, [join(ROOT, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    child = server;
    const conn = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
    connection = conn;
    conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
    conn.onRequest('client/registerCapability', () => null);
    conn.onRequest('workspace/diagnostic/refresh', () => null);
    conn.onRequest('workspace/codeLens/refresh', () => null);
    conn.listen();
    await conn.sendRequest('initialize', {
      processId: process.pid, locale: 'zh-cn', rootUri: null,
      workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'ws' }],
      capabilities: { workspace: { configuration: true }, textDocument: { diagnostic: {} } },
    });
    await conn.sendNotification('initialized', {});
    await conn.sendNotification('textDocument/didOpen', { textDocument: { uri: current, languageId: 'plaintext', version: 1, text: readFileSync(join(YEARS, 'city-2026.txt'), 'utf8') } });
    const report = await conn.sendRequest<{ items: { code?: string; message: string }[] }>('textDocument/diagnostic', { textDocument: { uri: current } });
    const crossYear = report.items.filter((d) => d.code === 'cross-year/carried-over');
    assert.equal(crossYear.length, 1, JSON.stringify(report.items.map((d) => d.code)));
    assert.match(nth(crossYear, 0).message, /与上一年度（2025年）报告「四、结转下年度继续办理」的 738 不一致/);
  });
});
