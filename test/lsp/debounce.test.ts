import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import { LSPErrorCodes } from 'vscode-languageserver';
import { startLsp } from './harness';
import type { Lsp } from './harness';

/**
 * Edits are debounced and outdated versions dropped (issue 11), over the protocol with the real
 * server: the server logs each analysis it runs ("govreport: analysed <uri> version <n> …"), which
 * is what these tests count. Ordering, not timing, is asserted (timings are in npm run bench).
 */
const DRAFT = readFileSync(join(__dirname, '..', 'fixtures', 'editor', 'draft-2021.md'), 'utf8');
const URI = 'file:///work/reports/draft.md';

const analysedVersions = (lsp: Lsp, uri: string): number[] =>
  lsp.logs.flatMap((l) => { const m = new RegExp(`^govreport: analysed ${uri} version (\\d+) `).exec(l); return m ? [Number(m[1])] : []; });

const codeOf = (r: PromiseSettledResult<unknown>): number | undefined => (r.status === 'rejected' ? (r.reason as { code?: number }).code : undefined);

describe('debounced analyses over the protocol', () => {
  let lsp: Lsp;
  beforeEach(async () => { lsp = await startLsp(); });
  afterEach(() => { lsp.dispose(); });

  it('five quick changes, each followed by a diagnostics pull, cost one analysis: of the last version', async () => {
    await lsp.open(URI, DRAFT);
    await lsp.diagnostics(URI);
    assert.deepEqual(analysedVersions(lsp, URI), [1]);
    const pulls: Promise<unknown>[] = [];
    for (let k = 1; k <= 5; k++) {
      await lsp.change(URI, DRAFT.replace('全年', `全年${'第'.repeat(k)}`));
      pulls.push(lsp.diagnostics(URI));
    }
    const settled = await Promise.allSettled(pulls);
    // The four outdated pulls end with ServerCancelled (the client pulls again); the last one has the diagnostics.
    assert.deepEqual(settled.map(codeOf), [LSPErrorCodes.ServerCancelled, LSPErrorCodes.ServerCancelled, LSPErrorCodes.ServerCancelled, LSPErrorCodes.ServerCancelled, undefined]);
    assert.equal(settled[4]?.status, 'fulfilled');
    assert.deepEqual(analysedVersions(lsp, URI), [1, 6]);
  });

  it('a pull the client cancels while the document is being typed in ends with RequestCancelled', async () => {
    await lsp.open(URI, DRAFT);
    await lsp.change(URI, `${DRAFT}\n补充说明。`);
    const source = new CancellationTokenSource();
    const pull = lsp.client.sendRequest('textDocument/diagnostic', { textDocument: { uri: URI } }, source.token);
    source.cancel();
    await assert.rejects(pull, (e: { code?: number }) => e.code === LSPErrorCodes.RequestCancelled);
  });

  it('while a large document is typed in, a hover on another document answers before the large one is analysed', async () => {
    const other = 'file:///work/reports/other.md';
    await lsp.open(other, DRAFT);
    await lsp.diagnostics(other);
    const large = 'file:///work/reports/large.md';
    const body = DRAFT.replace('全年', `全年${'共收到申请12件，其中当面申请3件、网上申请9件，另有'.repeat(3000)}`);
    await lsp.open(large, body);
    await lsp.diagnostics(large);
    const before = analysedVersions(lsp, large).length;
    for (let k = 1; k <= 5; k++) await lsp.change(large, `${body}${'。'.repeat(k)}`);
    const at = DRAFT.split('\n').findIndex((l) => l.startsWith('## '));
    const hover = await lsp.request('textDocument/hover', { textDocument: { uri: other }, position: { line: at, character: 4 } });
    assert.equal(analysedVersions(lsp, large).length, before, 'the hover was answered first');
    assert.ok(hover !== undefined);
    await lsp.diagnostics(large);
    assert.deepEqual(analysedVersions(lsp, large).slice(before), [6], 'only the last version of the large document is analysed');
  });
});
