import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpusReports, cyclic, table, typicalReport } from './reports';

/**
 * The CLI's cost per report against the number of reports (issue 17): `govreport check` on 1,000
 * and on 10,000 reports, in one run, alternating, with the peak memory of the process. The folder
 * is an office's: the corpus reports and the typical report in turn, 50 per sub-folder, and one
 * unit in ten with two consecutive years side by side (the real cross-year fixtures, renamed per
 * unit), so the pairing and its findings are part of the work.
 */
const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const YEARS = join(ROOT, 'test', 'fixtures', 'cross-year');

export function makeFolder(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'govreport-scale-'));
  const texts = [...corpusReports().filter((r) => !r.name.endsWith('.html')).map((r) => r.text), typicalReport()];
  const [y2025, y2026] = ['city-2025.txt', 'city-2026.txt'].map((n) => readFileSync(join(YEARS, n), 'utf8'));
  for (let i = 0; i < count; i++) {
    const sub = join(dir, `batch-${String(Math.floor(i / 50)).padStart(3, '0')}`);
    mkdirSync(sub, { recursive: true });
    const name = `report-${String(i).padStart(5, '0')}`;
    if (i % 20 === 0 && y2025 !== undefined && y2026 !== undefined) {
      // One unit, two years: the 2026 report's carried-over row is the 2025 report's carry-over (or not, one in two).
      const unit = (t: string) => t.replaceAll('测试市', `测试市第${i}区`);
      writeFileSync(join(sub, `${name}-2025.txt`), unit(y2025));
      writeFileSync(join(sub, `${name}-2026.txt`), unit(i % 40 === 0 ? y2026.replace('| 783 |', '| 780 |') : y2026));
      i++;
      continue;
    }
    writeFileSync(join(sub, `${name}.txt`), cyclic(texts, i));
  }
  return dir;
}

/** Runs the built CLI; wall seconds and the process's peak RSS (MB, from its own resource usage at exit). */
export function runCli(args: readonly string[], env: NodeJS.ProcessEnv = {}): { seconds: number; peakMb: number; status: number | null; stdout: string } {
  const probe = join(tmpdir(), 'govreport-bench-peak.js');
  writeFileSync(probe, "process.on('exit',()=>{process.stderr.write(`\\nPEAK_RSS_KB=${process.resourceUsage().maxRSS}\\n`)})");
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--require', probe, CLI, ...args], { encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, ...env } });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.error) throw r.error;
  const peak = Number(/PEAK_RSS_KB=(\d+)/.exec(r.stderr)?.[1] ?? NaN);
  return { seconds, peakMb: peak / 1024, status: r.status, stdout: r.stdout };
}

export function benchFolders(quick: boolean): void {
  const sizes = [1000, 10_000];
  const dirs = sizes.map((n) => makeFolder(n));
  try {
    const runs = quick ? 1 : 2;
    const seconds: number[][] = sizes.map(() => []);
    const peaks: number[][] = sizes.map(() => []);
    for (let k = 0; k < runs; k++) {
      for (const [s, dir] of dirs.entries()) {
        const r = runCli(['check', '--format', 'json', dir]);
        seconds[s]?.push(r.seconds);
        peaks[s]?.push(r.peakMb);
      }
    }
    const best = (xs: readonly number[] | undefined) => Math.min(...(xs ?? []));
    const rows = sizes.map((n, s) => [`govreport check --format json, ${n.toLocaleString('en-US')} reports`, (seconds[s] ?? []).map((x) => x.toFixed(1)).join(' / '), (peaks[s] ?? []).map((x) => x.toFixed(0)).join(' / ')]);
    const ratio = best(seconds[1]) / best(seconds[0]);
    rows.push(['10,000 / 1,000 (best of each; target ≤ 10.5)', ratio.toFixed(2), '']);
    table(`CLI against the number of reports (runs alternating; load ${loadAverage()})`, ['command', 'seconds per run', 'peak RSS MB (target < 300)'], rows);
    console.log(`  ${ratio <= 10.5 ? 'met' : 'NOT met'}: 10,000 reports ${ratio.toFixed(2)} × 1,000; peak ${best(peaks[1]).toFixed(0)} MB ${best(peaks[1]) < 300 ? '< 300 MB (met)' : '≥ 300 MB (NOT met)'}`);
  } finally {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  }
}

export function loadAverage(): string {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    return '?';
  }
}

if (require.main === module) benchFolders(process.argv.includes('--quick'));
