import { Worker } from 'node:worker_threads';

/** What became of a job: the worker's reply, or why there is none (the worker died, or took too long and was stopped). */
export type JobOutcome<Reply> = { readonly ok: true; readonly reply: Reply } | { readonly ok: false; readonly reason: 'crashed' | 'timeout'; readonly detail: string };

interface Waiting<Job, Reply> {
  readonly job: Job;
  readonly done: (outcome: JobOutcome<Reply>) => void;
}

interface Slot<Job, Reply> {
  worker: Worker;
  current?: Waiting<Job, Reply> | undefined;
  timer?: NodeJS.Timeout | undefined;
}

/**
 * A fixed number of worker threads running one script, each one job at a time, jobs queued in the
 * order given. A worker that throws, exits or runs out of memory fails its job ('crashed'); one
 * that does not answer within `timeoutMs` is terminated and fails its job ('timeout'); either way a
 * fresh worker takes its place and the queue goes on. Never rejects.
 */
export class WorkerPool<Job, Reply> {
  private readonly slots: Slot<Job, Reply>[] = [];
  private readonly queue: Waiting<Job, Reply>[] = [];
  private closed = false;

  constructor(
    private readonly script: string,
    size: number,
    private readonly workerData: unknown,
    private readonly timeoutMs: number,
  ) {
    for (let k = 0; k < size; k++) this.slots.push(this.start());
  }

  run(job: Job): Promise<JobOutcome<Reply>> {
    return new Promise((done) => {
      this.queue.push({ job, done });
      this.dispatch();
    });
  }

  /** Stops every worker (jobs still queued are not run). */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private start(): Slot<Job, Reply> {
    const slot: Slot<Job, Reply> = { worker: new Worker(this.script, { workerData: this.workerData }) };
    slot.worker.on('message', (reply: Reply) => { this.finish(slot, { ok: true, reply }); });
    slot.worker.on('error', (error: unknown) => { this.fail(slot, 'crashed', error instanceof Error ? error.message : String(error)); });
    slot.worker.on('exit', (code) => { this.fail(slot, 'crashed', `exit ${String(code)}`); });
    // An idle worker does not keep the process alive.
    slot.worker.unref();
    return slot;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.current) continue;
      const next = this.queue.shift();
      if (!next) return;
      slot.current = next;
      slot.worker.ref();
      slot.timer = setTimeout(() => { this.fail(slot, 'timeout', `${String(this.timeoutMs)} ms`); }, this.timeoutMs);
      slot.worker.postMessage(next.job);
    }
  }

  private finish(slot: Slot<Job, Reply>, outcome: JobOutcome<Reply>): void {
    const { current } = slot;
    clearTimeout(slot.timer);
    slot.current = undefined;
    slot.worker.unref();
    current?.done(outcome);
    this.dispatch();
  }

  /** The slot's worker is gone or stopped: its job fails, a new worker takes the slot. */
  private fail(slot: Slot<Job, Reply>, reason: 'crashed' | 'timeout', detail: string): void {
    if (this.closed || !this.slots.includes(slot)) return;
    const { current, worker } = slot;
    clearTimeout(slot.timer);
    worker.removeAllListeners();
    // An 'error' is followed by 'exit'; a terminated worker's 'exit' is not heard again.
    worker.on('error', () => undefined);
    void worker.terminate();
    this.slots.splice(this.slots.indexOf(slot), 1, this.start());
    current?.done({ ok: false, reason, detail });
    this.dispatch();
  }
}
