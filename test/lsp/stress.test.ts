import { strict as assert } from 'node:assert';
import type { Diagnostic } from 'vscode-languageserver';
import { corpusText } from '../support/check';
import { startLsp } from './harness';
import { nth } from '../support/nth';
import { seededRandom } from '../support/random';

/**
 * The real server under random edits through the protocol (incremental didChange, fixed seed):
 * it stays alive, answers every feature on the way, and its final diagnostics equal those of a
 * fresh server opening the final text. A 10 MB and a binary document get one clear notice instead
 * of a check. Heap growth and time are figures of `npm run bench` (scripts/bench/scaling.ts).
 * `STRESS_EDITS` raises the number of edits (npm run fuzz).
 */
const EDITS = Number(process.env.STRESS_EDITS ?? 0) || 10_000;
const URI = 'file:///work/reports/stress.md';
const FRAGMENTS = ['一、总体情况\n', '## 二、主动公开政府信息情况\n', '| 1 | 2 |\n', '\t', '\r\n', '\n\n', '。', '，其中', '142件', '１２３', '2023年1月31日', '\ufeff', '\u0000', '<script>', '**', '其中：行政许可3件、行政处罚5件。', '|'];

function position(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

const strip = (ds: Diagnostic[]) => ds.map((d) => ({ ...d, data: { ...(d.data as object), version: 0 } }));

describe('language server under stress', function () {
  this.timeout(120_000);

  it(`survives ${EDITS.toLocaleString('en-US')} random edits and ends where a fresh check ends`, async () => {
    const lsp = await startLsp();
    const random = seededRandom(20261123);
    let text = corpusText('seeds/001_4d29bfef72dd56db.txt');
    await lsp.open(URI, text);
    let version = 1;
    for (let i = 0; i < EDITS; i++) {
      const a = Math.floor(random() * (text.length + 1));
      const kind = random();
      let b = a;
      let insert = '';
      if (kind < 0.45) insert = nth(FRAGMENTS, Math.floor(random() * FRAGMENTS.length));
      else if (kind < 0.8) b = Math.min(text.length, a + Math.floor(random() * 30));
      else { b = Math.min(text.length, a + Math.floor(random() * 10)); insert = text.slice(Math.floor(random() * text.length)).slice(0, 40); }
      const range = { start: position(text, a), end: position(text, b) };
      text = text.slice(0, a) + insert + text.slice(b);
      version++;
      await lsp.client.sendNotification('textDocument/didChange', { textDocument: { uri: URI, version }, contentChanges: [{ range, text: insert }] });
      if (text.length > 60_000) {
        // Keep the document report-sized: replace it as a whole, as a paste would.
        text = corpusText('seeds/003_9748fcd70a0b9bbf.txt');
        version++;
        await lsp.client.sendNotification('textDocument/didChange', { textDocument: { uri: URI, version }, contentChanges: [{ text }] });
      }
      if (i % 100 === 99) {
        const at = position(text, Math.floor(random() * (text.length + 1)));
        const [ds] = await Promise.all([
          lsp.diagnostics(URI),
          lsp.request('textDocument/hover', { textDocument: { uri: URI }, position: at }),
          lsp.request('textDocument/codeLens', { textDocument: { uri: URI } }),
          lsp.request('textDocument/documentSymbol', { textDocument: { uri: URI } }),
          lsp.request('textDocument/completion', { textDocument: { uri: URI }, position: at }),
          lsp.request('textDocument/foldingRange', { textDocument: { uri: URI } }),
        ]);
        for (const d of ds) assert.ok(d.range.start.line >= 0 && d.range.end.line <= text.split('\n').length, 'diagnostic outside the document');
      }
    }
    const final = strip(await lsp.diagnostics(URI));
    const fresh = await startLsp();
    await fresh.open(URI, text);
    assert.deepEqual(final, strip(await fresh.diagnostics(URI)));
    lsp.dispose();
    fresh.dispose();
  });

});

describe('language server: documents it does not check', function () {
  this.timeout(120_000);

  it('a 10 MB document gets one notice instead of a check', async () => {
    const lsp = await startLsp();
    const report = corpusText('seeds/001_4d29bfef72dd56db.txt');
    const huge = report.repeat(Math.ceil((10 * 1024 * 1024) / Buffer.byteLength(report)));
    await lsp.open(URI, huge);
    const ds = await lsp.diagnostics(URI);
    assert.equal(ds.length, 1);
    assert.equal(nth(ds, 0).code, 'runner/not-checked');
    assert.match(nth(ds, 0).message as string, /文档过大（[\d,]+字符），超过编辑器内检查的上限（500,000字符），未检查/);
    assert.equal(await lsp.request('textDocument/hover', { textDocument: { uri: URI }, position: { line: 3, character: 2 } }), null);
    lsp.dispose();
  });

  it('a binary document gets one notice; a large non-report stays quiet', async () => {
    const lsp = await startLsp();
    const binary = 'PK\u0003\u0004\u0014\u0000\u0006\u0000' + '\u0000\u0001\u0002'.repeat(5000);
    await lsp.open('file:///work/reports/x.txt', binary, 'plaintext');
    const ds = await lsp.diagnostics('file:///work/reports/x.txt');
    assert.deepEqual(ds.map((d) => d.code), ['runner/not-checked']);
    assert.match(nth(ds, 0).message as string, /二进制内容/);
    await lsp.open('file:///work/log.md', '# 日志\n\n'.concat('普通的一行文字。\n'.repeat(80_000)));
    assert.deepEqual(await lsp.diagnostics('file:///work/log.md'), []);
    lsp.dispose();
  });
});
