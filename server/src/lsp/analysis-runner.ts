import { NOT_CHECKED } from '../core/analyze';
import type { Analysis } from '../core/analyze';
import type { GovreportOptions } from '../core/editor/options';
import type { ImportedReport } from '../core/import/types';
import { formatMessage } from '../core/i18n/messages';
import type { Locale } from '../core/i18n/messages';
import { parseReport } from '../core/model/parse-report';

/**
 * One document version's analysis as a job for another thread: plain data only (structured clone),
 * everything `analyzeForEditor` needs. An imported file's tables and notices travel; its `locate`
 * (a function) stays in the main thread, which adds the source locations to the diagnostics.
 */
export interface AnalysisJob {
  readonly uri: string;
  readonly version: number;
  readonly text: string;
  readonly languageId: string;
  readonly imported?: Pick<ImportedReport, 'tables' | 'notices'> | undefined;
  readonly options: GovreportOptions;
  readonly locale: Locale;
  readonly drafting: boolean;
}

/** What became of a job: the analysis, or why there is none (outdated and stopped, the thread died, or it ran past the bound and was stopped). */
export type AnalysisOutcome =
  | { readonly ok: true; readonly analysis: Analysis }
  | { readonly ok: false; readonly reason: 'abandoned' | 'crashed'; readonly detail: string }
  | { readonly ok: false; readonly reason: 'timeout'; readonly detail: string; readonly boundMs: number };

/** A job that gave no analysis. */
export type Unfinished = Exclude<AnalysisOutcome, { ok: true }>;

/**
 * Where the server's analyses run when not on its own thread (server-main.ts: worker threads of
 * dist/server.js, lsp/analysis-workers.ts). The web extension's server has none: its analyses run
 * in its own Web Worker, in line (lsp/analyses.ts).
 */
export interface AnalysisRunner {
  /** The job's outcome; never rejects. */
  run(job: AnalysisJob): Promise<AnalysisOutcome>;
  /** Stops the running or waiting jobs of `uri` older than `version` (a newer version arrived, or the document closed: `Infinity`); they end 'abandoned'. */
  abandon(uri: string, version: number): void;
}

/** How long one check may run in a worker before it is stopped and the document gets a notice instead. */
export const CHECK_TIMEOUT_MS = 20_000;

/** The analysis of a document whose check did not finish (stopped at the bound, or its worker died): one Chinese notice, nothing else. */
export function unfinishedAnalysis(outcome: Exclude<Unfinished, { reason: 'abandoned' }>, locale: Locale): Analysis {
  const message = outcome.reason === 'timeout'
    ? formatMessage(locale, 'runner/not-checked.timeout', { seconds: String(Math.round(outcome.boundMs / 1000)) })
    : formatMessage(locale, 'runner/not-checked.crashed', { detail: outcome.detail });
  return { model: parseReport(''), checked: true, locale, findings: [{ rule: NOT_CHECKED, severity: 'info', message, range: { start: 0, end: 0 } }] };
}
