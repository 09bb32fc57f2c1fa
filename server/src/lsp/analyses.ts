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
export function analyzeForEditor(input: EditorText, options: GovreportOptions, displayLocale: Locale): Analysis {
  const { imported } = input;
  return analyzeReport(
    { text: input.text, path: filePathOf(input.uri), languageId: input.languageId, tables: imported?.tables, importNotices: imported?.notices },
    { era: options.era, level: options.level, locale: options.locale ?? displayLocale, severities: options.severities, decide: imported ? 'always' : options, maxLength: MAX_CHECKED_LENGTH },
  );
}

/** One analysis per (uri, version), computed on first use; a rule that threw is logged once per version, read by its rule id. */
export class DocumentAnalyses {
  /** The display language of the client (set at initialize). */
  locale: Locale = 'zh-cn';
  private readonly cache = new Map<string, { version: number; analysis: Promise<Analysis> }>();

  constructor(private readonly connection: Connection, private readonly settings: DocumentSettings, private readonly imports: ImportedDocuments) {}

  of(doc: TextDocument): Promise<Analysis> {
    const cached = this.cache.get(doc.uri);
    if (cached?.version === doc.version) return cached.analysis;
    const imported = this.imports.of(doc);
    const analysis = this.settings.optionsFor(doc.uri).then((options) => {
      const result = analyzeForEditor({ text: doc.getText(), uri: doc.uri, languageId: doc.languageId, imported }, options, this.locale);
      for (const failed of failedRules(result.findings)) this.connection.console.error(`govreport: rule ${failed.rule} failed on ${doc.uri} (version ${doc.version}): ${failed.error}`);
      return result;
    });
    this.cache.set(doc.uri, { version: doc.version, analysis });
    return analysis;
  }

  /** The analysis already made of an open document, if any (watched-file changes compare with it without analysing). */
  cached(uri: string): Promise<Analysis> | undefined {
    return this.cache.get(uri)?.analysis;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  clear(): void {
    this.cache.clear();
  }
}
