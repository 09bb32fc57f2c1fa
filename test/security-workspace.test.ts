import { strict as assert } from 'node:assert';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic } from 'vscode-languageserver';

/**
 * A hostile workspace on a real disk (a temporary folder, not an in-memory file system), opened by
 * the built CLI and the built language server in their own processes: a FIFO and a link to
 * /dev/zero named like reports, a folder link loop, a second link to a report, a 101 MB sparse
 * "report", a .govreportrc.json with patterns that would hang a regex glob, a FIFO named
 * .govreportrc.json, and a file name holding terminal escapes and a line break. Each must give a
 * clear Chinese message, and the process must answer in bounded time and stay alive.
 */
const ROOT = join(__dirname, '..');
const REPORT = join(ROOT, 'test', 'fixtures', 'cross-year', 'city-2026.txt');
const HANGING_PATTERN = `**/${'*a'.repeat(20)}*b`;
const EVIL_NAME = 'evil\u001b[2J\n::error file=x::pwned.md';

function hostileWorkspace(): string {
  const ws = mkdtempSync(join(tmpdir(), 'govreport-hostile-'));
  copyFileSync(REPORT, join(ws, '2026.txt'));
  execFileSync('mkfifo', [join(ws, '2025.md')]);
  symlinkSync('/dev/zero', join(ws, 'zero.md'));
  symlinkSync('.', join(ws, 'loop'));
  symlinkSync('2026.txt', join(ws, 'again.txt'));
  symlinkSync('missing.md', join(ws, 'dangling.md'));
  writeFileSync(join(ws, 'huge.txt'), '');
  truncateSync(join(ws, 'huge.txt'), 101 * 1024 * 1024);
  writeFileSync(join(ws, EVIL_NAME), '会议记录\n');
  writeFileSync(join(ws, '.govreportrc.json'), JSON.stringify({ files: { [HANGING_PATTERN]: true, [`${'a'.repeat(300)}.md`]: true, '*.txt': true } }));
  mkdirSync(join(ws, 'sub'));
  copyFileSync(REPORT, join(ws, 'sub', 'report.txt'));
  execFileSync('mkfifo', [join(ws, 'sub', '.govreportrc.json')]);
  return ws;
}

let built = false;

/** The built CLI and server, made once per run (both describes need them; either may run alone). */
function buildOnce(): void {
  if (built) return;
  execFileSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT });
  built = true;
}

/** A request answered within 20 s, or the test fails (a hung server never answers). */
async function within<T>(request: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => { timer = setTimeout(() => { reject(new Error(`${what}: no answer in 20 s`)); }, 20_000); });
  try {
    return await Promise.race([request, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The built server in its own process, initialised on the workspace; what it publishes and logs is collected. */
async function startServer(ws: string, published: Map<string, Diagnostic[]>, logged: string[]): Promise<{ child: ChildProcess; conn: MessageConnection }> {
  const child = spawn(process.execPath, [join(ROOT, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const c = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  c.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
  c.onRequest('client/registerCapability', () => null);
  c.onRequest('workspace/diagnostic/refresh', () => null);
  c.onRequest('workspace/codeLens/refresh', () => null);
  c.onNotification('window/logMessage', (p: { message: string }) => { logged.push(p.message); });
  c.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: Diagnostic[] }) => { published.set(p.uri, p.diagnostics); });
  c.listen();
  await c.sendRequest('initialize', {
    processId: process.pid, locale: 'zh-cn', rootUri: null,
    workspaceFolders: [{ uri: pathToFileURL(ws).href, name: 'ws' }],
    capabilities: { workspace: { configuration: true }, textDocument: { diagnostic: {} } },
  });
  await c.sendNotification('initialized', {});
  return { child, conn: c };
}

/** The messages the server published for `uri`, waiting up to 5 s for them. */
async function publishedMessages(published: ReadonlyMap<string, Diagnostic[]>, uri: string): Promise<string[]> {
  for (let k = 0; k < 50 && !published.has(uri); k++) await new Promise((r) => setTimeout(r, 100));
  return (published.get(uri) ?? []).map((d) => (typeof d.message === 'string' ? d.message : d.message.value));
}

/** Opens a document and pulls its diagnostics, within 20 s. */
async function openAndPull(c: MessageConnection, uri: string, languageId: string, text: string): Promise<{ items: Diagnostic[] }> {
  await c.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  return within(c.sendRequest<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } }), `diagnostics of ${uri}`);
}

describe('hostile workspace on disk: the CLI process', function () {
  this.timeout(120_000);
  let ws = '';

  before(function () {
    if (process.platform === 'win32') this.skip();
    buildOnce();
    ws = hostileWorkspace();
  });

  after(() => {
    if (ws !== '') rmSync(ws, { recursive: true, force: true });
  });

  it('govreport check: every hostile file is a Chinese notice, each real file is checked once, nothing hangs', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'check', '.'], { cwd: ws, encoding: 'utf8', timeout: 60_000 });
    assert.equal(r.signal, null, 'the CLI did not finish in 60 s');
    assert.equal(r.status, 2, r.stderr);
    const lines = r.stdout.split('\n');
    const line = (prefix: string) => lines.find((l) => l.startsWith(prefix)) ?? assert.fail(`no line for ${prefix}:\n${r.stdout}`);
    assert.match(line('2025.md:1:1'), /info {2}file {2}已跳过：不是普通文件，而是命名管道（FIFO）/);
    assert.match(line('zero.md:1:1'), /info {2}file {2}已跳过：不是普通文件，而是设备文件/);
    assert.match(line('dangling.md:1:1'), /已跳过：链接指向的文件不存在，或链接成环/);
    assert.match(line('loop:1:1'), /这个链接指向已经检查过的文件夹（链接成环），已跳过/);
    assert.match(line('huge.txt:1:1'), /error {2}file {2}无法读取文件（文件过大（101 MB，最多读取 100 MB））/);
    assert.ok(lines.some((l) => l.startsWith('2026.txt:')), 'the report is checked');
    assert.ok(!r.stdout.includes('again.txt') && !r.stdout.includes('loop/'), 'a second link to a file, or a folder reached again, is not checked twice');
    // The escapes in a file name are printed as codes: no ESC reaches the terminal, no line starts with ::error.
    assert.ok(!r.stdout.includes('\u001b') && !lines.some((l) => l.startsWith('::')), r.stdout);
    assert.ok(r.stdout.includes('evil\\u{1b}[2J\\u{a}::error file=x::pwned.md'));
    // The patterns: one problem each, the rest of the file applies; the FIFO .govreportrc.json is said, not read.
    assert.match(r.stderr, /files 中的模式「\*\*\/(\*a){20}\*b」通配符过多（22 个 \* 或 \?，最多 16 个），已忽略。/);
    assert.match(r.stderr, /files 中的模式「a{60}…」过长（303 个字符，最多 256 个），已忽略。/);
    assert.match(r.stderr, /sub\/\.govreportrc\.json：已跳过：不是普通文件，而是命名管道（FIFO）/);
  });

  it('govreport check --previous on a FIFO and on /dev/zero says so and ends', () => {
    for (const previous of ['2025.md', 'zero.md']) {
      const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'check', '2026.txt', '--previous', previous], { cwd: ws, encoding: 'utf8', timeout: 60_000 });
      assert.equal(r.signal, null, `--previous ${previous} did not finish`);
      assert.equal(r.status, 2);
      assert.match(r.stdout + r.stderr, /无法读取 --previous 指定的上一年度报告/);
    }
  });
});

describe('hostile workspace on disk: the language server process', function () {
  this.timeout(120_000);
  let ws = '';
  let child: ChildProcess | undefined;
  let conn: MessageConnection | undefined;
  const published = new Map<string, Diagnostic[]>();
  const logged: string[] = [];

  before(async function () {
    if (process.platform === 'win32') this.skip();
    buildOnce();
    ws = hostileWorkspace();
    ({ child, conn } = await startServer(ws, published, logged));
  });

  after(() => {
    conn?.dispose();
    child?.kill();
    if (ws !== '') rmSync(ws, { recursive: true, force: true });
  });

  it('checks a report beside FIFOs, /dev/zero and a link loop; the bad patterns are findings on .govreportrc.json', async () => {
    const c = conn ?? assert.fail('no connection');
    const uri = pathToFileURL(join(ws, '2026.txt')).href;
    await c.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: '' } });
    await c.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: readFileSync(REPORT, 'utf8') }] });
    const report = await within(c.sendRequest<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } }), 'diagnostics of 2026.txt');
    assert.ok(Array.isArray(report.items));
    const rc = pathToFileURL(join(ws, '.govreportrc.json')).href;
    const messages = await publishedMessages(published, rc);
    assert.ok(messages.some((m) => /files 中的模式「\*\*\/(\*a){20}\*b」通配符过多/.test(m)), JSON.stringify(messages));
    assert.ok(messages.some((m) => m.includes('过长（303 个字符，最多 256 个），已忽略')), JSON.stringify(messages));
  });

  it('a document whose folder has a FIFO .govreportrc.json is checked without it; the server stays alive', async () => {
    const c = conn ?? assert.fail('no connection');
    const uri = pathToFileURL(join(ws, 'sub', 'report.txt')).href;
    assert.ok(Array.isArray((await openAndPull(c, uri, 'plaintext', readFileSync(REPORT, 'utf8'))).items));
    // Opening the FIFO and /dev/zero themselves (as a user clicking them would): answered, not read.
    for (const name of ['2025.md', 'zero.md']) {
      const other = pathToFileURL(join(ws, name)).href;
      await openAndPull(c, other, 'markdown', '');
    }
    assert.equal(child?.exitCode, null, 'the server exited');
  });

  it('says in the output channel which special files it skipped, once each', async () => {
    const said = (name: string) => logged.filter((m) => m.includes(JSON.stringify(join(ws, name))));
    for (let k = 0; k < 50 && said('2025.md').length === 0; k++) await new Promise((r) => setTimeout(r, 100));
    assert.match(said('2025.md').join('\n'), /^政府信息公开年报助手未读取 ".*2025\.md"：不是普通文件，而是命名管道（FIFO）/, logged.join('\n'));
    assert.match(said('zero.md').join('\n'), /未读取 ".*zero\.md"：不是普通文件，而是设备文件/, logged.join('\n'));
    assert.match(said(join('sub', '.govreportrc.json')).join('\n'), /未读取 ".*\.govreportrc\.json"：不是普通文件，而是命名管道（FIFO）/, logged.join('\n'));
    for (const name of ['2025.md', 'zero.md']) assert.equal(said(name).length, 1, `${name} said once: ${logged.join('\n')}`);
    assert.ok(!logged.some((m) => m.startsWith('政府信息公开年报助手未读取') && m.includes('2026.txt')), 'a regular report is not a notice');
  });

  it('the workspace check gives a finding on each special file it skips, and checks the rest', async () => {
    const c = conn ?? assert.fail('no connection');
    const uris = ['2025.md', 'zero.md', '2026.txt'].map((name) => pathToFileURL(join(ws, name)).href);
    const result = await within(c.sendRequest<{ files: { uri: string; diagnostics: Diagnostic[] }[] }>('govreport/checkFiles', { uris }), 'govreport/checkFiles');
    const of = (i: number) => result.files.find((f) => f.uri === uris[i])?.diagnostics ?? assert.fail(`no entry for ${String(uris[i])}: ${JSON.stringify(result.files.map((f) => f.uri))}`);
    assert.deepEqual(of(0).map((d) => [d.code, d.message]), [['files/skipped', '已跳过：不是普通文件，而是命名管道（FIFO）：命名管道、设备、套接字和指向它们的链接一律不读取。']]);
    assert.deepEqual(of(1).map((d) => [d.code, d.message]), [['files/skipped', '已跳过：不是普通文件，而是设备文件：命名管道、设备、套接字和指向它们的链接一律不读取。']]);
    assert.ok(!of(2).some((d) => d.code === 'files/skipped'), 'the real report is checked');
  });
});
