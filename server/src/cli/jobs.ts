import { isPlanned } from './plan';
import type { Plan } from './plan';

/** How many threads check the files: `--jobs N`, or `'auto'` (decided from the run). */
export type Jobs = number | 'auto';

/** Worker threads never outnumber this, whatever --jobs asks: each holds its own heap (memory) and the main thread still orders, pairs and prints. */
export const MAX_JOBS = 16;

/**
 * Where `auto` switches to worker threads (docs/performance.md, "Worker threads"). On 2 cores the
 * workers were never faster: 1.44 × the time of one thread at 100 reports, 1.39 × at 1,000, 0.99 ×
 * at 10,000 (53 MB), since the two workers share the cores with the main thread, which orders,
 * pairs and prints. So workers need a core each beside the main thread's (3 cores or more), and a
 * run large enough to repay their start: half the size at which they broke even on 2 cores.
 */
const AUTO_MIN_CORES = 3;
const AUTO_MIN_FILES = 5000;
const AUTO_MIN_BYTES = 25 * 1024 * 1024;

/**
 * The threads for a run. `--jobs N` is taken as asked (at most MAX_JOBS, at most one per file); `auto`
 * uses workers only where they help (above), then one per core but the main thread's.
 */
export function jobCount(jobs: Jobs, plan: Plan, cores: number): number {
  const files = plan.filter(isPlanned);
  if (jobs !== 'auto') return Math.max(1, Math.min(jobs, MAX_JOBS, files.length));
  if (cores < AUTO_MIN_CORES || files.length < AUTO_MIN_FILES) return 1;
  const bytes = files.reduce((sum, f) => sum + f.size, 0);
  return bytes < AUTO_MIN_BYTES ? 1 : Math.min(cores - 1, MAX_JOBS);
}
