import { DidChangeConfigurationNotification, TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver';
import type { Connection, InitializeParams, InitializeResult } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { GovreportOptions } from './core/editor/options';
import { localeFrom } from './core/i18n/messages';
import type { Locale } from './core/i18n/messages';
import { RULES } from './core/rules';
import { analyse } from './service/analysis';
import type { Analysis } from './service/analysis';
import { codeActions, FIX_ALL_KIND } from './service/code-actions';
import { codeLenses } from './service/code-lens';
import { completions } from './service/completion';
import { toDiagnostics } from './service/diagnostics';
import { foldingRanges } from './service/folding';
import { formatTables } from './service/formatting';
import { hover } from './service/hover';
import { CHECK_FILES_REQUEST, NEW_REPORT_REQUEST, RULES_REQUEST, STATUS_REQUEST } from './service/requests';
import type { CheckFilesParams, CheckFilesResult, NewReportParams, NewReportResult, RuleInfo, StatusInfo, StatusParams } from './service/requests';
import { resolveSettings } from './service/settings';
import { statusOf } from './service/status';
import { documentSymbols } from './service/symbols';
import { newReportText } from './service/templates';
import { filePathOf } from './service/uri';

/** What the server needs from the machine: reading files (.govreportrc.json, workspace check) and where the rule docs are. */
export interface ServerEnvironment {
  readText(path: string): string | undefined;
  /** A URI without trailing '/', e.g. file:///…/extension/docs/rules. */
  readonly docsBase?: string;
}

/**
 * The only file that knows the connection: capabilities and one-line handlers. State is caches only:
 * settings per URI (cleared on change), analysis per (uri, version).
 */
export function startServer(connection: Connection, env: ServerEnvironment): void {
  const documents = new TextDocuments(TextDocument);
  const settings = new Map<string, Promise<GovreportOptions>>();
  const analyses = new Map<string, { version: number; analysis: Promise<Analysis> }>();
  let locale: Locale = 'zh-cn';
  let canPullConfiguration = false;

  const optionsFor = (uri: string): Promise<GovreportOptions> => {
    let p = settings.get(uri);
    if (!p) {
      const section = canPullConfiguration ? connection.workspace.getConfiguration({ scopeUri: uri, section: 'govreport' }).catch(() => undefined) : Promise.resolve(undefined);
      p = section.then((raw) => resolveSettings(raw, filePathOf(uri), env.readText).options);
      settings.set(uri, p);
    }
    return p;
  };
  const analysisOf = (doc: TextDocument): Promise<Analysis> => {
    const cached = analyses.get(doc.uri);
    if (cached && cached.version === doc.version) return cached.analysis;
    const analysis = optionsFor(doc.uri).then((options) => analyse({ text: doc.getText(), path: filePathOf(doc.uri), languageId: doc.languageId, options, locale }));
    analyses.set(doc.uri, { version: doc.version, analysis });
    return analysis;
  };
  const withDoc = async <T>(uri: string, empty: T, f: (a: Analysis, doc: TextDocument) => T): Promise<T> => {
    const doc = documents.get(uri);
    return doc ? f(await analysisOf(doc), doc) : empty;
  };
  const refresh = () => {
    settings.clear();
    analyses.clear();
    void connection.languages.diagnostics.refresh().catch(() => undefined);
    void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    locale = localeFrom(params.locale);
    canPullConfiguration = params.capabilities.workspace?.configuration === true;
    return {
      capabilities: {
        positionEncoding: 'utf-16',
        textDocumentSync: TextDocumentSyncKind.Incremental,
        diagnosticProvider: { identifier: 'govreport', interFileDependencies: false, workspaceDiagnostics: false },
        codeActionProvider: { codeActionKinds: ['quickfix', FIX_ALL_KIND] },
        documentSymbolProvider: { label: '年度报告' },
        foldingRangeProvider: true,
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['、'] },
        codeLensProvider: {},
        documentFormattingProvider: true,
      },
      serverInfo: { name: 'govreport' },
    };
  });
  connection.onInitialized(() => {
    if (canPullConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'govreport' }).catch(() => undefined);
  });
  connection.onDidChangeConfiguration(() => refresh());
  connection.onDidChangeWatchedFiles(() => refresh());
  documents.onDidClose((e) => {
    analyses.delete(e.document.uri);
    settings.delete(e.document.uri);
  });

  connection.languages.diagnostics.on(async (p) => ({ kind: 'full', items: await withDoc(p.textDocument.uri, [], (a, d) => toDiagnostics(a, { uri: d.uri, version: d.version, docsBase: env.docsBase })) }));
  connection.onCodeAction((p) => withDoc(p.textDocument.uri, [], (a, d) => codeActions(a, { uri: d.uri, version: d.version, diagnostics: p.context.diagnostics, only: p.context.only })));
  connection.onDocumentSymbol((p) => withDoc(p.textDocument.uri, [], (a) => documentSymbols(a)));
  connection.onFoldingRanges((p) => withDoc(p.textDocument.uri, [], (a) => foldingRanges(a)));
  connection.onHover((p) => withDoc(p.textDocument.uri, null, (a) => hover(a, p.position) ?? null));
  connection.onCompletion((p) => withDoc(p.textDocument.uri, [], (a) => completions(a, p.position)));
  connection.onCodeLens((p) => withDoc(p.textDocument.uri, [], (a, d) => codeLenses(a, d.uri, d.version)));
  connection.onDocumentFormatting((p) => withDoc(p.textDocument.uri, [], (a) => formatTables(a)));
  connection.onRequest(STATUS_REQUEST, (p: StatusParams) => withDoc<StatusInfo | null>(p.uri, null, (a) => statusOf(a)));
  connection.onRequest(NEW_REPORT_REQUEST, (p: NewReportParams): NewReportResult => ({ text: newReportText(p) }));
  connection.onRequest(RULES_REQUEST, (): RuleInfo[] => RULES.map((r) => ({ id: r.meta.id, title: r.meta.title, category: r.meta.category, fixable: r.meta.fixable })));
  connection.onRequest(CHECK_FILES_REQUEST, (p: CheckFilesParams) => checkFiles(p, optionsFor, env, locale));

  documents.listen(connection);
  connection.listen();
}

/** The workspace check: files read from disk, checked like open documents (results go to the Problems panel). */
async function checkFiles(p: CheckFilesParams, optionsFor: (uri: string) => Promise<GovreportOptions>, env: ServerEnvironment, locale: Locale): Promise<CheckFilesResult> {
  const files: CheckFilesResult['files'][number][] = [];
  for (const uri of p.uris) {
    const path = filePathOf(uri);
    const text = path === undefined ? undefined : env.readText(path);
    if (text === undefined) continue;
    const analysis = analyse({ text, path, options: await optionsFor(uri), locale });
    if (analysis.checked) files.push({ uri, diagnostics: toDiagnostics(analysis, { uri, version: 0, docsBase: env.docsBase }) });
  }
  return { files };
}
