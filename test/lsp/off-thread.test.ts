import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LSPErrorCodes } from 'vscode-languageserver';
import type { Hover } from 'vscode-languageserver';
import { AnalysisWorkers } from '../../server/src/lsp/analysis-workers';
import { messageText, startLsp } from './harness';
import type { Lsp } from './harness';
import { defined } from '../support/nth';

/**
 * Analyses in worker threads (issues 11, 17): the real server over its protocol, its checks run by
 * the built dist/server.js started as workers, as the desktop server does. A wrapper worker makes
 * a check slow, hang or crash on a marker in the text, before the real worker analyses it. Order,
 * never timing, is asserted (the figures are in npm run bench).
 */
const ROOT = join(__dirname, '..', '..');
const DRAFT = readFileSync(join(__dirname, '..', 'fixtures', 'editor', 'draft-2021.md'), 'utf8');
const SMALL = 'file:///work/reports/small.md';
const LARGE = 'file:///work/reports/large.md';
/** A shape that took seconds (issue 17): one sentence with many 其中, 100,000 characters. */
const PATHOLOGICAL = DRAFT.replace('全年', `全年${'共收到申请12件，其中当面申请3件、网上申请9件，'.repeat(4000)}`);

/**
 * The worker dist/server.js is, with a test's hooks in front: `SLOW-CHECK` busy for 5 s,
 * `HANG-CHECK` never answers (and says it started, in the file `hung`), `CRASH-CHECK` exits.
 */
function wrapperWorker(dir: string): string {
  const script = join(dir, 'worker.js');
  writeFileSync(script, `
const { parentPort } = require('node:worker_threads');
const { writeFileSync } = require('node:fs');
parentPort.on('message', (job) => {
  if (job.text.includes('CRASH-CHECK')) process.exit(3);
  if (job.text.includes('HANG-CHECK')) { writeFileSync(${JSON.stringify(join(dir, 'hung'))}, String(job.version)); for (;;); }
  if (job.text.includes('SLOW-CHECK')) { const until = Date.now() + 5000; while (Date.now() < until); }
});
require(${JSON.stringify(join(ROOT, 'dist', 'server.js'))});
`);
  return script;
}

const analysedVersions = (lsp: Lsp, uri: string): number[] =>
  lsp.logs.flatMap((l) => { const m = new RegExp(`^govreport: analysed ${uri} version (\\d+) `).exec(l); return m ? [Number(m[1])] : []; });

let dir: string | undefined;
let workers: AnalysisWorkers;
let lsp: Lsp;

/** dist/server.js built (once per run) and the wrapper written beside it. */
function wrapper(): string {
  if (dir === undefined) {
    execFileSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT });
    dir = mkdtempSync(join(tmpdir(), 'govreport-workers-'));
  }
  return wrapperWorker(dir);
}

/** The server with its analyses in worker threads, checks stopped after `timeoutMs`. */
async function start(timeoutMs = 60_000): Promise<void> {
  workers = new AnalysisWorkers({ script: wrapper(), timeoutMs });
  lsp = await startLsp({ analyses: workers });
}

/** Builds the bundle before the suite's first test; stops the server and its workers after each. */
function workerServer(): void {
  before(function () {
    this.timeout(120_000);
    wrapper();
  });
  afterEach(async () => {
    lsp.dispose();
    await workers.close();
    rmSync(join(defined(dir), 'hung'), { force: true });
  });
}

after(() => { if (dir !== undefined) rmSync(dir, { recursive: true, force: true }); });

describe('analyses in worker threads: a long check holds up no other document', () => {
  workerServer();
  it('a small document\'s diagnostics and hover arrive while a large pathological one is being checked', async function () {
    this.timeout(60_000);
    await start();
    await lsp.open(LARGE, `SLOW-CHECK\n${PATHOLOGICAL}`);
    let largeDone = false;
    const large = lsp.diagnostics(LARGE).then((d) => { largeDone = true; return d; });
    await lsp.open(SMALL, DRAFT);
    const small = await lsp.diagnostics(SMALL);
    const hover = await lsp.request<Hover | null>('textDocument/hover', { textDocument: { uri: SMALL }, position: { line: 0, character: 2 } });
    assert.equal(largeDone, false, 'the small document waited for the large one');
    assert.ok(small.length > 0, 'the draft has findings');
    assert.ok(hover !== null, 'a hover on the title');
    // The large one then arrives too, checked by the real pipeline in its worker.
    assert.ok((await large).length > 0);
    assert.ok(lsp.logs.some((l) => l.startsWith(`govreport: analysed ${LARGE} version 1 `) && l.endsWith('(worker thread)')));
  });

  it('a worker finds what the server\'s own thread finds', async () => {
    await start();
    await lsp.open(SMALL, DRAFT);
    const inWorker = await lsp.diagnostics(SMALL);
    const inThread = await startLsp();
    try {
      await inThread.open(SMALL, DRAFT);
      assert.deepEqual(inWorker, await inThread.diagnostics(SMALL));
    } finally {
      inThread.dispose();
    }
  });
});

describe('analyses in worker threads: checks that do not finish', () => {
  workerServer();
  it('the running check of an outdated version is stopped: the new version is checked without waiting for it', async function () {
    this.timeout(60_000);
    await start();
    await lsp.open(LARGE, `HANG-CHECK\n${DRAFT}`);
    const outdated = lsp.diagnostics(LARGE);
    // The hung check has started (the wrapper is in its loop) before the document changes.
    while (!existsSync(join(defined(dir), 'hung'))) await new Promise((resolve) => setTimeout(resolve, 20));
    await lsp.change(LARGE, DRAFT);
    await assert.rejects(outdated, (e: { code?: number }) => e.code === LSPErrorCodes.ServerCancelled);
    assert.ok((await lsp.diagnostics(LARGE)).length > 0);
    assert.ok(lsp.logs.some((l) => l.includes(`stopped the check of ${LARGE} version 1`)), lsp.logs.join('\n'));
    assert.deepEqual(analysedVersions(lsp, LARGE), [2]);
  });

  it('a check past the bound is stopped and the document gets one Chinese notice', async function () {
    this.timeout(60_000);
    await start(1000);
    await lsp.open(LARGE, `HANG-CHECK\n${DRAFT}`);
    const notice = await lsp.diagnostics(LARGE);
    assert.deepEqual(notice.map((d) => [d.code, d.severity]), [['runner/not-checked', 3]]);
    assert.match(messageText(notice[0] ?? { message: '', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }), /超过1秒仍未完成，已停止/);
    await lsp.open(SMALL, DRAFT);
    assert.ok((await lsp.diagnostics(SMALL)).length > 0);
  });

  it('a worker that crashes gives a notice, and the server goes on checking', async function () {
    this.timeout(60_000);
    await start();
    await lsp.open(LARGE, `CRASH-CHECK\n${DRAFT}`);
    const notice = await lsp.diagnostics(LARGE);
    assert.deepEqual(notice.map((d) => d.code), ['runner/not-checked']);
    assert.match(notice.map(messageText).join(''), /意外退出（exit 3）/);
    await lsp.open(SMALL, DRAFT);
    assert.ok((await lsp.diagnostics(SMALL)).length > 0);
    await lsp.change(LARGE, DRAFT);
    assert.ok((await lsp.diagnostics(LARGE)).some((d) => d.code !== 'runner/not-checked'));
  });
});
