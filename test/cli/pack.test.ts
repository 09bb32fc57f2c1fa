import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../server/src/cli/main';
import { corpusText } from '../support/check';
import { memoryIO } from '../support/memory-io';
import { nth } from '../support/nth';

/**
 * `govreport check` with a .govreportrc.json that names a rule pack (docs/rule-packs.md). page-017
 * (浑南区民族和宗教事务局, 2021) has a part 一 of four short lines without 政务公开工作要点 and a
 * part 六 on fees only: the example pack finds both.
 */
const ROOT = join(__dirname, '..', '..');
const EXAMPLE_PACK = readFileSync(join(ROOT, 'examples', 'packs', '示例市.govreport-pack.json'), 'utf8');
const REPORT = corpusText('real/pages/017.txt');
const RC = JSON.stringify({ pack: 'packs/示例市.govreport-pack.json' });
const findings = (io: { out(): string }) => nth((JSON.parse(io.out()) as { files: { findings: { rule: string; message: string }[] }[] }).files, 0).findings;

describe('govreport check: a rule pack named by .govreportrc.json', () => {
  it('applies the pack the rc names (relative to the rc file)', async () => {
    const io = { ...memoryIO({ '/w/.govreportrc.json': RC, '/w/packs/示例市.govreport-pack.json': EXAMPLE_PACK, 'r/a.txt': REPORT }), cwd: '/w' };
    await main(['check', '--format', 'json', 'r/a.txt'], io);
    assert.equal(io.err(), '');
    const local = findings(io).filter((f) => f.rule === 'content/required-phrase' || f.rule === 'content/part-one-length');
    assert.equal(local.length, 3);
    assert.ok(local.every((f) => f.message.includes('（规则包「示例市年报编制要求」）')));
  });

  it('checks without a pack that is not JSON, says where it breaks under the pack’s path, and exits with 2', async () => {
    const io = { ...memoryIO({ '/w/.govreportrc.json': RC, '/w/packs/示例市.govreport-pack.json': '{\n  "partOne": { "minChars": 800 }\n  "phrases": []\n}\n', 'a.txt': REPORT }), cwd: '/w' };
    assert.equal(await main(['check', '--format', 'json', 'a.txt'], io), 2);
    assert.match(io.err(), /^govreport：配置文件 \/w\/packs\/示例市\.govreport-pack\.json：规则包不是有效的 JSON（第 3 行第 3 列），整个文件未被采用：/);
    assert.ok(!findings(io).some((f) => f.rule === 'content/part-one-length'), 'nothing of the pack applies');
  });

  it('refuses a pack outside the folder it was run in, saying so on the rc', async () => {
    const io = { ...memoryIO({ '/w/.govreportrc.json': JSON.stringify({ pack: '../elsewhere/p.json' }), '/elsewhere/p.json': EXAMPLE_PACK, 'a.txt': REPORT }), cwd: '/w' };
    await main(['check', '--format', 'json', 'a.txt'], io);
    assert.equal(io.err(), 'govreport：配置文件 /w/.govreportrc.json：「pack」指向的规则包 "../elsewhere/p.json" 在工作区（命令行为所给文件夹或仓库根目录）之外，未被采用。\n');
    assert.ok(!findings(io).some((f) => f.rule === 'content/required-phrase'));
  });

  describe('on disk: the pack is read by the safe reader', function () {
    this.timeout(120_000);
    let ws = '';
    before(function () {
      if (process.platform === 'win32') this.skip();
      execFileSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT });
      ws = mkdtempSync(join(tmpdir(), 'govreport-pack-'));
      writeFileSync(join(ws, 'a.txt'), REPORT);
    });
    after(() => {
      if (ws !== '') rmSync(ws, { recursive: true, force: true });
    });
    const run = (pack: string) => {
      writeFileSync(join(ws, '.govreportrc.json'), JSON.stringify({ pack }));
      return spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'check', 'a.txt'], { cwd: ws, encoding: 'utf8', timeout: 60_000 });
    };

    it('a FIFO named as the pack is skipped, never waited on', () => {
      execFileSync('mkfifo', [join(ws, 'fifo.json')]);
      const r = run('fifo.json');
      assert.equal(r.signal, null, 'the CLI did not finish in 60 s');
      assert.match(r.stderr, /配置文件 .*\.govreportrc\.json：「pack」指向的规则包 "fifo\.json" 未被采用：已跳过：不是普通文件，而是命名管道（FIFO）/);
      assert.match(r.stdout, /a\.txt/);
    });

    it('a huge pack is not read', () => {
      writeFileSync(join(ws, 'huge.json'), '');
      truncateSync(join(ws, 'huge.json'), 50 * 1024 * 1024);
      const r = run('huge.json');
      assert.match(r.stderr, /「pack」指向的规则包 "huge\.json" 未被采用：已跳过：文件过大/);
    });
  });
});
