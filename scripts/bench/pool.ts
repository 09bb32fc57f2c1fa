import { availableParallelism } from 'node:os';
import { rmSync } from 'node:fs';
import { loadAverage, makeFolder, runCli } from './folders';
import { table } from './reports';
import { folderBytes } from './folder-bytes';

/**
 * The CLI's worker threads (issue 17: "uses more than one core when that helps; measure first"):
 * `govreport check --format json` on 100, 1,000 and 10,000 reports of the office folder
 * (folders.ts) with `--jobs 1` and `--jobs 2`, runs alternating, best of each, with the peak RSS of
 * the whole process (workers included) and the load average (the machine may be shared). The
 * ratio jobs 2 / jobs 1 below 1 means the workers help; cli/jobs.ts's `auto` rule follows these
 * figures (docs/performance.md, "Worker threads").
 */
export function benchPool(quick: boolean): void {
  const sizes = quick ? [100, 1000] : [100, 1000, 10_000];
  const runs = quick ? 1 : 2;
  const rows: string[][] = [];
  const loads: string[] = [loadAverage()];
  for (const count of sizes) {
    const dir = makeFolder(count);
    try {
      const mb = folderBytes(dir) / 1024 / 1024;
      const seconds: Record<string, number[]> = { 1: [], 2: [] };
      const peaks: Record<string, number[]> = { 1: [], 2: [] };
      for (let k = 0; k < runs; k++) {
        for (const jobs of ['1', '2']) {
          const r = runCli(['check', '--format', 'json', '--jobs', jobs, dir]);
          seconds[jobs]?.push(r.seconds);
          peaks[jobs]?.push(r.peakMb);
        }
      }
      const best = (xs: readonly number[] | undefined) => Math.min(...(xs ?? []));
      const ratio = best(seconds[2]) / best(seconds[1]);
      rows.push([count.toLocaleString('en-US'), mb.toFixed(1), best(seconds[1]).toFixed(2), best(seconds[2]).toFixed(2), ratio.toFixed(2), best(peaks[1]).toFixed(0), best(peaks[2]).toFixed(0)]);
      loads.push(loadAverage());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  table(`CLI worker threads: --jobs 2 against --jobs 1 (best of ${String(runs)}, alternating; ${String(availableParallelism())} cores; load ${loads.join(' → ')})`,
    ['reports', 'MB', 'jobs 1 s', 'jobs 2 s', 'ratio 2/1 (< 1: workers help)', 'peak MB jobs 1', 'peak MB jobs 2 (target < 300)'], rows);
}

if (require.main === module) benchPool(process.argv.includes('--quick'));
