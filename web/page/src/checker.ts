import { WORKER_SOURCE } from 'govreport:worker-source';
import type { DroppedFile } from './check';
import type { FileView, FromWorker, ToWorker } from './protocol';

/** How far a check is: files done of all, the file being read now. */
export type Progress = (done: number, total: number, path: string) => void;

/** A check stopped by the user (cancel) or by a newer drop. */
export class Cancelled extends Error {}

/**
 * The page's side of the checking worker (worker.ts): one dedicated worker, started from a blob: URL
 * of its code on the first check and kept (pdf.js, once loaded, stays loaded); a cancel terminates it,
 * the only way to stop a check that is stuck in one file, and the next check starts a fresh one.
 */
export class Checker {
  private worker: Worker | undefined;
  private url: string | undefined;
  private running: { reject(error: Error): void } | undefined;

  check(files: readonly DroppedFile[], progress: Progress): Promise<FileView[]> {
    this.cancel();
    const worker = this.start();
    return new Promise<FileView[]>((resolve, reject) => {
      this.running = { reject };
      worker.onmessage = (event: MessageEvent<FromWorker | { type?: never }>) => {
        const message = event.data;
        // pdf.js's worker code, once loaded, also speaks on the worker's port (its own "ready" and the like): not ours.
        if (message.type === undefined) return;
        if (message.type === 'progress') { progress(message.done, message.total, message.path); return; }
        this.running = undefined;
        if (message.type === 'checked') resolve([...message.files]);
        else reject(new Error(message.message));
      };
      worker.onerror = (event) => {
        event.preventDefault();
        this.stop();
        this.running = undefined;
        reject(new Error(event.message || '检查程序意外停止'));
      };
      // The bytes are moved to the worker, not copied.
      const request: ToWorker = { type: 'check', files };
      worker.postMessage(request, files.map((f) => f.bytes.buffer));
    });
  }

  /** Stops the check under way, if any: its promise is rejected with Cancelled. */
  cancel(): void {
    if (!this.running) return;
    this.stop();
    const running = this.running;
    this.running = undefined;
    running.reject(new Cancelled());
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    this.url = URL.createObjectURL(new Blob([WORKER_SOURCE], { type: 'text/javascript' }));
    this.worker = new Worker(this.url, { name: 'govreport-check' });
    return this.worker;
  }

  private stop(): void {
    this.worker?.terminate();
    this.worker = undefined;
    if (this.url !== undefined) URL.revokeObjectURL(this.url);
    this.url = undefined;
  }
}
