import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

describe('the built govreport bin', () => {
  before(function () {
    this.timeout(60000);
    execFileSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT });
  });

  it('checks the bundled examples: errors only in the example with mistakes', () => {
    const run = spawnSync(process.execPath, ['dist/cli.js', 'check', '--format', 'json', 'examples'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(run.status, 1, run.stderr);
    const { files } = JSON.parse(run.stdout) as { files: { path: string; findings: { severity: string }[] }[] };
    const withErrors = files.filter((f) => f.findings.some((x) => x.severity === 'error')).map((f) => f.path);
    assert.deepEqual(withErrors, ['examples/2022-示例镇-常见错误.md']);
  });

  it('prints the version and exits 2 on an unreadable path', () => {
    assert.match(execFileSync(process.execPath, ['dist/cli.js', '--version'], { cwd: ROOT, encoding: 'utf8' }), /^\d+\.\d+\.\d+/);
    const run = spawnSync(process.execPath, ['dist/cli.js', 'check', 'no/such/file.md'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(run.status, 2);
    assert.match(run.stdout, /文件不存在/);
  });

  it('writes the same JSON to a pipe whose reader is slow as to a file', async function () {
    this.timeout(60000);
    // 40 reports: about 200 KB of JSON, more than a pipe holds, so the CLI has to wait for its reader.
    const dir = mkdtempSync(join(tmpdir(), 'govreport-pipe-'));
    try {
      for (let k = 0; k < 40; k++) copyFileSync(join(ROOT, 'examples', '2022-示例镇-常见错误.md'), join(dir, `${String(k).padStart(2, '0')}.md`));
      const args = ['dist/cli.js', 'check', '--format', 'json', dir];
      const file = join(dir, 'out.json');
      const fd = openSync(file, 'w');
      spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', fd, 'ignore'] });
      closeSync(fd);
      const toFile = readFileSync(file, 'utf8');
      const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] });
      child.stdout.pause();
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const chunks: Buffer[] = [];
      child.stdout.on('data', (c: Buffer) => chunks.push(c));
      child.stdout.resume();
      const status = await new Promise((resolve) => child.on('close', resolve));
      assert.equal(status, 1);
      assert.ok(toFile.length > 150_000, String(toFile.length));
      assert.equal(Buffer.concat(chunks).toString('utf8'), toFile);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
