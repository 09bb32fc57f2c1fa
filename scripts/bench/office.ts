import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { checkPaths } from '../../server/src/cli/main';
import type { FileResult } from '../../server/src/cli/results';
import type { Analysis } from '../../server/src/core/analyze';
import { buildOfficeReport } from '../../server/src/core/office/build';
import { unitFacts } from '../../server/src/core/office/facts';
import type { UnitFacts } from '../../server/src/core/office/types';
import { renderHtml } from '../../server/src/office/html';
import { memoryIO } from '../../test/support/memory-io';
import { corpusReports, cyclic, quantile, table, typicalReport } from './reports';

/**
 * The office's 校验报告 (`govreport report`): the built CLI on a folder of 1,000 reports (20
 * sub-folders of 50, the corpus reports and the typical report in turn) to .html, .xlsx and .docx,
 * wall time of the whole process beside `check --format json` on the same folder (the ratio is
 * what the office view adds); the phases in-process; and 10,000 reports for time and peak memory.
 */
const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');
const TIME = '/usr/bin/time';

function texts(): string[] {
  return [...corpusReports().filter((r) => !r.name.endsWith('.html')).map((r) => r.text), typicalReport()];
}

function makeFolder(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'govreport-office-'));
  const all = texts();
  for (let i = 0; i < count; i++) {
    const sub = join(dir, `batch-${String(Math.floor(i / 50)).padStart(3, '0')}`);
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `report-${String(i).padStart(5, '0')}.txt`), cyclic(all, i));
  }
  return dir;
}

/** Wall seconds and peak RSS (MB, when /usr/bin/time is there) of one run of the CLI. */
function run(args: readonly string[]): { seconds: number; mb?: number; status: number | null } {
  const withTime = existsSync(TIME);
  const t0 = process.hrtime.bigint();
  const r = withTime
    ? spawnSync(TIME, ['-f', '%M', process.execPath, CLI, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 })
    : spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.error) throw r.error;
  const kb = withTime ? Number(/(\d+)\s*$/.exec(r.stderr)?.[1]) : NaN;
  return Number.isFinite(kb) ? { seconds, mb: kb / 1024, status: r.status } : { seconds, status: r.status };
}

function median(values: number[]): number {
  return quantile([...values].sort((a, b) => a - b), 0.5);
}

async function phases(): Promise<void> {
  const files: Record<string, string> = {};
  const all = texts();
  for (let i = 0; i < 1000; i++) files[`d/b${Math.floor(i / 50)}/r${i}.txt`] = cyclic(all, i);
  const io = memoryIO(files);
  const rows: string[][] = [];
  const time = <T>(name: string, f: () => T): T => {
    const t0 = process.hrtime.bigint();
    const out = f();
    rows.push([name, (Number(process.hrtime.bigint() - t0) / 1e6).toFixed(0)]);
    return out;
  };
  const t0 = process.hrtime.bigint();
  const kept = new Map<number, { result: FileResult; analysis: Analysis }>();
  await checkPaths(['d'], { locale: 'zh-cn' }, io, { onChecked: (index, result, analysis) => { kept.set(index, { result, analysis }); } });
  rows.push(['check every file (as check, cross-year pairing included)', (Number(process.hrtime.bigint() - t0) / 1e6).toFixed(0)]);
  const units = time('office facts (place, context, fingerprints, sentences)', () => [...kept.values()].map(({ result, analysis }): UnitFacts =>
    unitFacts({ path: result.path, model: analysis.model, findings: result.findings, lines: analysis.model.lines }, 'zh-cn')));
  const report = time('summary model (copying, deadlines, verdicts)', () => buildOfficeReport({ units, options: {}, folders: ['d'], generated: { year: 2026, month: 2, day: 1 }, tool: 'bench', locale: 'zh-cn' }));
  const html = time('HTML rendering', () => renderHtml(report));
  rows.push(['HTML size (KB)', (Buffer.byteLength(html) / 1024).toFixed(0)]);
  table('govreport report phases, 1,000 reports in-process (ms, one run, the bundled core)', ['phase', 'ms'], rows);
}

export async function benchOffice(quick: boolean): Promise<void> {
  await phases();
  const runs = quick ? 1 : 3;
  const dir = makeFolder(1000);
  try {
    const rows: string[][] = [];
    /** Median seconds of `runs` runs, and the table row (memory and exit status of the first run). */
    const measure = (label: string, args: readonly string[]): { seconds: number; row: string[] } => {
      const r = Array.from({ length: runs }, () => run(args));
      const [first] = r;
      if (!first) throw new Error('bench setup: no runs');
      const s = median(r.map((x) => x.seconds));
      const row = [label, s.toFixed(2), first.mb === undefined ? '' : first.mb.toFixed(0), String(first.status)];
      rows.push(row);
      return { seconds: s, row };
    };
    const check = measure('govreport check --format json <folder>', ['check', '--format', 'json', dir]);
    const out = join(dir, '..', `${basename(dir)}-out`);
    mkdirSync(out, { recursive: true });
    for (const ext of ['html', 'xlsx', 'docx']) {
      const { seconds, row } = measure(`govreport report <folder> --out 校验报告.${ext}`, ['report', dir, '--out', join(out, `校验报告.${ext}`), '--no-progress']);
      row.push((seconds / check.seconds).toFixed(2));
    }
    check.row.push('1.00');
    rmSync(out, { recursive: true, force: true });
    table('govreport report on 1,000 reports: wall seconds (median), peak RSS, ratio to check', ['command', 'seconds', 'MB', 'exit', '× check'], rows);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (quick) return;
  const big = makeFolder(10000);
  try {
    const rows: string[][] = [];
    for (const [label, args] of [['check --format json', ['check', '--format', 'json', big]], ['report --out 校验报告.html', ['report', big, '--out', join(big, '校验报告.html'), '--no-progress']]] as const) {
      const r = run(args);
      rows.push([`govreport ${label} <10,000 reports>`, r.seconds.toFixed(1), r.mb === undefined ? '' : r.mb.toFixed(0)]);
    }
    table('10,000 reports: wall seconds, peak RSS', ['command', 'seconds', 'MB'], rows);
  } finally {
    rmSync(big, { recursive: true, force: true });
  }
}
