import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { addCrossYear } from '../core/analyze';
import type { ReportModel } from '../core/model/types';
import { readRegularFileOrThrow } from '../files/safe-read';
import { pathKind } from '../files/walk';
import { analyseFile } from './check-file';
import type { CheckedFile, FileIO, LayersByFolder } from './check-file';
import { pairingKeyOf, readPrevious } from './cross-year';
import { factsOf } from './unit-facts';
import { toPlain } from './worker-protocol';
import type { FileRef, FileReply, PairReply, WorkerJob, WorkerSetup } from './worker-protocol';

/**
 * A worker thread of `govreport check`/`report` (dist/cli.js started again as a worker by pool-check.ts):
 * reads and analyses the files it is given, through the same safe read and the same pipeline as
 * the main thread, and answers with plain data. It keeps its last few checked files, so that a
 * pair it is asked to compare is seldom read again.
 */
const RECENT_FILES = 16;

/**
 * In a worker thread: serves the main thread's jobs until it is stopped, and says so (true). In the
 * main thread: does nothing (false), and bin.ts runs the command.
 */
export function serveIfWorker(): boolean {
  if (isMainThread) return false;
  const setup = workerData as WorkerSetup;
  const { settings } = setup;
  const io: FileIO = { readFile: readRegularFileOrThrow, kind: pathKind, ...(setup.cwd !== undefined ? { cwd: setup.cwd } : {}) };
  const layersByFolder: LayersByFolder = new Map();
  const recent = new Map<string, CheckedFile>();
  let given: ReportModel | undefined;
  if (settings.previous !== undefined) {
    const read = readPrevious(settings.previous, io, settings.locale);
    if ('model' in read) given = read.model;
  }

  async function checked(file: FileRef): Promise<CheckedFile> {
    const kept = recent.get(file.path);
    if (kept) return kept;
    const fresh = await analyseFile(file.path, settings, io, layersByFolder, file.fromFolder, file.given);
    if (fresh.analysis) {
      recent.set(file.path, fresh);
      if (recent.size > RECENT_FILES) {
        const oldest = recent.keys().next();
        if (oldest.done !== true) recent.delete(oldest.value);
      }
    }
    return fresh;
  }

  async function checkFile(file: FileRef): Promise<FileReply> {
    const { result, analysis, rc } = await checked(file);
    if (!analysis) return { result: toPlain(result), rc };
    return {
      result: toPlain(result), rc, key: pairingKeyOf(analysis.model),
      ...(setup.facts ? { facts: factsOf(result, analysis.model, settings.locale) } : {}),
    };
  }

  async function comparePair(current: FileRef, previous: FileRef | 'given'): Promise<PairReply> {
    const previousModel = previous === 'given' ? given : (await checked(previous)).analysis?.model;
    const { result, analysis } = await checked(current);
    if (!previousModel || !analysis) return {};
    const paired = addCrossYear(analysis, previousModel);
    if (paired.findings.length === analysis.findings.length) return {};
    const withPair = { ...result, findings: paired.findings };
    return { result: toPlain(withPair), ...(setup.facts ? { facts: factsOf(withPair, paired.model, settings.locale) } : {}) };
  }

  parentPort?.on('message', (job: WorkerJob) => {
    const reply = job.kind === 'file' ? checkFile(job.file) : comparePair(job.current, job.previous);
    void reply.then((r) => { parentPort?.postMessage(r); });
  });
  return true;
}
