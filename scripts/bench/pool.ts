import { availableParallelism } from 'node:os';
import { jobCount } from '../../server/src/cli/jobs';
import type { PlannedFile } from '../../server/src/cli/plan';
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
  const verdicts: string[] = [];
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
      verdicts.push(autoVerdict(count, mb, ratio));
      loads.push(loadAverage());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  table(`CLI worker threads: --jobs 2 against --jobs 1 (best of ${String(runs)}, alternating; ${String(availableParallelism())} cores; load ${loads.join(' → ')})`,
    ['reports', 'MB', 'jobs 1 s', 'jobs 2 s', 'ratio 2/1 (< 1: workers help)', 'peak MB jobs 1', 'peak MB jobs 2 (target < 300)'], rows);
  for (const v of verdicts) console.log(`  ${v}`);
}

/**
 * Issue 17's "more than one core when that helps": what `--jobs auto` (cli/jobs.ts) picks for a run of
 * this size on this machine, against what the measurement says would have been faster.
 */
function autoVerdict(count: number, mb: number, ratio: number): string {
  const plan: PlannedFile[] = Array.from({ length: count }, (_, i) => ({ path: String(i), fromFolder: true, size: (mb * 1024 * 1024) / count }));
  const auto = jobCount('auto', plan, availableParallelism());
  const faster = ratio < 1 ? 'worker threads' : 'one thread';
  const picks = auto > 1 ? 'worker threads' : 'one thread';
  return `${picks === faster ? 'met' : 'NOT met'}: ${count.toLocaleString('en-US')} reports on ${String(availableParallelism())} cores: auto picks ${picks} (${String(auto)}), the measurement says ${faster} (ratio ${ratio.toFixed(2)})`;
}

if (require.main === module) benchPool(process.argv.includes('--quick'));
