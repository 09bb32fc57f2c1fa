import type { ReportModel } from '../core/model/types';
import { formatMessage } from '../core/i18n/messages';
import type { CheckSettings } from './check-file';
import { sayNotes } from './check-file';
import { CrossYearStream, pairingKeyOf } from './cross-year';
import type { CheckListener, CliIO, ConfigReport } from './main';
import { isPlanned } from './plan';
import type { Plan } from './plan';
import type { FileResult } from './results';
import { WorkerPool } from './worker-pool';
import type { JobOutcome } from './worker-pool';
import { fromPlain } from './worker-protocol';
import type { FileRef, FileReply, PairReply, WorkerJob, WorkerSetup } from './worker-protocol';

/**
 * A file that takes a worker longer than this is given up (the worker is stopped and replaced): a
 * 10 MB text is checked in about 5 s on the loaded 2-core machine and a PDF gives up by itself
 * after 30 s (docs/performance.md), so only a hang or a pathological file reaches it.
 */
export const FILE_TIMEOUT_MS = 120_000;
/** Files sent ahead of the one the run waits for, per worker: enough to keep workers busy, few enough that a pair's files are still in a worker's recent files. */
const AHEAD_PER_WORKER = 4;

export interface PooledRun {
  readonly plan: Plan;
  readonly settings: CheckSettings;
  readonly io: CliIO;
  readonly config: ConfigReport;
  readonly listener: CheckListener;
  readonly previousModel: ReportModel | undefined;
  readonly workers: { readonly script: string; readonly count: number; readonly timeoutMs?: number | undefined };
}

/** The message of a file a worker could not check: it crashed, or took longer than the bound. */
function failureOf(run: PooledRun, outcome: Extract<JobOutcome<unknown>, { ok: false }>): string {
  const { locale } = run.settings;
  return outcome.reason === 'timeout'
    ? formatMessage(locale, 'cli/worker-timeout', { seconds: Math.round((run.workers.timeoutMs ?? FILE_TIMEOUT_MS) / 1000) })
    : formatMessage(locale, 'cli/worker-crashed', { detail: outcome.detail });
}

/** What a worker needs to read the plan's file at `index` (nothing for a file the plan already failed). */
function refOf(plan: Plan, index: number): FileRef | undefined {
  const p = plan[index];
  return p && isPlanned(p) ? { index, path: p.path, fromFolder: p.fromFolder, given: p.given } : undefined;
}

type Pool = WorkerPool<WorkerJob, FileReply | PairReply>;

/**
 * Has a worker compare the report at `current` with its previous year's, and replaces the
 * current report's result with the one that carries the cross-year findings.
 */
async function comparePair(run: PooledRun, pool: Pool, results: FileResult[], current: number, previous: number | 'given'): Promise<void> {
  const currentRef = refOf(run.plan, current);
  const previousRef = previous === 'given' ? 'given' : refOf(run.plan, previous);
  if (!currentRef || !previousRef) return;
  const outcome = await pool.run({ kind: 'pair', current: currentRef, previous: previousRef });
  const before = results[current];
  if (!before) return;
  if (!outcome.ok) {
    results[current] = { ...before, failure: failureOf(run, outcome) };
    return;
  }
  const reply: PairReply = outcome.reply;
  if (!reply.result) return;
  results[current] = fromPlain(reply.result);
  if (reply.facts) run.listener.onFacts?.(current, reply.facts);
}

/** Takes one file's reply into the results in the run's order: its notes said, its facts and pairing key passed on. */
async function takeReply(run: PooledRun, results: FileResult[], pairing: CrossYearStream, k: number, path: string, done: JobOutcome<FileReply | PairReply>): Promise<void> {
  if (!done.ok) {
    results.push({ path, findings: [], failure: failureOf(run, done) });
    return;
  }
  const reply = done.reply as FileReply;
  const result = fromPlain(reply.result);
  sayNotes({ result, rc: reply.rc }, run.config, run.io, run.settings.locale);
  results.push(result);
  if (reply.facts) run.listener.onFacts?.(k, reply.facts);
  if (reply.key) await pairing.add(k, reply.key);
}

/**
 * Checks the plan's files in worker threads (worker.ts) and gives the same results in the same
 * order as checking them in this thread: replies are taken in the run's order, the configuration
 * problems and rule failures said in it, and the pairing keys fed to the same CrossYearStream;
 * the workers compare the pairs. A worker that crashes or times out on a file gives that file a
 * failure (exit code 2), and the run goes on.
 */
export async function checkPooled(run: PooledRun): Promise<FileResult[]> {
  const { plan, settings, io, listener, workers } = run;
  const setup: WorkerSetup = {
    settings: { era: settings.era, level: settings.level, locale: settings.locale, previous: settings.previous, packRules: settings.packRules },
    cwd: io.cwd, facts: listener.onFacts !== undefined,
  };
  const pool: Pool = new WorkerPool<WorkerJob, FileReply | PairReply>(workers.script, workers.count, setup, workers.timeoutMs ?? FILE_TIMEOUT_MS);
  const results: FileResult[] = [];
  const compared: Promise<void>[] = [];
  const pairing = new CrossYearStream(
    (current, previous) => { compared.push(comparePair(run, pool, results, current, previous)); return Promise.resolve(); },
    run.previousModel ? pairingKeyOf(run.previousModel) : undefined,
  );
  const sent = new Map<number, Promise<JobOutcome<FileReply | PairReply>>>();
  let next = 0;
  const ahead = workers.count * AHEAD_PER_WORKER;
  try {
    for (const [k, p] of plan.entries()) {
      // Keep the workers busy: files up to `ahead` past the one the run waits for are sent.
      for (; next < plan.length && next <= k + ahead; next++) {
        const ref = refOf(plan, next);
        if (ref) sent.set(next, pool.run({ kind: 'file', file: ref }));
      }
      const outcome = sent.get(k);
      sent.delete(k);
      if (!isPlanned(p)) results.push(p);
      else if (outcome) await takeReply(run, results, pairing, k, p.path, await outcome);
      listener.onFile?.(k + 1, plan.length, p.path);
    }
    await pairing.end();
    await Promise.all(compared);
  } finally {
    await pool.close();
  }
  return results;
}
