import * as vscode from 'vscode';
import type { BaseLanguageClient, CodeAction, Command, DocumentSelector, LanguageClientOptions } from 'vscode-languageclient';
import { CHECK_FILES_REQUEST, IMPORT_SCHEME, NEW_REPORT_REQUEST, RULES_REQUEST, WORKSPACE_TRUSTED_NOTIFICATION } from '../../server/src/service/requests';
import type { CheckFilesResult, NewReportResult, RuleInfo } from '../../server/src/service/requests';
import { ImportedDocuments } from './imported';
import { t } from './strings';
import { OfficeReportView } from './office';
import { checkVersionedEdit } from './versioned-edit';
import { ReportStatus } from './status';
import { TableViewPanel } from './table-view/panel';
import type { TableView } from '../../server/src/service/table-view';

/**
 * The extension's client, the same on the desktop (client/src/extension.ts: the server is a Node
 * process over IPC) and in the browser (web/extension/client.ts: the server is a Web Worker): it
 * starts the language client for Markdown, plain-text and govreport documents and adds the
 * client-only UI — the language status item and the commands. No checking logic lives here.
 */
let client: BaseLanguageClient | undefined;

const LANGUAGES = ['markdown', 'plaintext', 'govreport'];
/** Files, unsaved documents, and the read-only renderings of Word and PDF files (checkFile). */
export const DESKTOP_SELECTOR: DocumentSelector = [...LANGUAGES.flatMap((language) => ['file', 'untitled'].map((scheme) => ({ scheme, language }))), { scheme: IMPORT_SCHEME, language: 'markdown' }];

/** How an entry point starts its language server: the client, given the options every entry shares. */
export type ClientFactory = (clientOptions: LanguageClientOptions) => BaseLanguageClient;

/** What activate() returns: the language status item's text and its changes, read by the real-editor tests. */
export interface GovreportApi {
  statusText(): string;
  readonly onDidUpdateStatus: vscode.Event<string>;
  /** Milliseconds from activate() to a started language server (figure in docs/performance.md). */
  readonly activationMs: number;
  /** The 校验报告 the summary view shows (after 检查工作区内全部年报), if it is open. */
  officeReportHtml(): string | undefined;
  /** The table view's table as shown (表格视图), if it is open, and its updates. */
  tableView(): TableView | undefined;
  readonly onDidUpdateTableView: vscode.Event<TableView>;
}

/** What the new-report command asks for; given as its argument (by a test or a keybinding), nothing is asked. */
export interface NewReportArgs { readonly body: string; readonly year: number; readonly level: 'department' | 'government' }

/**
 * Starts the client (`createClient`: Node process or Web Worker) for the documents of `selector`, and registers the commands.
 * `initializationOptions`: what this kind of client adds to the shared ones (the web client's docs and pdf.js locations).
 */
export async function activateGovreport(context: vscode.ExtensionContext, createClient: ClientFactory, selector: DocumentSelector = DESKTOP_SELECTOR, initializationOptions: object = {}): Promise<GovreportApi> {
  const activating = Date.now();
  const clientOptions: LanguageClientOptions = {
    documentSelector: selector,
    // .govreportrc.json: settings; report files: previous years' reports for the cross-year checks.
    synchronize: { fileEvents: [vscode.workspace.createFileSystemWatcher('**/.govreportrc.json'), vscode.workspace.createFileSystemWatcher('**/*.govreport-pack.json'), vscode.workspace.createFileSystemWatcher('**/*.{md,markdown,txt}')] },
    markdown: { isTrusted: false, supportHtml: false },
    diagnosticPullOptions: { onChange: true, onSave: true, onFocus: true },
    // Restricted Mode: the server does not apply the workspace's .govreportrc.json until trust is granted.
    initializationOptions: () => ({ ...initializationOptions, workspaceTrusted: vscode.workspace.isTrusted }),
  };
  const c = createClient(clientOptions);
  client = c;
  const workspaceResults = vscode.languages.createDiagnosticCollection('govreport-workspace');
  const status = new ReportStatus(c, selector as vscode.DocumentSelector, LANGUAGES);

  const imported = new ImportedDocuments(c);
  const officeView = new OfficeReportView(c);
  const tableView = new TableViewPanel(c, context.extensionUri);
  const updateStatus = () => status.update();

  context.subscriptions.push(
    workspaceResults,
    status,
    vscode.window.onDidChangeActiveTextEditor(() => void updateStatus()),
    // Saved (on-save mode: checked now) or switched to another language mode: the item follows.
    vscode.workspace.onDidSaveTextDocument(() => void updateStatus()),
    vscode.workspace.onDidCloseTextDocument(() => void updateStatus()),
    vscode.languages.onDidChangeDiagnostics((e) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (e.uris.some((u) => u.toString() === active)) void updateStatus();
    }),
    // An opened document is checked live: drop its results of the workspace check.
    vscode.workspace.onDidOpenTextDocument((d) => { workspaceResults.delete(d.uri); }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => void c.sendNotification(WORKSPACE_TRUSTED_NOTIFICATION).catch(() => undefined)),
    vscode.commands.registerCommand('govreport.newReport', (args?: NewReportArgs) => newReport(c, args)),
    vscode.commands.registerCommand('govreport.checkWorkspace', () => checkWorkspace(c, workspaceResults, officeView)),
    vscode.commands.registerCommand('govreport.saveOfficeReport', async (target?: vscode.Uri) => officeView.save(await reportFiles(), target)),
    vscode.commands.registerCommand('govreport.fixAll', () => fixAll(c)),
    vscode.commands.registerCommand('govreport.showRuleDoc', (rule?: string) => showRuleDoc(c, context, rule)),
    vscode.commands.registerCommand('govreport.restartServer', async () => { await c.stop(); await c.start(); }),
    vscode.workspace.registerTextDocumentContentProvider(IMPORT_SCHEME, imported),
    vscode.commands.registerCommand('govreport.checkFile', (uri?: vscode.Uri) => imported.check(uri)),
    vscode.commands.registerCommand('govreport.convertToMarkdown', (uri?: vscode.Uri, options?: { overwrite?: boolean }) => imported.convert(uri, options?.overwrite)),
    vscode.commands.registerCommand('govreport.applyWorkspaceEdit', (edit: unknown) => applyVersionedEdit(c, edit)),
    tableView,
    vscode.commands.registerCommand('govreport.openTableView', (ref?: unknown) => tableView.open(ref)),
  );
  await c.start();
  const activationMs = Date.now() - activating;
  void updateStatus();
  return { statusText: () => status.text, onDidUpdateStatus: status.changed.event, activationMs, officeReportHtml: () => officeView.shownHtml, tableView: () => tableView.shown, onDidUpdateTableView: tableView.onDidUpdate };
}

export async function deactivateGovreport(): Promise<void> {
  await client?.stop();
}

async function newReport(c: BaseLanguageClient, args?: NewReportArgs): Promise<vscode.TextDocument | undefined> {
  const input = args ?? (await askNewReport());
  if (!input) return undefined;
  const { text } = await c.sendRequest<NewReportResult>(NEW_REPORT_REQUEST, input);
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: text });
  await vscode.window.showTextDocument(doc);
  return doc;
}

async function askNewReport(): Promise<NewReportArgs | undefined> {
  const body = await vscode.window.showInputBox({ prompt: t('askBody'), ignoreFocusOut: true });
  if (body === undefined) return undefined;
  const year = await vscode.window.showInputBox({
    prompt: t('askYear'), value: String(new Date().getFullYear() - 1), ignoreFocusOut: true,
    validateInput: (v) => (/^\d{4}$/.test(v.trim()) && +v >= 2008 ? undefined : t('badYear')),
  });
  if (year === undefined) return undefined;
  const level = await vscode.window.showQuickPick([{ label: t('department'), value: 'department' as const }, { label: t('government'), value: 'government' as const }], { placeHolder: t('askLevel') });
  if (!level) return undefined;
  return { body, year: +year.trim(), level: level.value };
}

/** The workspace's Markdown and text files (what the workspace check and the 校验报告 read). */
function reportFiles(): Thenable<vscode.Uri[]> {
  return vscode.workspace.findFiles('**/*.{md,markdown,txt}', '**/{node_modules,.git}/**');
}

/** Checks the workspace's report files that are not open, then shows the 校验报告 of all of them; returns how many reports were checked. */
async function checkWorkspace(c: BaseLanguageClient, results: vscode.DiagnosticCollection, officeView: OfficeReportView): Promise<number> {
  const uris = await reportFiles();
  const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
  const { files } = await c.sendRequest<CheckFilesResult>(CHECK_FILES_REQUEST, { uris: uris.filter((u) => !open.has(u.toString())).map((u) => u.toString()) });
  results.clear();
  let problems = 0;
  for (const f of files) {
    const diagnostics = await c.protocol2CodeConverter.asDiagnostics([...f.diagnostics]);
    problems += diagnostics.length;
    results.set(vscode.Uri.parse(f.uri), diagnostics);
  }
  await vscode.commands.executeCommand('workbench.actions.view.problems');
  if (files.length > 0) await officeView.show(uris);
  void vscode.window.showInformationMessage(files.length ? t('checked', { files: files.length, problems }) : t('noReports'));
  return files.length;
}

/** Opens a rule's bundled documentation (Markdown preview, else the text); returns its URI. */
async function showRuleDoc(c: BaseLanguageClient, context: vscode.ExtensionContext, rule?: string): Promise<vscode.Uri | undefined> {
  let id = rule;
  if (!id) {
    const rules = await c.sendRequest<RuleInfo[]>(RULES_REQUEST);
    id = (await vscode.window.showQuickPick(rules.map((r) => ({ label: r.title, description: r.id })), { placeHolder: t('pickRule') }))?.description;
  }
  if (!id) return undefined;
  const parts = id.split('/');
  const doc = vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules', ...parts.slice(0, -1), `${parts[parts.length - 1]}.md`);
  await vscode.commands.executeCommand('markdown.showPreview', doc).then(undefined, () => vscode.window.showTextDocument(doc));
  return doc;
}

/**
 * Applies a code lens's edit only if every document it touches is still at the version it was
 * computed for (versioned-edit.ts); a stale one is refused with a message and the lenses are
 * recomputed. Resolves to whether the edit was applied (one undo step).
 */
async function applyVersionedEdit(c: BaseLanguageClient, edit: unknown): Promise<boolean> {
  const verdict = checkVersionedEdit(edit, (uri) => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri)?.version);
  if (!verdict.ok) {
    void vscode.window.showWarningMessage(t(verdict.reason === 'stale' ? 'staleEdit' : 'badEdit'));
    return false;
  }
  return vscode.workspace.applyEdit(await c.protocol2CodeConverter.asWorkspaceEdit({ documentChanges: [...verdict.changes] }));
}

/**
 * 修正全部: asks the server for `source.fixAll.govreport` on the active document (the safe fixes:
 * none changes a number) and applies it as one versioned edit; resolves to the number of edits
 * applied once they are in the document (0, with a message, when there is nothing to fix or the
 * document changed meanwhile). Awaitable, unlike editor.action.codeAction, which raced under load.
 */
async function fixAll(c: BaseLanguageClient): Promise<number> {
  const doc = vscode.window.activeTextEditor?.document;
  if (!doc || !LANGUAGES.includes(doc.languageId)) {
    void vscode.window.showInformationMessage(t('noEditor'));
    return 0;
  }
  const end = doc.positionAt(doc.getText().length);
  // By method name: the request type's value lives in the Node or the browser build of the client.
  const actions = await c.sendRequest<(CodeAction | Command)[] | null>('textDocument/codeAction', {
    textDocument: { uri: doc.uri.toString() },
    range: { start: { line: 0, character: 0 }, end: { line: end.line, character: end.character } },
    context: { diagnostics: [], only: ['source.fixAll.govreport'] },
  });
  const edit = actions?.flatMap((a) => ('edit' in a ? [a.edit] : []))[0];
  const count = edit?.documentChanges?.reduce((n, ch) => n + ('edits' in ch ? ch.edits.length : 0), 0) ?? 0;
  if (!edit || count === 0) {
    void vscode.window.showInformationMessage(t('fixAllNone'));
    return 0;
  }
  if (!(await applyVersionedEdit(c, edit))) return 0;
  void vscode.window.setStatusBarMessage(t('fixAllDone', { count }), 5000);
  return count;
}
