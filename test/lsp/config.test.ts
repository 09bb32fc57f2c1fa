import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rcDiagnostics } from '../../server/src/service/config-diagnostics';
import { messageText, startLsp } from './harness';
import { nth } from '../support/nth';

/** Problems of .govreportrc.json and of the govreport.* settings, as the editor shows them. */
const DRAFT = readFileSync(join(__dirname, '..', 'fixtures', 'editor', 'draft-2021.md'), 'utf8');
const URI = 'file:///work/reports/draft.md';
const RC = '/work/.govreportrc.json';
const RC_URI = 'file:///work/.govreportrc.json';

describe('configuration problems in the editor', () => {
  it('places each problem of a .govreportrc.json: JSON error at its line and column, unknown names on their key', () => {
    const broken = rcDiagnostics('{\n  "rules": {\n    "structure/missing-part": "off",\n  }\n}\n');
    assert.equal(broken.length, 1);
    assert.equal(nth(broken, 0).severity, 1);
    assert.match(messageText(nth(broken, 0)), /^\.govreportrc\.json 不是有效的 JSON（第 4 行第 3 列），整个文件未被采用：/);
    assert.deepEqual(nth(broken, 0).range.start, { line: 3, character: 2 });
    const unknown = rcDiagnostics('{\n  "rule": {},\n  "rules": { "structure/missing-prat": "off", "cross-year/in-force": "loud" }\n}\n');
    assert.deepEqual(unknown.map((d) => [d.severity, d.range.start.line, d.range.start.character, d.message]), [
      [2, 1, 2, '未知选项「rule」，已忽略（可用的选项：enable、era、level、locale、rules、files、office、run、focusMode、pack）。'],
      [2, 2, 13, '未知规则「structure/missing-prat」。'],
      [2, 2, 46, '规则「cross-year/in-force」的级别只能是 off、info、warning 或 error。'],
    ]);
    assert.deepEqual(rcDiagnostics('{ "$schema": "./schemas/govreportrc.schema.json", "rules": { "cross-year/carried-over": "error" } }'), []);
    assert.match(messageText(nth(rcDiagnostics('[1]'), 0)), /应为一个 JSON 对象/);
  });

  it('publishes them on the rc file when a document uses it, applies the rest, and clears them once fixed', async () => {
    const lsp = await startLsp({ folders: ['/work'], files: { [RC]: '{ "rules": { "structure/heading-variant": "off", "structure/no-such-rule": "off" } }' } });
    const published = lsp.nextPublish(RC_URI);
    await lsp.open(URI, DRAFT);
    const codes = (await lsp.diagnostics(URI)).map((d) => d.code);
    assert.ok(!codes.includes('structure/heading-variant'), 'the valid part of the file applies');
    const ds = await published;
    assert.deepEqual(ds.map((d) => [d.message, d.source, d.severity]), [['未知规则「structure/no-such-rule」。', 'govreport', 2]]);
    const cleared = lsp.nextPublish(RC_URI);
    const refreshed = lsp.nextRefresh();
    await lsp.writeFile(RC, '{ "rules": { "structure/heading-variant": "off" } }');
    assert.deepEqual(await cleared, []);
    await refreshed;
    lsp.dispose();
  });

  it('an rc file that is not JSON is an error on that file and is not used at all', async () => {
    const lsp = await startLsp({ folders: ['/work'], files: { [RC]: '{ "rules": { "structure/heading-variant": "off", } ' } });
    const published = lsp.nextPublish(RC_URI);
    await lsp.open(URI, DRAFT);
    assert.ok((await lsp.diagnostics(URI)).some((d) => d.code === 'structure/heading-variant'));
    const [d] = await published;
    assert.ok(d);
    assert.equal(d.severity, 1);
    assert.match(messageText(d), /不是有效的 JSON（第 1 行第 \d+ 列），整个文件未被采用/);
    lsp.dispose();
  });

  it('shows a warning once for a wrong VS Code setting', async () => {
    const lsp = await startLsp({ settings: { era: '2020', rules: { 'structure/missing-part': 'loud' } } });
    await lsp.open(URI, DRAFT);
    await lsp.diagnostics(URI);
    await lsp.open('file:///work/other.md', DRAFT);
    await lsp.diagnostics('file:///work/other.md');
    assert.deepEqual(lsp.messages, [
      '政府信息公开年报助手设置（govreport.*）：era 只能是 auto、2007、2019 或 2021，收到 "2020"。',
      '政府信息公开年报助手设置（govreport.*）：规则「structure/missing-part」的级别只能是 off、info、warning 或 error。',
    ]);
    lsp.dispose();
  });
});
