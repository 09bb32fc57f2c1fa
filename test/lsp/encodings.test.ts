import { strict as assert } from 'node:assert';
import { execFileSync, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import { assertExpected, ENCODED_REPORTS, ENCODING_FIXTURES } from '../support/encoding-fixtures';
import { defined } from '../support/nth';

interface Diagnostic { code?: string; severity?: number; range: { start: { line: number; character: number }; end: { line: number; character: number } } }
const SEVERITY: Readonly<Record<number, string>> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'info' };
const seen = (diagnostics: readonly Diagnostic[]) => diagnostics.map((d) => ({ rule: d.code ?? '', severity: SEVERITY[d.severity ?? 0] ?? '', start: d.range.start, end: d.range.end }));

/**
 * The built server (dist/server.js, its own process) on real bytes: the workspace check
 * (govreport/checkFiles) reads each file from disk and decodes it as the CLI does (GB18030, UTF-16
 * LE/BE with BOM, CRLF and CR line ends); a document opened with CRLF or CR line ends (VS Code keeps
 * the file's) gets the same diagnostics. Expectations: test/fixtures/encoding/expected.json, by hand.
 */
describe('language server: encodings and line ends', () => {
  const ROOT = join(__dirname, '..', '..');
  let folder = '';
  let child: ChildProcess | undefined;
  let connection: MessageConnection | undefined;

  before(async function () {
    this.timeout(60000);
    execFileSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT });
    folder = mkdtempSync(join(tmpdir(), 'govreport-enc-'));
    for (const { file } of ENCODED_REPORTS) copyFileSync(join(ENCODING_FIXTURES, file), join(folder, file));
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
  });

  after(() => {
    connection?.dispose();
    child?.kill();
    if (folder !== '') rmSync(folder, { recursive: true, force: true });
  });

  for (const { file, encoding, lineEnd } of ENCODED_REPORTS) {
    it(`checkFiles reads ${file} (${encoding}, ${lineEnd}) from disk: the hand-written findings`, async () => {
      const uri = pathToFileURL(join(folder, file)).href;
      const result = await defined(connection).sendRequest<{ files: { uri: string; diagnostics: Diagnostic[] }[] }>('govreport/checkFiles', { uris: [uri] });
      assertExpected(seen(defined(result.files[0], 'the checked file').diagnostics), file);
    });
  }

  for (const file of ['report.crlf.md', 'report.cr.md']) {
    it(`an open document with the line ends of ${file}: the same diagnostics`, async () => {
      const uri = pathToFileURL(join(folder, `open-${file}`)).href;
      const text = readFileSync(join(ENCODING_FIXTURES, file), 'utf8');
      assert.ok(text.includes('\r'));
      const conn = defined(connection);
      await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
      const report = await conn.sendRequest<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
      assertExpected(seen(report.items), file);
    });
  }
});
