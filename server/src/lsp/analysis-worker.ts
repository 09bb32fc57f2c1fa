import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { analyzeForEditor } from './analyses';
import type { AnalysisJob } from './analysis-runner';
import { packAnalysis } from './analysis-transfer';
import { ANALYSIS_WORKER_DATA } from './analysis-workers';

/**
 * In a worker thread started by AnalysisWorkers (dist/server.js run again as a worker): analyses
 * each document version it is sent with the editor's pipeline and answers with the Analysis packed
 * (analysis-transfer.ts: without the text, the fixes' edits in a transferred array), until it is
 * terminated; says so (true). In the main thread: does nothing (false), and server-main.ts starts
 * the server.
 */
export function serveAnalysesIfWorker(): boolean {
  if (isMainThread || (workerData as Partial<typeof ANALYSIS_WORKER_DATA> | null)?.govreport !== ANALYSIS_WORKER_DATA.govreport) return false;
  parentPort?.on('message', (job: AnalysisJob) => {
    const input = { text: job.text, uri: job.uri, languageId: job.languageId, imported: job.imported };
    const { packed, transfer } = packAnalysis(analyzeForEditor(input, job.options, job.locale, job.drafting), job.text);
    parentPort?.postMessage(packed, transfer);
  });
  return true;
}
