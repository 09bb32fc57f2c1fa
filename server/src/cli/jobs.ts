import { isPlanned } from './plan';
import type { Plan } from './plan';

/** How many threads check the files: `--jobs N`, or `'auto'` (jobs.ts decides from the run). */
export type Jobs = number | 'auto';

/** Worker threads never outnumber this, whatever --jobs asks: each holds its own heap (memory) and the main thread still orders, pairs and prints. */
export const MAX_JOBS = 16;

/**
 * The threads for a run. `--jobs N` is taken as asked (at most MAX_JOBS, at most one per file); `auto`
 * uses workers only where they were measured to help (docs/performance.md, "Worker threads"):
 * at least AUTO_MIN_FILES files and AUTO_MIN_BYTES of them, and a spare core; then one worker
 * per core.
 */
export function jobCount(jobs: Jobs, plan: Plan, cores: number): number {
  const files = plan.filter(isPlanned);
  if (jobs !== 'auto') return Math.max(1, Math.min(jobs, MAX_JOBS, files.length));
  if (cores < AUTO_MIN_CORES || files.length < AUTO_MIN_FILES) return 1;
  const bytes = files.reduce((sum, f) => sum + f.size, 0);
  return bytes < AUTO_MIN_BYTES ? 1 : Math.min(cores, MAX_JOBS, files.length);
}

/** Measured thresholds (docs/performance.md). */
const AUTO_MIN_CORES = 3;
const AUTO_MIN_FILES = 2000;
const AUTO_MIN_BYTES = 20 * 1024 * 1024;
