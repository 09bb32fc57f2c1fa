import { Worker } from 'node:worker_threads';
import { CHECK_TIMEOUT_MS } from './analysis-runner';
import { unpackAnalysis } from './analysis-transfer';
import type { PackedAnalysis } from './analysis-transfer';
import type { AnalysisJob, AnalysisOutcome, AnalysisRunner } from './analysis-runner';

/** What the desktop server's worker threads are started with (the mark analysis-worker.ts looks for). */
export const ANALYSIS_WORKER_DATA = { govreport: 'analysis-worker' } as const;

/**
 * At most this many checks run at once: one per document being checked, so that a long check
 * never holds up another document's; beyond it (many documents opened at once) jobs wait in order.
 */
const MAX_WORKERS = 4;
/** Workers kept when idle: the next check does not pay a thread's start (loading the bundle, about 100 ms). */
const KEEP_IDLE = 2;

interface Waiting {
  readonly job: AnalysisJob;
  readonly done: (outcome: AnalysisOutcome) => void;
}

interface Busy extends Waiting {
  readonly worker: Worker;
  readonly timer: NodeJS.Timeout;
}

/** A worker is started with the script and options of the server's bundle (server-main.ts) or of a test. */
export interface WorkerSpec {
  readonly script: string;
  readonly execArgv?: readonly string[] | undefined;
  readonly timeoutMs?: number | undefined;
}

/**
 * The desktop server's analyses in worker threads running dist/server.js itself (nothing shipped
 * twice): each job on an idle worker, or a new one while fewer than MAX_WORKERS run. A job that a
 * newer version replaced is stopped at once (its worker terminated, a fresh one started on demand);
 * one that runs past the bound, or whose worker dies, ends with that reason, and the server shows a
 * notice. Never rejects; the main thread stays free for every other request meanwhile.
 */
export class AnalysisWorkers implements AnalysisRunner {
  private readonly idle: Worker[] = [];
  private readonly busy: Busy[] = [];
  private readonly queue: Waiting[] = [];

  constructor(private readonly spec: WorkerSpec) {}

  run(job: AnalysisJob): Promise<AnalysisOutcome> {
    return new Promise((done) => {
      this.queue.push({ job, done });
      this.dispatch();
    });
  }

  abandon(uri: string, version: number): void {
    const outdated = (w: Waiting) => w.job.uri === uri && w.job.version < version;
    for (const waiting of this.queue.filter(outdated)) {
      this.queue.splice(this.queue.indexOf(waiting), 1);
      waiting.done({ ok: false, reason: 'abandoned', detail: `version ${String(waiting.job.version)}` });
    }
    for (const running of this.busy.filter(outdated)) this.stop(running, { ok: false, reason: 'abandoned', detail: `version ${String(running.job.version)}` });
  }

  /** Stops every worker (for tests and shutdown); waiting jobs end 'abandoned'. */
  async close(): Promise<void> {
    this.abandonAll();
    await Promise.all(this.idle.splice(0).map((w) => w.terminate()));
  }

  private abandonAll(): void {
    for (const waiting of this.queue.splice(0)) waiting.done({ ok: false, reason: 'abandoned', detail: 'closed' });
    for (const running of [...this.busy]) this.stop(running, { ok: false, reason: 'abandoned', detail: 'closed' });
  }

  private dispatch(): void {
    while (this.queue.length > 0 && (this.idle.length > 0 || this.busy.length < MAX_WORKERS)) {
      const next = this.queue.shift();
      if (!next) return;
      const worker = this.idle.pop() ?? this.start();
      const timeoutMs = this.spec.timeoutMs ?? CHECK_TIMEOUT_MS;
      const running: Busy = { ...next, worker, timer: setTimeout(() => { this.stop(running, { ok: false, reason: 'timeout', detail: `${String(timeoutMs)} ms`, boundMs: timeoutMs }); }, timeoutMs) };
      this.busy.push(running);
      worker.ref();
      worker.postMessage(next.job);
    }
  }

  private start(): Worker {
    const worker = new Worker(this.spec.script, { workerData: ANALYSIS_WORKER_DATA, ...(this.spec.execArgv ? { execArgv: [...this.spec.execArgv] } : {}) });
    worker.on('message', (packed: PackedAnalysis) => { this.finished(worker, packed); });
    worker.on('error', (error: unknown) => { this.died(worker, error instanceof Error ? error.message : String(error)); });
    worker.on('exit', (code) => { this.died(worker, `exit ${String(code)}`); });
    return worker;
  }

  /** A worker's answer: the analysis of its job, packed (analysis-transfer.ts); unpacked with the job's text, which is not sent back. */
  private finished(worker: Worker, packed: PackedAnalysis): void {
    const running = this.busy.find((b) => b.worker === worker);
    if (!running) return;
    const outcome: AnalysisOutcome = { ok: true, analysis: unpackAnalysis(packed, running.job.text) };
    this.release(running);
    if (this.idle.length < KEEP_IDLE) {
      worker.unref();
      this.idle.push(worker);
    } else {
      this.retire(worker);
    }
    running.done(outcome);
    this.dispatch();
  }

  /** A worker threw or exited: its job (if any) ends 'crashed'; it is never used again. */
  private died(worker: Worker, detail: string): void {
    const at = this.idle.indexOf(worker);
    if (at >= 0) this.idle.splice(at, 1);
    const running = this.busy.find((b) => b.worker === worker);
    this.retire(worker);
    if (!running) return;
    this.release(running);
    running.done({ ok: false, reason: 'crashed', detail });
    this.dispatch();
  }

  /** A job given up (outdated, past the bound): its worker is terminated mid-check, the next job gets a fresh one. */
  private stop(running: Busy, outcome: AnalysisOutcome): void {
    this.release(running);
    this.retire(running.worker);
    running.done(outcome);
    this.dispatch();
  }

  private release(running: Busy): void {
    clearTimeout(running.timer);
    const at = this.busy.indexOf(running);
    if (at >= 0) this.busy.splice(at, 1);
  }

  private retire(worker: Worker): void {
    worker.removeAllListeners();
    // A terminated worker may still report an error; nobody listens for it any more.
    worker.on('error', () => undefined);
    void worker.terminate();
  }
}
