import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { messageText, startLsp } from './harness';

/**
 * A rule pack named by the workspace's .govreportrc.json, over the protocol with the real server:
 * it applies to the documents, its problems are published on the pack file (the problems of naming
 * it on the rc file), and Restricted Mode applies neither.
 */
const DRAFT = readFileSync(join(__dirname, '..', 'fixtures', 'editor', 'draft-2021.md'), 'utf8');
const URI = 'file:///work/reports/draft.md';
const RC = '/work/.govreportrc.json';
const RC_URI = 'file:///work/.govreportrc.json';
const PACK = '/work/packs/市.govreport-pack.json';
const PACK_URI = 'file:///work/packs/%E5%B8%82.govreport-pack.json';
// A phrase the draft does not contain, anywhere: one content/required-phrase finding at the title.
const PACK_TEXT = '{\n  "name": "某市",\n  "phrases": [{ "anyOf": ["本地要求的一句话"] }],\n  "colour": "red"\n}\n';
const RC_TEXT = '{ "pack": "packs/市.govreport-pack.json" }';

describe('rule packs in the editor: a valid pack', () => {
  it('applies the pack to documents and publishes its problems on the pack file, at the key', async () => {
    const lsp = await startLsp({ folders: ['/work'], files: { [RC]: RC_TEXT, [PACK]: PACK_TEXT } });
    try {
      const onPack = lsp.nextPublish(PACK_URI);
      await lsp.open(URI, DRAFT);
      const found = (await lsp.diagnostics(URI)).filter((d) => d.code === 'content/required-phrase');
      assert.equal(found.length, 1);
      assert.match(found[0] ? messageText(found[0]) : '', /没有写到「本地要求的一句话」.*（规则包「某市」）/);
      const problems = await onPack;
      assert.deepEqual(problems.map((d) => [d.severity, d.range.start.line, d.range.start.character, d.message]), [
        [2, 3, 2, '未知的项「colour」，已忽略（可用的项：name、description、deadlines、partOne、phrases、rules）。'],
      ]);
      // The pack fixed on disk: its problems are cleared and the documents are checked again.
      const cleared = lsp.nextPublish(PACK_URI);
      const refreshed = lsp.nextRefresh();
      await lsp.writeFile(PACK, '{ "name": "某市" }');
      await refreshed;
      assert.ok(!(await lsp.diagnostics(URI)).some((d) => d.code === 'content/required-phrase'));
      assert.deepEqual(await cleared, []);
    } finally {
      lsp.dispose();
    }
  });
});

describe('rule packs in the editor: a broken pack', () => {
  it('a pack that is not JSON is an error at its line and column; one outside the workspace is a problem on the rc', async () => {
    const lsp = await startLsp({ folders: ['/work'], files: { [RC]: RC_TEXT, [PACK]: '{\n  "name": "某市",\n  "phrases": [\n}\n' } });
    try {
      const onPack = lsp.nextPublish(PACK_URI);
      await lsp.open(URI, DRAFT);
      await lsp.diagnostics(URI);
      const [broken] = await onPack;
      assert.equal(broken?.severity, 1);
      assert.deepEqual(broken.range.start, { line: 3, character: 0 });
      assert.match(messageText(broken), /^规则包不是有效的 JSON（第 4 行第 1 列），整个文件未被采用：/);

      const refreshed = lsp.nextRefresh();
      await lsp.writeFile(RC, '{\n  "pack": "../etc/p.json"\n}\n');
      await refreshed;
      // The options are pulled again with the diagnostics: the rc's problems, its pack's included, are published by then.
      await lsp.diagnostics(URI);
      const rc = lsp.published.get(RC_URI) ?? [];
      assert.deepEqual(rc.map((d) => [d.range.start.line, d.range.start.character, d.message]), [
        [1, 2, '「pack」指向的规则包 "../etc/p.json" 在工作区（命令行为所给文件夹或仓库根目录）之外，未被采用。'],
      ]);
    } finally {
      lsp.dispose();
    }
  });
});

describe('rule packs in the editor: Restricted Mode', () => {
  it('Restricted Mode: the pack is not applied and nothing of it is read or published', async () => {
    const lsp = await startLsp({ folders: ['/work'], files: { [RC]: RC_TEXT, [PACK]: PACK_TEXT }, initializationOptions: { workspaceTrusted: false } });
    try {
      await lsp.open(URI, DRAFT);
      assert.ok(!(await lsp.diagnostics(URI)).some((d) => d.code === 'content/required-phrase'));
      assert.equal(lsp.messages.filter((m) => m.startsWith('受限模式') && m.includes('规则包')).length, 1);
      assert.ok(!lsp.published.has(PACK_URI));
      const refreshed = lsp.nextRefresh();
      await lsp.client.sendNotification('govreport/workspaceTrusted');
      await refreshed;
      assert.ok((await lsp.diagnostics(URI)).some((d) => d.code === 'content/required-phrase'), 'trusted, the pack applies');
    } finally {
      lsp.dispose();
    }
  });
});

describe('rule packs in the editor: naming another pack', () => {
  const OTHER = '/work/local/本市要求.json';
  const OTHER_TEXT = '{ "name": "本市", "phrases": [{ "anyOf": ["另一句本地要求"] }] }';

  it('clears the problems of a pack no rc names any more, and watches a pack the client does not watch by its name', async () => {
    const lsp = await startLsp({ folders: ['/work'], files: { [RC]: RC_TEXT, [PACK]: PACK_TEXT, [OTHER]: OTHER_TEXT } });
    try {
      const onPack = lsp.nextPublish(PACK_URI);
      await lsp.open(URI, DRAFT);
      await lsp.diagnostics(URI);
      assert.equal((await onPack).length, 1, 'the unknown key "colour"');
      const watchers = () => lsp.registrations.filter((r) => r.method === 'workspace/didChangeWatchedFiles');
      assert.deepEqual(watchers(), [], 'a *.govreport-pack.json is watched by the client already');

      const cleared = lsp.nextPublish(PACK_URI);
      const refreshed = lsp.nextRefresh();
      await lsp.writeFile(RC, '{ "pack": "local/本市要求.json" }');
      await refreshed;
      const found = (await lsp.diagnostics(URI)).filter((d) => d.code === 'content/required-phrase');
      assert.deepEqual(found.map((d) => /「(.*?)」/.exec(messageText(d))?.[1]), ['另一句本地要求']);
      assert.deepEqual(await cleared, [], 'the old pack no longer applies: nothing stays on it');
      assert.deepEqual(watchers().map((r) => r.registerOptions), [{ watchers: [{ globPattern: { baseUri: 'file:///work/local', pattern: '本市要求.json' } }] }]);

      // Changed on disk, the new pack applies at once.
      const again = lsp.nextRefresh();
      await lsp.writeFile(OTHER, '{ "name": "本市" }');
      await again;
      assert.ok(!(await lsp.diagnostics(URI)).some((d) => d.code === 'content/required-phrase'));
    } finally {
      lsp.dispose();
    }
  });
});
