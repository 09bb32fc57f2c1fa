import { DidChangeConfigurationNotification, TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver';
import type { CancellationToken, Connection, Diagnostic, DidChangeWatchedFilesParams, InitializeParams, InitializeResult, WorkspaceFoldersChangeEvent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from './core/analyze';
import { RULES } from './core/rules';
import { codeActions, FIX_ALL_KIND } from './service/code-actions';
import { codeLenses } from './service/code-lens';
import { completions } from './service/completion';
import { foldingRanges } from './service/folding';
import { formatTables } from './service/formatting';
import { hover } from './service/hover';
import { withSourceLocations } from './service/imported';
import { CHECK_FILES_REQUEST, WORKSPACE_TRUSTED_NOTIFICATION, IMPORT_FILE_REQUEST, NEW_REPORT_REQUEST, OFFICE_REPORT_REQUEST, RULES_REQUEST, STATUS_REQUEST, TABLE_VIEW_REQUEST } from './service/requests';
import type { CheckFilesParams, ImportFileParams, ImportFileResult, NewReportParams, NewReportResult, OfficeReportParams, RuleInfo, StatusInfo, StatusParams } from './service/requests';
import { statusOf } from './service/status';
import { documentSymbols } from './service/symbols';
import { newReportText } from './service/templates';
import { tabTableActions } from './service/tab-table';
import { tableView, tableViewLenses } from './service/table-view';
import type { TableViewParams, TableViewResult } from './service/table-view';
import { filePathOf } from './service/uri';
import { DocumentAnalyses } from './lsp/analyses';
import { checkFiles } from './lsp/check-files';
import { CrossYearPairing } from './lsp/cross-year';
import { DiagnosticsMemo } from './lsp/diagnostics-memo';
import type { ServerEnvironment } from './lsp/environment';
import { ImportedDocuments } from './lsp/imports';
import { officeReport } from './lsp/office-report';
import { DocumentSettings, isRcPath } from './lsp/settings';
import { documentDiagnostics, waitsForSave } from './lsp/run-mode';

export type { ServerEnvironment } from './lsp/environment';

/** The server's state: the connection, the open documents and the caches of `lsp/`. */
interface Server {
  readonly connection: Connection;
  readonly env: ServerEnvironment;
  readonly documents: TextDocuments<TextDocument>;
  readonly settings: DocumentSettings;
  readonly imports: ImportedDocuments;
  readonly analyses: DocumentAnalyses;
  readonly pairing: CrossYearPairing;
  readonly folders: WorkspaceFolders;
  /** Asks the client to pull every document's diagnostics again. */
  readonly pullAgain: () => void;
}

/**
 * The only file that knows the connection: capabilities and one-line handlers. The state is the
 * caches of `lsp/` (settings per URI, analysis per (uri, version), imports, cross-year pairing);
 * every answer comes from a function of `service/`.
 */
export function startServer(connection: Connection, env: ServerEnvironment): void {
  const documents = new TextDocuments(TextDocument);
  const settings = new DocumentSettings(connection, env);
  const imports = new ImportedDocuments();
  const analyses = new DocumentAnalyses(connection, settings, imports, env.analyses);
  analyses.current = (uri) => documents.get(uri);
  const pullAgain = () => void connection.languages.diagnostics.refresh().catch(() => undefined);
  const pairing = new CrossYearPairing(documents, analyses, env, pullAgain);
  const folders = new WorkspaceFolders((paths) => { pairing.setFolders(paths); settings.setRoots(paths); });
  const server: Server = { connection, env, documents, settings, imports, analyses, pairing, folders, pullAgain };
  listenToWorkspace(server);
  listenToDocuments(server);
  answerDocumentFeatures(server);
  answerRequests(server);
  documents.listen(connection);
  connection.listen();
}

/** Initialisation, settings, trust, workspace folders and watched files. */
function listenToWorkspace({ connection, settings, analyses, pairing, folders, pullAgain }: Server): void {
  /** Settings changed: everything is computed again, and the client asked to pull. */
  const refresh = () => {
    settings.clear();
    analyses.clear();
    pullAgain();
    void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
  };
  const watchedFilesChanged = (p: DidChangeWatchedFilesParams) => {
    const paths = p.changes.map((c) => filePathOf(c.uri)).filter((path) => path !== undefined);
    const rcFiles = paths.filter(isRcPath);
    for (const path of rcFiles) settings.rcChanged(path);
    const packs = paths.filter((path) => settings.isPackPath(path));
    for (const path of packs) settings.packChanged(path);
    if (rcFiles.length > 0 || packs.length > 0) refresh();
    else pairing.filesChanged(paths);
  };
  connection.onInitialize((params: InitializeParams): InitializeResult => {
    // Chinese whatever VS Code's display language (design D6): `params.locale` is not read; govreport.locale switches.
    settings.canPull = params.capabilities.workspace?.configuration === true;
    settings.canWatchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true && params.capabilities.workspace.didChangeWatchedFiles.relativePatternSupport === true;
    settings.trusted = workspaceTrusted(params.initializationOptions);
    folders.initialize(params);
    return { capabilities: CAPABILITIES, serverInfo: { name: 'govreport' } };
  });
  connection.onInitialized(() => {
    if (settings.canPull) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'govreport' }).catch(() => undefined);
    if (folders.canWatch) connection.workspace.onDidChangeWorkspaceFolders((e) => { folders.changed(e); pullAgain(); });
  });
  connection.onDidChangeConfiguration(refresh);
  // The user trusted the workspace (Restricted Mode left): its .govreportrc.json files apply from now on.
  connection.onNotification(WORKSPACE_TRUSTED_NOTIFICATION, () => { settings.trusted = true; refresh(); });
  connection.onDidChangeWatchedFiles(watchedFilesChanged);
}

/** Opening, editing, saving and closing documents. */
function listenToDocuments({ connection, documents, settings, imports, analyses, pairing, pullAgain }: Server): void {
  // An edit (not the opening, which TextDocuments also reports as a change): the analysis waits for a pause.
  documents.onDidChangeContent((e) => {
    if (analyses.isDraft(e.document)) analyses.changed(e.document);
    void pairing.documentChanged(e.document.uri);
  });
  documents.onDidClose((e) => {
    const { uri } = e.document;
    void pairing.documentChanged(uri, true);
    analyses.forget(uri);
    settings.forget(uri);
    imports.forget(uri);
  });
  documents.onDidOpen((e) => { analyses.markClean(e.document); });
  // Saved, a document is judged as a whole (no more pending totals): pull its diagnostics and lenses again.
  documents.onDidSave((e) => { analyses.markClean(e.document); pullAgain(); void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined); });
}

/** An answer from the analysis of the document's current version (debounced; outdated or cancelled: the request ends with that error). */
function withDocument({ documents, analyses }: Server) {
  return async <T>(uri: string, empty: T, f: (a: Analysis, doc: TextDocument) => T, token?: CancellationToken): Promise<T> => {
    const doc = documents.get(uri);
    return doc ? f(await analyses.of(doc, token), doc) : empty;
  };
}

/** The standard features of a document: diagnostics, code actions, symbols, folding, hover, completion, lenses, formatting. */
function answerDocumentFeatures(server: Server): void {
  const { connection, documents, settings, imports, analyses, pairing, env } = server;
  const withDoc = withDocument(server);
  const memo = new DiagnosticsMemo();
  const diagnosticsOf = async (doc: TextDocument, token: CancellationToken): Promise<readonly Diagnostic[]> => {
    const { analysis, previousUri } = await pairing.withPrevious(doc, await analyses.of(doc, token));
    const diagnostics = memo.of(analysis, { uri: doc.uri, version: doc.version, docsBase: env.docsBase, previousUri });
    const imported = imports.of(doc);
    return imported ? withSourceLocations(analysis, imported, diagnostics, (d) => doc.offsetAt(d.range.start)) : diagnostics;
  };
  connection.languages.diagnostics.on(async (p, token) => {
    const doc = documents.get(p.textDocument.uri);
    return doc ? documentDiagnostics(doc, await settings.optionsFor(doc.uri), analyses, p.previousResultId, (d) => diagnosticsOf(d, token)) : { kind: 'full', items: [] };
  });
  connection.onCodeAction((p, token) => withDoc(p.textDocument.uri, [], (a, d) => [...codeActions(a, { uri: d.uri, version: d.version, diagnostics: p.context.diagnostics, only: p.context.only, languageId: d.languageId }), ...tabTableActions(a, { uri: d.uri, version: d.version, range: p.range, only: p.context.only, languageId: d.languageId })], token));
  connection.onDocumentSymbol((p, token) => withDoc(p.textDocument.uri, [], (a) => documentSymbols(a), token));
  connection.onFoldingRanges((p, token) => withDoc(p.textDocument.uri, [], (a) => foldingRanges(a), token));
  connection.onHover((p, token) => withDoc(p.textDocument.uri, null, (a) => hover(a, p.position) ?? null, token));
  connection.onCompletion((p, token) => withDoc(p.textDocument.uri, [], (a) => completions(a, p.position), token));
  connection.onCodeLens((p, token) => withDoc(p.textDocument.uri, [], (a, d) => [...codeLenses(a, d.uri, d.version), ...tableViewLenses(a, d.uri)], token));
  connection.onDocumentFormatting((p, token) => withDoc(p.textDocument.uri, [], (a) => formatTables(a), token));
}

/** govreport's own requests: status, new report, rules, workspace check, import, table view, 校验报告. */
function answerRequests(server: Server): void {
  const { connection, documents, settings, imports, analyses, pairing, env } = server;
  const withDoc = withDocument(server);
  const importFile = async (p: ImportFileParams): Promise<ImportFileResult> => {
    const answer = await imports.load(p, analyses.locale);
    analyses.forget(p.uri);
    return answer;
  };
  connection.onRequest(STATUS_REQUEST, async (p: StatusParams, token: CancellationToken): Promise<StatusInfo | null> => {
    const doc = documents.get(p.uri);
    return doc ? statusOf(await analyses.of(doc, token), waitsForSave(doc, await settings.optionsFor(doc.uri), analyses)) : null;
  });
  connection.onRequest(NEW_REPORT_REQUEST, (p: NewReportParams): NewReportResult => ({ text: newReportText(p) }));
  connection.onRequest(RULES_REQUEST, (): RuleInfo[] => RULES.map((r) => ({ id: r.meta.id, title: r.meta.title, category: r.meta.category, fixable: r.meta.fixable })));
  connection.onRequest(CHECK_FILES_REQUEST, (p: CheckFilesParams) => checkFiles(p, settings, env, analyses.locale, () => pairing.candidates()));
  connection.onRequest(IMPORT_FILE_REQUEST, importFile);
  connection.onRequest(TABLE_VIEW_REQUEST, (p: TableViewParams) => withDoc<TableViewResult | null>(p.uri, null, (a, d) => tableView(a, d.version, p, (pos) => d.offsetAt(pos))));
  connection.onRequest(OFFICE_REPORT_REQUEST, (p: OfficeReportParams) => officeReport(p, settings, env, analyses.locale, () => pairing.candidates(), (uri) => documents.get(uri)?.getText()));
}

const CAPABILITIES: InitializeResult['capabilities'] = {
  positionEncoding: 'utf-16',
  textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
  diagnosticProvider: { identifier: 'govreport', interFileDependencies: true, workspaceDiagnostics: false },
  codeActionProvider: { codeActionKinds: ['quickfix', FIX_ALL_KIND] },
  documentSymbolProvider: { label: '年度报告' },
  foldingRangeProvider: true,
  hoverProvider: true,
  completionProvider: { triggerCharacters: ['、'] },
  codeLensProvider: {},
  documentFormattingProvider: true,
  workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
};

/** `initializationOptions.workspaceTrusted === false` (our client in Restricted Mode): untrusted; anything else, trusted. */
function workspaceTrusted(options: unknown): boolean {
  return !(typeof options === 'object' && options !== null && 'workspaceTrusted' in options && options.workspaceTrusted === false);
}

/** The workspace folders (URIs): from initialize, then as the user adds and removes folders; their paths go to `onPaths`. */
class WorkspaceFolders {
  canWatch = false;
  private uris: string[] = [];

  constructor(private readonly onPaths: (paths: string[]) => void) {}

  initialize(params: InitializeParams): void {
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- a client that sends no workspaceFolders (LSP before 3.6) names its folder only in rootUri
    this.set(params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []));
    this.canWatch = params.capabilities.workspace?.workspaceFolders === true;
  }

  changed(e: WorkspaceFoldersChangeEvent): void {
    const removed = new Set(e.removed.map((f) => f.uri));
    this.set([...this.uris.filter((f) => !removed.has(f)), ...e.added.map((f) => f.uri)]);
  }

  private set(uris: string[]): void {
    this.uris = uris;
    this.onPaths(uris.map(filePathOf).filter((p) => p !== undefined));
  }
}
