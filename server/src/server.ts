import { DidChangeConfigurationNotification, TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver';
import type { Connection, InitializeParams, InitializeResult } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { GovreportOptions } from './core/editor/options';
import { formatMessage, localeFrom } from './core/i18n/messages';
import type { Locale } from './core/i18n/messages';
import { RULES } from './core/rules';
import { analyse } from './service/analysis';
import type { Analysis } from './service/analysis';
import { codeActions, FIX_ALL_KIND } from './service/code-actions';
import { codeLenses } from './service/code-lens';
import { completions } from './service/completion';
import { rcDiagnostics } from './service/config-diagnostics';
import { arePaired, crossYearDiagnostics, previousReportOf } from './service/cross-year';
import type { DirectoryEntry, ReportCandidate } from './service/cross-year';
import { toDiagnostics } from './service/diagnostics';
import { foldingRanges } from './service/folding';
import { formatTables } from './service/formatting';
import { hover } from './service/hover';
import { CHECK_FILES_REQUEST, IMPORT_FILE_REQUEST, NEW_REPORT_REQUEST, OFFICE_REPORT_REQUEST, RULES_REQUEST, STATUS_REQUEST } from './service/requests';
import type { CheckFilesParams, CheckFilesResult, ImportFileParams, ImportFileResult, NewReportParams, NewReportResult, OfficeReportParams, OfficeReportResult, RuleInfo, StatusInfo, StatusParams } from './service/requests';
import type { ImportedReport } from './core/import/types';
import { importFile } from './import/registry';
import { withSourceLocations } from './service/imported';
import { decodeReport } from './core/text/decode';
import { workspaceOfficeReport } from './service/office';
import type { WorkspaceFile } from './service/office';
import { renderHtml } from './office/html';
import type { Exporters } from './office/exporters';
import { resolveSettings } from './service/settings';
import type { ResolvedSettings } from './service/settings';
import { statusOf } from './service/status';
import { documentSymbols } from './service/symbols';
import { newReportText } from './service/templates';
import { fileUriOf, filePathOf } from './service/uri';
import { WorkspaceReports } from './workspace-reports';

/** What the server needs from the machine: reading files (.govreportrc.json, workspace check, previous years' reports) and where the rule docs are. */
export interface ServerEnvironment {
  readText(path: string): string | undefined;
  /** A directory's entries, for the bounded scan of the workspace's report files (cross-year); none without it. */
  readDirectory?(path: string): readonly DirectoryEntry[] | undefined;
  /** A URI without trailing '/', e.g. file:///…/extension/docs/rules. */
  readonly docsBase?: string;
  /** The extension's version, named in the 校验报告. */
  readonly version?: string;
  /** The .xlsx/.docx writers (dist/office-export.js), loaded on first use. */
  exporters?(): Exporters;
}

/**
 * The only file that knows the connection: capabilities and one-line handlers. State is caches only:
 * settings per URI (cleared on change), analysis per (uri, version).
 */
export function startServer(connection: Connection, env: ServerEnvironment): void {
  const documents = new TextDocuments(TextDocument);
  const settings = new Map<string, Promise<GovreportOptions>>();
  const analyses = new Map<string, { version: number; analysis: Promise<Analysis> }>();
  /** Imported files (Word, PDF) by the URI of the virtual document that shows their rendering. */
  const imports = new Map<string, ImportedReport>();
  /** The import of a virtual document, while its text is the rendering. */
  const importOf = (doc: TextDocument): ImportedReport | undefined => {
    const imported = imports.get(doc.uri);
    return imported?.text === doc.getText() ? imported : undefined;
  };
  let locale: Locale = 'zh-cn';
  let canPullConfiguration = false;
  const workspaceReports = new WorkspaceReports(env);
  /** The workspace folders (URIs): from initialize, then as the user adds and removes folders. */
  let folders: string[] = [];
  let canWatchFolders = false;
  /** Per open document, the open documents whose previous year's report it was at the last look (cross-year). */
  const dependents = new Map<string, Set<string>>();

  // Problems of the configuration: a .govreportrc.json's are diagnostics on that file (published
  // when the file is first used and whenever it changes); VS Code settings' are a warning, once.
  const rcSeen = new Set<string>();
  const settingsShown = new Set<string>();
  const publishRc = (path: string) => {
    const text = env.readText(path);
    void connection.sendDiagnostics({ uri: fileUriOf(path), diagnostics: text === undefined ? [] : rcDiagnostics(text) }).catch(() => undefined);
  };
  const reportConfig = (resolved: ResolvedSettings) => {
    for (const path of resolved.rcPaths) if (!rcSeen.has(path)) {
      rcSeen.add(path);
      publishRc(path);
    }
    for (const problem of resolved.settingsProblems) if (!settingsShown.has(problem)) {
      settingsShown.add(problem);
      connection.window.showWarningMessage(`政府信息公开年报助手设置（govreport.*）：${problem}`);
    }
  };
  const optionsFor = (uri: string): Promise<GovreportOptions> => {
    let p = settings.get(uri);
    if (!p) {
      const section = canPullConfiguration ? connection.workspace.getConfiguration({ scopeUri: uri, section: 'govreport' }).catch(() => undefined) : Promise.resolve(undefined);
      p = section.then((raw) => {
        const resolved = resolveSettings(raw, filePathOf(uri), (path) => env.readText(path));
        reportConfig(resolved);
        return resolved.options;
      });
      settings.set(uri, p);
    }
    return p;
  };
  const analysisOf = (doc: TextDocument): Promise<Analysis> => {
    const cached = analyses.get(doc.uri);
    if (cached?.version === doc.version) return cached.analysis;
    const imported = importOf(doc);
    const analysis = optionsFor(doc.uri).then((options) => analyse({ text: doc.getText(), path: filePathOf(doc.uri), languageId: doc.languageId, options, locale, ...(imported ? { imported } : {}) }));
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

  // Cross-year: the previous year's report is an open document or a report file of the workspace
  // (open documents win over their file on disk).
  const candidates = async (): Promise<ReportCandidate[]> => {
    const open = await Promise.all(documents.all().map(async (d) => ({ uri: d.uri, model: (await analysisOf(d)).model })));
    const openPaths = new Set(documents.all().map((d) => filePathOf(d.uri)).filter((p) => p !== undefined));
    return [...open, ...[...workspaceReports.candidates()].filter(([path]) => !openPaths.has(path)).map(([, c]) => c)];
  };
  const diagnosticsOf = async (doc: TextDocument) => {
    const analysis = await analysisOf(doc);
    const context = { uri: doc.uri, version: doc.version, docsBase: env.docsBase };
    const imported = importOf(doc);
    const own = imported ? withSourceLocations(analysis, imported, toDiagnostics(analysis, context), (d) => doc.offsetAt(d.range.start)) : toDiagnostics(analysis, context);
    if (!analysis.checked) return own;
    const previous = previousReportOf(analysis.model, doc.uri, await candidates());
    return previous ? [...own, ...crossYearDiagnostics(analysis, previous, context, (await optionsFor(doc.uri)).severities)] : own;
  };
  /** After `uri` changed (or closed): when an open document takes it as its previous report, now or before, pull again. */
  const pairingMayHaveChanged = async (uri: string, closed = false) => {
    const doc = documents.get(uri);
    const before = dependents.get(uri) ?? new Set<string>();
    const now = new Set<string>();
    if (doc && !closed) {
      const model = (await analysisOf(doc)).model;
      for (const other of documents.all()) if (other.uri !== uri && arePaired((await analysisOf(other)).model, model)) now.add(other.uri);
    }
    if (closed) dependents.delete(uri);
    else dependents.set(uri, now);
    if (before.size > 0 || now.size > 0) void connection.languages.diagnostics.refresh().catch(() => undefined);
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    locale = localeFrom(params.locale);
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- a client that sends no workspaceFolders (LSP before 3.6) names its folder only in rootUri
    folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    workspaceReports.setFolders(folders.map(filePathOf).filter((p) => p !== undefined));
    canWatchFolders = params.capabilities.workspace?.workspaceFolders === true;
    canPullConfiguration = params.capabilities.workspace?.configuration === true;
    return {
      capabilities: {
        positionEncoding: 'utf-16',
        textDocumentSync: TextDocumentSyncKind.Incremental,
        diagnosticProvider: { identifier: 'govreport', interFileDependencies: true, workspaceDiagnostics: false },
        codeActionProvider: { codeActionKinds: ['quickfix', FIX_ALL_KIND] },
        documentSymbolProvider: { label: '年度报告' },
        foldingRangeProvider: true,
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['、'] },
        codeLensProvider: {},
        documentFormattingProvider: true,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'govreport' },
    };
  });
  connection.onInitialized(() => {
    if (canPullConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'govreport' }).catch(() => undefined);
    // A folder added to or removed from the workspace: its reports join or leave the cross-year pairing.
    if (canWatchFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        const removed = new Set(e.removed.map((f) => f.uri));
        folders = [...folders.filter((f) => !removed.has(f)), ...e.added.map((f) => f.uri)];
        workspaceReports.setFolders(folders.map(filePathOf).filter((p) => p !== undefined));
        void connection.languages.diagnostics.refresh().catch(() => undefined);
      });
    }
  });
  connection.onDidChangeConfiguration(() => { refresh(); });
  connection.onDidChangeWatchedFiles((p) => {
    const rcChanges = p.changes.map((c) => filePathOf(c.uri)).filter((path): path is string => path !== undefined && /[\\/]\.govreportrc\.json$/.test(path));
    if (rcChanges.length > 0) {
      for (const path of rcChanges) {
        rcSeen.add(path);
        publishRc(path);
      }
      refresh(); return;
    }
    // A report file changed on disk: re-read it; pull again when an open document pairs with it (before or after).
    const open = documents.all().map((d) => analyses.get(d.uri)).filter((a) => a !== undefined);
    void Promise.all(open.map((a) => a.analysis)).then((models) => {
      let affected = false;
      for (const c of p.changes) {
        const path = filePathOf(c.uri);
        if (path === undefined) continue;
        const { before, after } = workspaceReports.update(path);
        affected ||= [before, after].some((x) => x !== undefined && models.some((a) => arePaired(a.model, x.model)));
      }
      if (affected) void connection.languages.diagnostics.refresh().catch(() => undefined);
    });
  });
  documents.onDidChangeContent((e) => void pairingMayHaveChanged(e.document.uri));
  documents.onDidClose((e) => {
    void pairingMayHaveChanged(e.document.uri, true);
    analyses.delete(e.document.uri);
    settings.delete(e.document.uri);
    imports.delete(e.document.uri);
  });

  connection.languages.diagnostics.on(async (p) => {
    const doc = documents.get(p.textDocument.uri);
    return { kind: 'full', items: doc ? await diagnosticsOf(doc) : [] };
  });
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
  connection.onRequest(CHECK_FILES_REQUEST, (p: CheckFilesParams) => checkFiles(p, optionsFor, env, locale, candidates));
  connection.onRequest(IMPORT_FILE_REQUEST, async (p: ImportFileParams): Promise<ImportFileResult> => {
    const result = await importForEditor(p, locale);
    if (result.report) imports.set(p.uri, result.report);
    else imports.delete(p.uri);
    analyses.delete(p.uri);
    return result.answer;
  });
  connection.onRequest(OFFICE_REPORT_REQUEST, (p: OfficeReportParams) => officeReport(p, optionsFor, env, locale, candidates, (uri) => documents.get(uri)?.getText()));

  documents.listen(connection);
  connection.listen();
}

/**
 * The workspace check: files read from disk, checked like open documents, with cross-year findings
 * against a previous year's report among them, the open documents or the workspace's report files
 * (results go to the Problems panel).
 */
async function checkFiles(p: CheckFilesParams, optionsFor: (uri: string) => Promise<GovreportOptions>, env: ServerEnvironment, locale: Locale, others: () => Promise<ReportCandidate[]>): Promise<CheckFilesResult> {
  const checked: { uri: string; analysis: Analysis; options: GovreportOptions }[] = [];
  for (const uri of p.uris) {
    const path = filePathOf(uri);
    const text = path === undefined ? undefined : env.readText(path);
    if (text === undefined) continue;
    const options = await optionsFor(uri);
    const analysis = analyse({ text, path, options, locale });
    if (analysis.checked) checked.push({ uri, analysis, options });
  }
  const pool = [...checked.map((c) => ({ uri: c.uri, model: c.analysis.model })), ...(checked.length > 0 ? await others() : [])];
  const files = checked.map(({ uri, analysis, options }) => {
    const context = { uri, version: 0, docsBase: env.docsBase };
    const previous = previousReportOf(analysis.model, uri, pool.filter((c) => filePathOf(c.uri) !== filePathOf(uri)));
    return { uri, diagnostics: [...toDiagnostics(analysis, context), ...(previous ? crossYearDiagnostics(analysis, previous, context, options.severities) : [])] };
  });
  return { files };
}

/** A file the client read (Word, PDF, or a text file opened with the same command): its rendering, or why it cannot be read. */
async function importForEditor(p: ImportFileParams, locale: Locale): Promise<{ answer: ImportFileResult; report?: ImportedReport }> {
  const bytes = Uint8Array.from(Buffer.from(p.data, 'base64'));
  const outcome = await importFile(bytes, p.name, locale);
  if (outcome.kind === 'failed') return { answer: { failure: outcome.message } };
  if (outcome.kind === 'imported') return { answer: { text: outcome.report.text }, report: outcome.report };
  const decoded = decodeReport(bytes);
  return { answer: decoded.ok ? { text: decoded.text } : { failure: formatMessage(locale, decoded.reason === 'binary' ? 'cli/binary' : 'cli/empty') } };
}

/**
 * The 校验报告 of the workspace (the summary view and 保存校验报告): the report files read (an open
 * document's text wins over its file), checked like the workspace check, then the office's model
 * (service/office.ts), rendered as HTML or, through the lazily loaded writers, .xlsx / .docx.
 */
async function officeReport(p: OfficeReportParams, optionsFor: (uri: string) => Promise<GovreportOptions>, env: ServerEnvironment, locale: Locale, others: () => Promise<ReportCandidate[]>, openText: (uri: string) => string | undefined): Promise<OfficeReportResult> {
  const folders = p.folders.map(filePathOf).filter((f) => f !== undefined);
  const files: WorkspaceFile[] = [];
  for (const uri of p.uris) {
    const path = filePathOf(uri);
    const text = openText(uri) ?? (path === undefined ? undefined : env.readText(path));
    if (text === undefined) continue;
    const options = await optionsFor(uri);
    const analysis = analyse({ text, path, options, locale: options.locale ?? locale });
    const folder = folders.find((f) => path?.startsWith(`${f}/`));
    files.push({ uri, path: folder !== undefined && path !== undefined ? path.slice(folder.length + 1) : path ?? uri, analysis, options });
  }
  const pool = [...files.map((f) => ({ uri: f.uri, model: f.analysis.model })), ...(files.length > 0 ? await others() : [])];
  const reportLocale = files[0]?.options.locale ?? locale;
  const report = workspaceOfficeReport({
    files, pool, folders: folders.map((f) => f.slice(Math.max(f.lastIndexOf('/'), f.lastIndexOf('\\')) + 1)), locale: reportLocale,
    readText: (path) => env.readText(path), ...(folders[0] !== undefined ? { firstFolder: folders[0] } : {}), version: env.version ?? '', today: new Date(),
  });
  const head = { title: report.title, units: report.units.length, fix: report.totals.fix };
  if (p.format === 'html') return { ...head, html: renderHtml(report) };
  if (!env.exporters) return { ...head, problem: formatMessage(reportLocale, 'office/cli.no-exporters') };
  const exporters = env.exporters();
  const bytes = await (p.format === 'xlsx' ? exporters.renderXlsx(report) : exporters.renderDocx(report));
  return { ...head, base64: Buffer.from(bytes).toString('base64') };
}
