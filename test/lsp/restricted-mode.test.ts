import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startLsp } from './harness';

/**
 * Restricted Mode (issue 11): VS Code's client says `workspaceTrusted: false` at initialize when the
 * workspace is not trusted; the server then applies no `.govreportrc.json` of the workspace (rule
 * switches, severities, files patterns) and says so once per file; when the user grants trust, the
 * files apply. Over the protocol, with the real server.
 */
const DRAFT = readFileSync(join(__dirname, '..', 'fixtures', 'editor', 'draft-2021.md'), 'utf8');
const URI = 'file:///work/reports/draft.md';
const RC = '/work/.govreportrc.json';
// Switches off a rule the draft triggers, and names an unknown rule (a problem published on the file when it applies).
const RC_TEXT = '{ "rules": { "structure/heading-variant": "off", "structure/no-such-rule": "off" } }';

describe('Restricted Mode: the workspace .govreportrc.json does not apply', () => {
  it('untrusted: the rc file is not applied and a notice names it; trust granted: it applies', async () => {
    const lsp = await startLsp({ folders: ['/work'], files: { [RC]: RC_TEXT }, initializationOptions: { workspaceTrusted: false } });
    try {
      await lsp.open(URI, DRAFT);
      const untrusted = (await lsp.diagnostics(URI)).map((d) => d.code);
      assert.ok(untrusted.includes('structure/heading-variant'), `the rule the rc file turns off still runs: ${untrusted.join(', ')}`);
      assert.deepEqual(lsp.messages.filter((m) => m.startsWith('受限模式')), [
        '受限模式：此工作区未受信任，未采用 "/work/.govreportrc.json" 中的设置（规则、级别、files 模式、规则包等），只按您自己的设置检查。信任此工作区后即采用。',
      ]);
      assert.ok(!lsp.published.has('file:///work/.govreportrc.json'), 'a file not applied gets no problems published');
      // A second document under the same file: no second notice.
      await lsp.open('file:///work/reports/other.md', DRAFT);
      await lsp.diagnostics('file:///work/reports/other.md');
      assert.equal(lsp.messages.filter((m) => m.startsWith('受限模式')).length, 1);

      const refreshed = lsp.nextRefresh();
      await lsp.client.sendNotification('govreport/workspaceTrusted');
      await refreshed;
      const trusted = (await lsp.diagnostics(URI)).map((d) => d.code);
      assert.ok(!trusted.includes('structure/heading-variant'), `trusted, the rc file applies: ${trusted.join(', ')}`);
    } finally {
      lsp.dispose();
    }
  });

  it('a client that says nothing about trust (other editors) gets the rc file applied', async () => {
    const lsp = await startLsp({ folders: ['/work'], files: { [RC]: RC_TEXT } });
    try {
      await lsp.open(URI, DRAFT);
      assert.ok(!(await lsp.diagnostics(URI)).some((d) => d.code === 'structure/heading-variant'));
      assert.deepEqual(lsp.messages.filter((m) => m.startsWith('受限模式')), []);
    } finally {
      lsp.dispose();
    }
  });
});
