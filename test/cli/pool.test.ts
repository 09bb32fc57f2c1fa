import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../server/src/cli/main';
import type { CliIO } from '../../server/src/cli/main';
import { readRegularFileOrThrow } from '../../server/src/files/safe-read';
import { listFolder, pathKind } from '../../server/src/files/walk';

/**
 * `--jobs`: the files checked in worker threads (dist/cli.js started as a worker, built here) give the same
 * output, byte for byte, as checking them in one thread: text, JSON, SARIF, stderr, exit code and
 * the 校验报告 HTML, on the bundled examples and on a generated office folder (corpus reports,
 * consecutive years of one body, a PDF, a broken .govreportrc.json, a binary and an empty file).
 */
const ROOT = join(__dirname, '..', '..');
const WORKER = join(ROOT, 'dist', 'cli.js');

interface Run { code: number; out: string; err: string; written: Map<string, Uint8Array> }

function realIO(workers?: CliIO['workers']): CliIO & { run(): Omit<Run, 'code'> } {
  let out = '';
  let err = '';
  const written = new Map<string, Uint8Array>();
  return {
    readFile: (path, maxBytes) => readRegularFileOrThrow(path, maxBytes),
    kind: pathKind,
    readDirectory: listFolder,
    joinPath: (a, b) => join(a, b),
    writeOut: (t) => { out += t; },
    writeErr: (t) => { err += t; },
    writeFile: (path, data) => { written.set(path, data); },
    version: '0.0.0-test',
    cwd: ROOT,
    now: () => new Date(2026, 1, 1),
    ...(workers ? { workers } : {}),
    run: () => ({ out, err, written }),
  };
}

async function cli(argv: readonly string[], workers?: CliIO['workers']): Promise<Run> {
  const io = realIO(workers);
  const code = await main(argv, io);
  return { code, ...io.run() };
}

/** A worker script that logs each job's file before the real worker takes it, crashes on `crash-*` and hangs on `hang-*` files. */
function testWorker(dir: string): { script: string; log: string } {
  const log = join(dir, 'jobs.log');
  const script = join(dir, 'worker.js');
  writeFileSync(script, `
const { parentPort } = require('node:worker_threads');
const { appendFileSync } = require('node:fs');
parentPort.on('message', (job) => {
  const path = job.kind === 'file' ? job.file.path : job.current.path;
  appendFileSync(${JSON.stringify(log)}, job.kind + ' ' + path + '\\n');
  if (/crash-/.test(path)) process.exit(3);
  if (/hang-/.test(path)) for (;;);
});
require(${JSON.stringify(WORKER)});
`);
  return { script, log };
}

function makeOfficeFolder(dir: string): void {
  const corpus = join(ROOT, 'test', 'fixtures', 'corpus');
  const texts = readdirSync(corpus).filter((n) => n.endsWith('.txt')).slice(0, 12).map((n) => readFileSync(join(corpus, n), 'utf8'));
  const years = ['city-2024.txt', 'city-2025.txt', 'city-2026.txt'].map((n) => readFileSync(join(ROOT, 'test', 'fixtures', 'cross-year', n), 'utf8'));
  for (let i = 0; i < 90; i++) {
    const sub = join(dir, `batch-${String(Math.floor(i / 30))}`);
    mkdirSync(sub, { recursive: true });
    if (i % 10 === 0) {
      // One unit's consecutive years, side by side, the later one with a carried-over figure that does not follow.
      const unit = (t: string) => t.replaceAll('测试市', `测试市第${String(i)}区`);
      years.forEach((t, y) => { writeFileSync(join(sub, `unit-${String(i).padStart(3, '0')}-${String(2024 + y)}.txt`), unit(y === 2 ? t.replace('| 783 |', '| 780 |') : t)); });
    } else {
      writeFileSync(join(sub, `report-${String(i).padStart(3, '0')}.txt`), texts[i % texts.length] ?? '');
    }
  }
  copyFileSync(join(ROOT, 'test', 'fixtures', 'pdf', 'city-2025-tables.chromium.pdf'), join(dir, 'batch-1', 'city-2025.pdf'));
  for (const e of readdirSync(join(ROOT, 'examples'), { withFileTypes: true }).filter((d) => d.isFile()).map((d) => d.name)) copyFileSync(join(ROOT, 'examples', e), join(dir, 'batch-2', e));
  writeFileSync(join(dir, 'batch-1', '.govreportrc.json'), JSON.stringify({ era: 'auto', unknownOption: true, rules: { 'no/such-rule': 'off' } }));
  writeFileSync(join(dir, 'batch-0', 'binary.md'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]));
  writeFileSync(join(dir, 'batch-0', 'empty.md'), '');
}

/** In the describe that calls it: the CLI built and a temporary folder with an office folder in it, removed after; gives the folder. */
function withOfficeFolder(): () => string {
  let dir = '';
  before(() => {
    execFileSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT });
    dir = mkdtempSync(join(tmpdir(), 'govreport-pool-'));
    makeOfficeFolder(join(dir, 'office'));
  });
  after(() => { rmSync(dir, { recursive: true, force: true }); });
  return () => dir;
}

describe('CLI: worker threads (--jobs): the workers, and a worker that fails', function () {
  this.timeout(120000);
  const folder = withOfficeFolder();

  it('the workers do the work: every file of the run is sent to them', async () => {
    const worker = testWorker(folder());
    const run = await cli(['check', '--jobs', '2', 'examples'], { script: worker.script, cores: 2 });
    assert.equal(run.code, 1, run.err);
    const sent = readFileSync(worker.log, 'utf8').trim().split('\n').sort();
    // The example reports, not the example rule pack's folder (examples/packs holds no report).
    assert.deepEqual(sent, readdirSync(join(ROOT, 'examples'), { withFileTypes: true }).filter((d) => d.isFile()).map((d) => `file ${join('examples', d.name)}`).sort());
  });

  it('a worker that crashes or hangs on a file fails that file (exit 2, in Chinese); the others are checked as before', async () => {
    const worker = testWorker(folder());
    const faulty = join(folder(), 'faulty');
    mkdirSync(faulty);
    for (const e of readdirSync(join(ROOT, 'examples'), { withFileTypes: true }).filter((d) => d.isFile()).map((d) => d.name)) copyFileSync(join(ROOT, 'examples', e), join(faulty, e));
    copyFileSync(join(ROOT, 'examples', '2022-示例镇-常见错误.md'), join(faulty, 'crash-2022.md'));
    copyFileSync(join(ROOT, 'examples', '2022-示例镇-常见错误.md'), join(faulty, 'hang-2022.md'));
    const run = await cli(['check', '--format', 'json', faulty, '--jobs', '2'], { script: worker.script, cores: 2, timeoutMs: 20_000 });
    const alone = await cli(['check', '--format', 'json', faulty, '--jobs', '1']);
    assert.equal(run.code, 2);
    const files = (JSON.parse(run.out) as { files: { path: string; error?: string; findings: unknown[] }[] }).files;
    const byName = new Map(files.map((f) => [f.path.slice(faulty.length + 1), f]));
    assert.match(byName.get('crash-2022.md')?.error ?? '', /工作线程意外退出/);
    assert.match(byName.get('hang-2022.md')?.error ?? '', /超过 20 秒/);
    const expected = (JSON.parse(alone.out) as { files: { path: string }[] }).files.filter((f) => !/crash-|hang-/.test(f.path));
    assert.deepEqual(files.filter((f) => !/crash-|hang-/.test(f.path)), expected);
  });
});

describe('CLI: worker threads (--jobs): the same output as one thread', function () {
  this.timeout(120000);
  const folder = withOfficeFolder();

  for (const format of ['text', 'json', 'sarif']) {
    it(`gives the single-thread output (${format}) on the examples and on an office folder`, async () => {
      for (const paths of [['examples'], [join(folder(), 'office')], ['examples/2023-示例市生态环境局-规范.md', '--previous', 'examples/2022-示例镇-常见错误.md']]) {
        const one = await cli(['check', '--format', format, ...paths, '--jobs', '1'], { script: WORKER, cores: 2 });
        const two = await cli(['check', '--format', format, ...paths, '--jobs', '2'], { script: WORKER, cores: 2 });
        assert.equal(two.out, one.out, paths.join(' '));
        assert.equal(two.err, one.err);
        assert.equal(two.code, one.code);
      }
    });
  }

  it('applies a --pack rule pack in the workers as in one thread', async () => {
    const paths = ['examples', '--pack', 'examples/packs/示例市.govreport-pack.json', '--format', 'json'];
    const one = await cli(['check', ...paths, '--jobs', '1'], { script: WORKER, cores: 2 });
    const two = await cli(['check', ...paths, '--jobs', '2'], { script: WORKER, cores: 2 });
    assert.equal(two.out, one.out);
    assert.match(two.out, /content\/required-phrase/, 'the pack applied');
  });

  it('the office folder really has what must stay the same: cross-year findings, a PDF\'s places, rc problems, failures', async () => {
    const run = await cli(['check', '--format', 'json', join(folder(), 'office'), '--jobs', '2'], { script: WORKER, cores: 2 });
    const { files } = JSON.parse(run.out) as { files: { path: string; error?: string; findings: { rule: string; source?: unknown }[] }[] };
    const carried = files.filter((f) => f.findings.some((x) => x.rule === 'cross-year/carried-over')).map((f) => f.path.slice(folder().length + 1));
    assert.deepEqual(carried, [0, 10, 20, 30, 40, 50, 60, 70, 80].map((i) => join('office', `batch-${String(Math.floor(i / 30))}`, `unit-${String(i).padStart(3, '0')}-2026.txt`)));
    assert.ok(files.some((f) => f.path.endsWith('.pdf') && f.findings.some((x) => x.source !== undefined)));
    assert.match(run.err, /unknownOption/);
    assert.equal(run.code, 2);
    assert.ok(files.some((f) => f.path.endsWith('binary.md') && f.error !== undefined));
  });

  it('gives the single-thread 校验报告 (HTML), byte for byte', async () => {
    const outs = await Promise.all(['1', '2'].map(async (jobs) => {
      const out = join(folder(), `校验报告-${jobs}.html`);
      const run = await cli(['report', join(folder(), 'office'), '--out', out, '--jobs', jobs, '--no-progress'], { script: WORKER, cores: 2 });
      return { run, html: new TextDecoder().decode(run.written.get(out)) };
    }));
    const [one, two] = outs;
    assert.ok(one && two);
    assert.ok(one.html.includes('cross-year/carried-over') || one.html.includes('上年结转'));
    assert.equal(two.html, one.html);
    assert.equal(two.run.code, one.run.code);
  });

});
