import { checkFiles } from './check';
import type { FromWorker, ToWorker } from './protocol';
import { fileView } from './view-data';

/**
 * The offline page's checking worker (a dedicated Web Worker started from a blob: URL of this bundle,
 * which the page carries as a string: a page opened from file:// cannot start a worker from a file).
 * Reading (Word, PDF through pdf.js), checking and cross-year pairing run here, so that a folder of
 * reports or one pathological file never freezes the page; the page can stop the worker (cancel).
 * What goes back is plain data (protocol.ts). pdf.js's polyfills land on this worker's globals, never
 * on the page's.
 */
const scope = globalThis as unknown as { postMessage(message: FromWorker): void; onmessage: ((event: MessageEvent<ToWorker>) => void) | null };

scope.onmessage = (event) => {
  const { files } = event.data;
  checkFiles(files, (done, file) => { scope.postMessage({ type: 'progress', done, total: files.length, path: file.path }); })
    .then((results) => { scope.postMessage({ type: 'checked', files: results.map(fileView) }); })
    .catch((error: unknown) => { scope.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) }); });
};
