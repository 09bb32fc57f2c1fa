import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { main } from './main';
import { readRegularFileOrThrow } from '../files/safe-read';
import { listFolder, pathKind } from '../files/walk';
import type { Exporters } from '../office/exporters';
import { serveIfWorker } from './worker';

declare const GOVREPORT_VERSION: string | undefined;

/** Resolves when nothing written to `stream` waits in memory any more (or it closed; its errors are left to its own handling). */
function drained(stream: NodeJS.WriteStream): Promise<void> {
  if (!stream.writableNeedDrain) return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      stream.off('drain', done);
      stream.off('close', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
  });
}

/**
 * The `govreport` command: the real file system and streams around main(). The same bundle is the
 * code of its worker threads (`--jobs`): started as a worker, it serves jobs instead (cli/worker.ts),
 * so the core is shipped once.
 */
if (!serveIfWorker()) void main(process.argv.slice(2), {
  // Regular files only, size-capped: a FIFO or a device is said, never read (files/safe-read.ts).
  readFile: (path, maxBytes) => readRegularFileOrThrow(path, maxBytes),
  kind: pathKind,
  readDirectory: listFolder,
  joinPath: join,
  writeOut: (text) => process.stdout.write(text),
  // A pipe's writes wait in memory until the reader takes them: the JSON of 10,000 reports was held whole (18 MB) at the end of the run.
  outDrained: () => drained(process.stdout),
  writeErr: (text) => process.stderr.write(text),
  writeFile: (path, data) => { writeFileSync(path, data); },
  ...(process.stderr.isTTY ? { terminal: { columns: process.stderr.columns || 80 } } : {}),
  // The .xlsx/.docx writers are a bundle of their own beside this one (dist/office-export.js), loaded only when asked for.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  exporters: () => require(join(__dirname, 'office-export.js')) as Exporters,
  cwd: process.cwd(),
  // Large runs are checked in worker threads running this very bundle (cli/worker.ts).
  workers: { script: __filename, cores: availableParallelism() },
  version: typeof GOVREPORT_VERSION === 'string' ? GOVREPORT_VERSION : '0.0.0-dev',
}).then((code) => { process.exitCode = code; });
