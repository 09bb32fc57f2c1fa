import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
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
});
