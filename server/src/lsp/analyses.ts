import { LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import type { CancellationToken, Connection } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeReport } from '../core/analyze';
import type { Analysis } from '../core/analyze';
import { MAX_CHECKED_LENGTH } from '../core/editor/limits';
import type { GovreportOptions } from '../core/editor/options';
import type { ImportedReport } from '../core/import/types';
import type { Locale } from '../core/i18n/messages';
import { failedRules } from '../core/rules/runner';
import { unfinishedAnalysis } from './analysis-runner';
import type { AnalysisJob, AnalysisRunner } from './analysis-runner';
import { filePathOf } from '../service/uri';
import type { ImportedDocuments } from './imports';
import type { DocumentSettings } from './settings';

/** The editor's text as the pipeline's input: a document, or a report file of the workspace check. */
export interface EditorText {
  readonly text: string;
  readonly uri: string;
  readonly languageId?: string | undefined;
  /** An imported file's tables and notices (its `locate` stays with the caller). */
  readonly imported?: Pick<ImportedReport, 'tables' | 'notices'> | undefined;
}

/**
 * The pipeline (core/analyze.ts) as the editor runs it: with the document's settings, detection
 * (unless the user imported the file: then it is checked whatever it looks like) and the editor's
 * size limit.
 */
export function analyzeForEditor(input: EditorText, options: GovreportOptions, locale: Locale, drafting = false): Analysis {
  const { imported } = input;
  return analyzeReport(
    { text: input.text, path: filePathOf(input.uri), languageId: input.languageId, tables: imported?.tables, importNotices: imported?.notices },
    { era: options.era, level: options.level, locale: options.locale ?? locale, severities: options.severities, local: options.local, decide: imported ? 'always' : options, maxLength: MAX_CHECKED_LENGTH, drafting },
  );
}

/**
 * How long a document must stay unchanged before an edited version is analysed: typing produces a
 * version per keystroke, and analysing each would queue checks that are outdated before they start.
 */
export const DEBOUNCE_MS = 150;

/** A request about a version that a newer one replaced while it waited: the client asks again (LSP ServerCancelled, retrigger). */
function outdated(): ResponseError<{ retriggerRequest: boolean }> {
  return new ResponseError(LSPErrorCodes.ServerCancelled, 'govreport: the document changed; this version is no longer analysed', { retriggerRequest: true });
}

function cancelled(): ResponseError {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'govreport: request cancelled');
}

/** Whether an error is a request given up because its version is outdated or the client cancelled it. */
export function isGivenUp(error: unknown): boolean {
  return error instanceof ResponseError && (error.code === LSPErrorCodes.ServerCancelled || error.code === LSPErrorCodes.RequestCancelled);
}

/**
 * One analysis per (uri, version, drafting), computed on first use; a rule that threw is logged once
 * per version, read by its rule id. A document edited since it was opened or last saved is analysed
 * as a draft: totals still at 0 are hints (core/rules/table/drafting.ts); opened or saved, it is
 * judged as a whole.
 *
 * Edits are debounced: an edited version is analysed once the document has been quiet for
 * DEBOUNCE_MS; a version replaced meanwhile is never analysed (its requests end with
 * ServerCancelled, and the client asks again for the new one), and a request the client cancels
 * while it waits ends then. So five quick changes cost one analysis, of the last version.
 */
export class DocumentAnalyses {
  /** The language of the server's own messages: Chinese unless the user sets govreport.locale (never VS Code's display language). */
  locale: Locale = 'zh-cn';
  /** How many analyses ran (figures in the log; the protocol tests count them). */
  runs = 0;
  private readonly cache = new Map<string, { version: number; drafting: boolean; analysis: Promise<Analysis> }>();
  private readonly settled = new Map<string, Analysis>();
  /** The version of each document as opened or last saved. */
  private readonly clean = new Map<string, number>();
  /** When each document last changed, and its newest version. */
  private readonly changes = new Map<string, { at: number; version: number }>();
  /** Each document's last text seen and the line its last edit touched (focus mode). */
  private readonly typing = new Map<string, { version: number; text: string; line: number | undefined }>();

  constructor(
    private readonly connection: Connection,
    private readonly settings: DocumentSettings,
    private readonly imports: ImportedDocuments,
    /** Where analyses run off this thread (ServerEnvironment.analyses); none: in this thread. */
    private readonly runner?: AnalysisRunner,
  ) {}

  /** A document as opened (a file from disk, a new document with its content, a report pasted whole) or just saved. */
  markClean(doc: TextDocument): void {
    this.clean.set(doc.uri, doc.version);
    this.typing.set(doc.uri, { version: doc.version, text: doc.getText(), line: undefined });
  }

  /**
   * The line the last edit of a document touched (where its text first differs from the previous
   * version seen), while it is edited since opened or saved; undefined otherwise.
   */
  typingLine(doc: TextDocument): number | undefined {
    if (!this.isDraft(doc)) return undefined;
    const seen = this.typing.get(doc.uri);
    if (seen?.version === doc.version) return seen.line;
    const text = doc.getText();
    let line: number | undefined;
    if (seen) {
      const previous = seen.text;
      let at = 0;
      const n = Math.min(previous.length, text.length);
      while (at < n && previous.charCodeAt(at) === text.charCodeAt(at)) at++;
      line = doc.positionAt(at).line;
    }
    this.typing.set(doc.uri, { version: doc.version, text, line });
    return line;
  }

  /** A document changed (a keystroke): its analysis waits until it is quiet. */
  changed(doc: TextDocument): void {
    this.changes.set(doc.uri, { at: Date.now(), version: doc.version });
    // The check of an older version running in a worker is stopped now, not when it would end.
    this.runner?.abandon(doc.uri, doc.version);
  }

  /** Whether the document has been edited since it was opened or saved: the user is filling it. */
  isDraft(doc: TextDocument): boolean {
    return this.clean.get(doc.uri) !== doc.version;
  }

  /**
   * The analysis of this version of the document. Rejects with ServerCancelled when a newer version
   * arrived before it was analysed, with RequestCancelled when `token` was cancelled meanwhile.
   */
  of(doc: TextDocument, token?: CancellationToken): Promise<Analysis> {
    const drafting = this.isDraft(doc);
    const cached = this.cache.get(doc.uri);
    if (cached?.version === doc.version && cached.drafting === drafting) return cached.analysis.then((a) => (token?.isCancellationRequested ? Promise.reject(cancelled()) : a));
    const imported = this.imports.of(doc);
    // TextDocuments updates a document in place: its version now, not when the analysis starts.
    const { version } = doc;
    const analysis = Promise.all([this.settings.optionsFor(doc.uri), this.quiet(doc.uri)]).then(async ([options]) => {
      if ((this.changes.get(doc.uri)?.version ?? version) !== version || doc.version !== version) throw outdated();
      const result = await this.analyse(doc, options, drafting, imported);
      if (this.cache.get(doc.uri)?.version === version) this.settled.set(doc.uri, result);
      return result;
    });
    // An outdated version leaves the cache, so that nothing waits on it again.
    analysis.catch(() => { if (this.cache.get(doc.uri)?.analysis === analysis) this.cache.delete(doc.uri); });
    this.cache.set(doc.uri, { version, drafting, analysis });
    return this.whileWaiting(analysis, token);
  }

  /**
   * The last finished analysis of a document (possibly of an earlier version while a newer one is
   * being checked), or its analysis when none has finished yet: what another document's pairing
   * reads, so that its answer never waits for this document's long check.
   */
  async latest(doc: TextDocument): Promise<Analysis> {
    const done = this.settled.get(doc.uri);
    if (done) return done;
    for (;;) {
      try {
        return await this.of(doc);
      } catch (error) {
        const current = this.current?.(doc.uri);
        if (!isGivenUp(error) || !current || current.version === doc.version) throw error;
        doc = current;
      }
    }
  }

  /**
   * What another document's cross-year pairing reads of this one: `latest`, except that with worker
   * threads a document whose first check has not finished is left out (undefined) rather than
   * waited for, so that no document's answer waits for another's long check; when that check ends,
   * CrossYearPairing.documentChanged asks the documents it pairs with to pull again.
   */
  async forPairing(doc: TextDocument): Promise<Analysis | undefined> {
    const done = this.settled.get(doc.uri);
    if (done || this.runner) return done;
    return this.latest(doc);
  }

  /** The open document of a URI now (set by the server), for `latest` to follow a document being edited. */
  current: ((uri: string) => TextDocument | undefined) | undefined;

  /** The last analysis finished of an open document, if any (watched-file changes compare with it without analysing). */
  cached(uri: string): Analysis | undefined {
    return this.settled.get(uri);
  }

  forget(uri: string): void {
    this.runner?.abandon(uri, Infinity);
    this.typing.delete(uri);
    this.cache.delete(uri);
    this.settled.delete(uri);
    this.clean.delete(uri);
    this.changes.delete(uri);
  }

  clear(): void {
    this.cache.clear();
    this.settled.clear();
  }

  /** Runs the pipeline on the document's current text: in a worker thread when the server has them (the desktop server), else in this thread (the web extension's, itself a Web Worker). */
  private async analyse(doc: TextDocument, options: GovreportOptions, drafting: boolean, imported: ImportedReport | undefined): Promise<Analysis> {
    const started = performance.now();
    const { uri, version, languageId } = doc;
    const text = doc.getText();
    const result = this.runner
      ? await this.inWorker(this.runner, { uri, version, text, languageId, imported: imported && { tables: imported.tables, notices: imported.notices }, options, locale: this.locale, drafting })
      : analyzeForEditor({ text, uri, languageId, imported }, options, this.locale, drafting);
    this.runs++;
    this.connection.console.log(`govreport: analysed ${uri} version ${String(version)} (${String(text.length)} characters) in ${(performance.now() - started).toFixed(1)} ms${this.runner ? ' (worker thread)' : ''}`);
    for (const failed of failedRules(result.findings)) this.connection.console.error(`govreport: rule ${failed.rule} failed on ${uri} (version ${String(version)}): ${failed.error}`);
    return result;
  }

  /** The job's analysis; a newer version replaced it meanwhile: ServerCancelled; it ran past the bound or its worker died: one notice. */
  private async inWorker(runner: AnalysisRunner, job: AnalysisJob): Promise<Analysis> {
    const outcome = await runner.run(job);
    if (outcome.ok) return outcome.analysis;
    if (outcome.reason === 'abandoned') {
      this.connection.console.log(`govreport: stopped the check of ${job.uri} version ${String(job.version)} (a newer version arrived, or the document closed)`);
      throw outdated();
    }
    this.connection.console.error(`govreport: the check of ${job.uri} version ${String(job.version)} ${outcome.reason === 'timeout' ? 'ran past its bound and was stopped' : 'stopped unexpectedly'} (${outcome.detail})`);
    return unfinishedAnalysis(outcome, job.options.locale ?? job.locale);
  }

  /** Resolves once the document has not changed for DEBOUNCE_MS (at once for a document not edited). */
  private async quiet(uri: string): Promise<void> {
    for (;;) {
      const last = this.changes.get(uri);
      const wait = last === undefined ? 0 : last.at + DEBOUNCE_MS - Date.now();
      if (wait <= 0) return;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }

  /** `analysis`, or a rejection as soon as the client cancels the request (the analysis itself goes on for the others waiting on it). */
  private whileWaiting(analysis: Promise<Analysis>, token: CancellationToken | undefined): Promise<Analysis> {
    if (!token) return analysis;
    if (token.isCancellationRequested) return Promise.reject(cancelled());
    return new Promise((resolve, reject) => {
      const listener = token.onCancellationRequested(() => { reject(cancelled()); });
      analysis.then(resolve, reject).finally(() => { listener.dispose(); });
    });
  }
}
