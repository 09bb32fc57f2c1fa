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

/**
 * Checks the plan's files in worker threads (worker.ts) and gives the same results in the same
 * order as checking them in this thread: replies are taken in the run's order, the configuration
 * problems and rule failures said in it, and the pairing keys fed to the same CrossYearStream;
 * the workers compare the pairs. A worker that crashes or times out on a file gives that file a
 * failure (exit code 2), and the run goes on.
 */
export async function checkPooled(run: PooledRun): Promise<FileResult[]> {
  const { plan, settings, io, config, listener, workers } = run;
  const { locale } = settings;
  const setup: WorkerSetup = {
    settings: { era: settings.era, level: settings.level, locale, previous: settings.previous },
    cwd: io.cwd, facts: listener.onFacts !== undefined,
  };
  const pool = new WorkerPool<WorkerJob, FileReply | PairReply>(workers.script, workers.count, setup, workers.timeoutMs ?? FILE_TIMEOUT_MS);
  const failure = (outcome: Extract<JobOutcome<unknown>, { ok: false }>): string => outcome.reason === 'timeout'
    ? formatMessage(locale, 'cli/worker-timeout', { seconds: Math.round((workers.timeoutMs ?? FILE_TIMEOUT_MS) / 1000) })
    : formatMessage(locale, 'cli/worker-crashed', { detail: outcome.detail });
  const refOf = (index: number): FileRef | undefined => {
    const p = plan[index];
    return p && isPlanned(p) ? { index, path: p.path, fromFolder: p.fromFolder, given: p.given } : undefined;
  };
  const results: FileResult[] = [];
  const compared: Promise<void>[] = [];
  const comparePair = async (current: number, previous: number | 'given'): Promise<void> => {
    const currentRef = refOf(current);
    const previousRef = previous === 'given' ? 'given' : refOf(previous);
    if (!currentRef || !previousRef) return;
    const outcome = await pool.run({ kind: 'pair', current: currentRef, previous: previousRef });
    const before = results[current];
    if (!before) return;
    if (!outcome.ok) {
      results[current] = { ...before, failure: failure(outcome) };
      return;
    }
    const reply: PairReply = outcome.reply;
    if (!reply.result) return;
    results[current] = fromPlain(reply.result);
    if (reply.facts) listener.onFacts?.(current, reply.facts);
  };
  const pairing = new CrossYearStream(
    (current, previous) => { compared.push(comparePair(current, previous)); return Promise.resolve(); },
    run.previousModel ? pairingKeyOf(run.previousModel) : undefined,
  );
  const sent = new Map<number, Promise<JobOutcome<FileReply | PairReply>>>();
  let next = 0;
  const ahead = workers.count * AHEAD_PER_WORKER;
  try {
    for (const [k, p] of plan.entries()) {
      for (; next < plan.length && next <= k + ahead; next++) {
        const ref = refOf(next);
        if (ref) sent.set(next, pool.run({ kind: 'file', file: ref }));
      }
      const outcome = sent.get(k);
      sent.delete(k);
      if (!isPlanned(p)) {
        results.push(p);
      } else if (outcome) {
        const done = await outcome;
        if (!done.ok) {
          results.push({ path: p.path, findings: [], failure: failure(done) });
        } else {
          const reply = done.reply as FileReply;
          const result = fromPlain(reply.result);
          sayNotes({ result, rc: reply.rc }, config, io, locale);
          results.push(result);
          if (reply.facts) listener.onFacts?.(k, reply.facts);
          if (reply.key) await pairing.add(k, reply.key);
        }
      }
      listener.onFile?.(k + 1, plan.length, p.path);
    }
    await pairing.end();
    await Promise.all(compared);
  } finally {
    await pool.close();
  }
  return results;
}
