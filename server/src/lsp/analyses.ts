import type { Connection } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeReport } from '../core/analyze';
import type { Analysis } from '../core/analyze';
import { MAX_CHECKED_LENGTH } from '../core/editor/limits';
import type { GovreportOptions } from '../core/editor/options';
import type { ImportedReport } from '../core/import/types';
import type { Locale } from '../core/i18n/messages';
import { failedRules } from '../core/rules/runner';
import { filePathOf } from '../service/uri';
import type { ImportedDocuments } from './imports';
import type { DocumentSettings } from './settings';

/** The editor's text as the pipeline's input: a document, or a report file of the workspace check. */
export interface EditorText {
  readonly text: string;
  readonly uri: string;
  readonly languageId?: string | undefined;
  readonly imported?: ImportedReport | undefined;
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
    { era: options.era, level: options.level, locale: options.locale ?? locale, severities: options.severities, decide: imported ? 'always' : options, maxLength: MAX_CHECKED_LENGTH, drafting },
  );
}

/**
 * One analysis per (uri, version, drafting), computed on first use; a rule that threw is logged once
 * per version, read by its rule id. A document edited since it was opened or last saved is analysed
 * as a draft: totals still at 0 are hints (core/rules/table/drafting.ts); opened or saved, it is
 * judged as a whole.
 */
export class DocumentAnalyses {
  /** The language of the server's own messages: Chinese unless the user sets govreport.locale (never VS Code's display language). */
  locale: Locale = 'zh-cn';
  private readonly cache = new Map<string, { version: number; drafting: boolean; analysis: Promise<Analysis> }>();
  private readonly settled = new Map<string, Analysis>();
  /** The version of each document as opened or last saved. */
  private readonly clean = new Map<string, number>();
  /** Each document's last text seen and the line its last edit touched (focus mode). */
  private readonly typing = new Map<string, { version: number; text: string; line: number | undefined }>();

  constructor(private readonly connection: Connection, private readonly settings: DocumentSettings, private readonly imports: ImportedDocuments) {}

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

  /** Whether the document has been edited since it was opened or saved: the user is filling it. */
  isDraft(doc: TextDocument): boolean {
    return this.clean.get(doc.uri) !== doc.version;
  }

  of(doc: TextDocument): Promise<Analysis> {
    const drafting = this.isDraft(doc);
    const cached = this.cache.get(doc.uri);
    if (cached?.version === doc.version && cached.drafting === drafting) return cached.analysis;
    const imported = this.imports.of(doc);
    const analysis = this.settings.optionsFor(doc.uri).then((options) => {
      const result = analyzeForEditor({ text: doc.getText(), uri: doc.uri, languageId: doc.languageId, imported }, options, this.locale, drafting);
      for (const failed of failedRules(result.findings)) this.connection.console.error(`govreport: rule ${failed.rule} failed on ${doc.uri} (version ${doc.version}): ${failed.error}`);
      if (this.cache.get(doc.uri)?.version === doc.version) this.settled.set(doc.uri, result);
      return result;
    });
    this.cache.set(doc.uri, { version: doc.version, drafting, analysis });
    return analysis;
  }

  /**
   * The last finished analysis of a document (possibly of an earlier version while a newer one is
   * being checked), or its analysis when none has finished yet: what another document's pairing
   * reads, so that its answer never waits for this document's long check.
   */
  latest(doc: TextDocument): Promise<Analysis> {
    const done = this.settled.get(doc.uri);
    return done ? Promise.resolve(done) : this.of(doc);
  }

  /** The analysis already made of an open document, if any (watched-file changes compare with it without analysing). */
  cached(uri: string): Promise<Analysis> | undefined {
    return this.cache.get(uri)?.analysis;
  }

  forget(uri: string): void {
    this.typing.delete(uri);
    this.cache.delete(uri);
    this.settled.delete(uri);
    this.clean.delete(uri);
  }

  clear(): void {
    this.cache.clear();
    this.settled.clear();
  }
}
