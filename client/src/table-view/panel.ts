import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { IMPORT_SCHEME, TABLE_VIEW_REQUEST } from '../../../server/src/service/requests';
import type { TableRef, TableView, TableViewParams, TableViewResult } from '../../../server/src/service/table-view';
import { t } from '../strings';
import { cellText, cellValue, parseWebviewMessage, viewCells } from './messages';
import type { HostMessage, WebviewMessage } from './messages';

/**
 * The table view (表格视图): one webview beside the editor showing a table of part 二/三/四 as the
 * official form (the server builds it: service/table-view.ts). A changed cell becomes a text edit
 * of the cell's range carrying the document version, applied through govreport.applyWorkspaceEdit
 * (refused when the document changed meanwhile): an ordinary, undoable edit of the document, which
 * stays the source of truth. The view follows the document: every change, every new set of
 * diagnostics, and the cursor moving into another table (a table picked in the outline) show the
 * document's current reading. Strict CSP: only our own script and style, no remote content.
 */
export const TABLE_VIEW_TYPE = 'govreport.tableView';

export class TableViewPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private ref: TableRef | undefined;
  private view: TableView | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private following: ReturnType<typeof setTimeout> | undefined;
  private readonly updated = new vscode.EventEmitter<TableView>();
  private readonly subscriptions: vscode.Disposable[];
  /** Fires with every view shown (the real-editor tests wait on it). */
  readonly onDidUpdate = this.updated.event;

  constructor(private readonly client: BaseLanguageClient, private readonly extensionUri: vscode.Uri) {
    this.subscriptions = [
      vscode.workspace.onDidChangeTextDocument((e) => { if (this.shows(e.document.uri)) this.schedule(); }),
      vscode.languages.onDidChangeDiagnostics((e) => { if (e.uris.some((u) => this.shows(u))) this.schedule(); }),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (!this.shows(e.textEditor.document.uri)) return;
        if (this.following) clearTimeout(this.following);
        this.following = setTimeout(() => { void this.follow(e.textEditor); }, 150);
      }),
    ];
  }

  /** The view shown, if the panel is open. */
  get shown(): TableView | undefined {
    return this.panel ? this.view : undefined;
  }

  /** Opens the view on a table (a code lens's TableRef) or on the table at the active editor's cursor; resolves to whether it is shown. */
  async open(target?: unknown): Promise<boolean> {
    const ref = asRef(target);
    const editor = vscode.window.activeTextEditor;
    let params: TableViewParams;
    if (ref) params = ref;
    else if (editor) params = { uri: editor.document.uri.toString(), position: { line: editor.selection.active.line, character: editor.selection.active.character } };
    else {
      void vscode.window.showInformationMessage(t('noEditor'));
      return false;
    }
    const result = await this.request(params).catch(() => null);
    if (!result || 'problem' in result) {
      void vscode.window.showInformationMessage(result?.problem ?? t('noEditor'));
      return false;
    }
    this.ref = result.ref;
    try {
      this.ensurePanel(result.ui.panel);
    } catch (e) {
      void vscode.window.showErrorMessage(`${result.ui.panel}: ${e instanceof Error ? e.message : String(e)}`);
      return false;
    }
    this.show(result);
    return true;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    if (this.following) clearTimeout(this.following);
    this.panel?.dispose();
    for (const s of this.subscriptions) s.dispose();
    this.updated.dispose();
  }

  private shows(uri: vscode.Uri): boolean {
    return this.panel !== undefined && this.ref?.uri === uri.toString();
  }

  private request(params: TableViewParams): Promise<TableViewResult | null> {
    return this.client.sendRequest<TableViewResult | null>(TABLE_VIEW_REQUEST, params);
  }

  private ensurePanel(title: string): vscode.WebviewPanel {
    if (this.panel) return this.panel;
    const root = vscode.Uri.joinPath(this.extensionUri, 'dist', 'table-view');
    const panel = vscode.window.createWebviewPanel(TABLE_VIEW_TYPE, title, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: true, localResourceRoots: [root] });
    const script = panel.webview.asWebviewUri(vscode.Uri.joinPath(root, 'webview.js'));
    const style = panel.webview.asWebviewUri(vscode.Uri.joinPath(root, 'webview.css'));
    const csp = `default-src 'none'; script-src ${panel.webview.cspSource}; style-src ${panel.webview.cspSource}; img-src 'none'; font-src 'none'; connect-src 'none'; form-action 'none'; frame-src 'none'`;
    panel.webview.html = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${csp}"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="${style.toString()}"><title>${escapeHtml(title)}</title></head><body><main id="app"></main><script src="${script.toString()}"></script></body></html>`;
    panel.webview.onDidReceiveMessage((m: unknown) => { void this.received(parseWebviewMessage(m)); });
    panel.onDidDispose(() => { this.panel = undefined; this.view = undefined; this.ref = undefined; });
    this.panel = panel;
    return panel;
  }

  private show(view: TableView): void {
    this.view = view;
    this.ref = view.ref;
    if (!this.panel) return;
    this.panel.title = view.title;
    const readOnly = vscode.Uri.parse(view.ref.uri).scheme === IMPORT_SCHEME ? view.ui.readOnly : undefined;
    void this.post({ type: 'view', view, ...(readOnly === undefined ? {} : { readOnly }) });
    this.updated.fire(view);
  }

  private post(message: HostMessage): Thenable<boolean> {
    return this.panel?.webview.postMessage(message) ?? Promise.resolve(false);
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => { void this.refresh(); }, 120);
  }

  private async refresh(): Promise<void> {
    const ref = this.ref;
    if (!ref || !this.panel) return;
    const result = await this.request(ref).catch(() => null);
    if (!result || ref !== this.ref) return;
    if ('problem' in result) void this.post({ type: 'notice', text: result.problem });
    else this.show(result);
  }

  /** The cursor moved into another table of the shown document: show that one. */
  private async follow(editor: vscode.TextEditor): Promise<void> {
    const p = editor.selection.active;
    const result = await this.request({ uri: editor.document.uri.toString(), position: { line: p.line, character: p.character } }).catch(() => null);
    if (!result || 'problem' in result || !this.ref) return;
    if (result.ref.id !== this.ref.id || result.ref.nth !== this.ref.nth) this.show(result);
  }

  private async received(m: WebviewMessage | undefined): Promise<void> {
    if (!m) return;
    const view = this.view;
    if (m.type === 'ready') {
      if (view) this.show(view);
      return;
    }
    if (!view || !this.ref) return;
    if (m.type === 'switch') {
      this.ref = { uri: this.ref.uri, id: m.id, nth: m.nth };
      await this.refresh();
      return;
    }
    const cell = viewCells(view).get(m.key);
    const range = cell?.range;
    if (!cell || !range) return;
    const uri = vscode.Uri.parse(view.ref.uri);
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === view.ref.uri);
    const vsRange = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
    if (m.type === 'reveal') {
      const editor = await vscode.window.showTextDocument(doc ?? await vscode.workspace.openTextDocument(uri), { viewColumn: vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === view.ref.uri)?.viewColumn ?? vscode.ViewColumn.One, selection: vsRange });
      editor.revealRange(vsRange, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      return;
    }
    if (!doc || uri.scheme === IMPORT_SCHEME) return;
    const verdict = cellValue(m.value, cell.cellKind, view.blankAllowed);
    if (!verdict.ok) return;
    if (m.version !== view.version || doc.version !== view.version) {
      void this.post({ type: 'notice', text: view.ui.stale });
      await this.refresh();
      return;
    }
    const before = range.start.character > 0 ? doc.getText(new vscode.Range(vsRange.start.translate(0, -1), vsRange.start)) : '';
    const after = doc.getText(new vscode.Range(vsRange.end, vsRange.end.translate(0, 1)));
    const newText = vsRange.isEmpty ? cellText(verdict.value, before, after) : verdict.value;
    const edit = { documentChanges: [{ textDocument: { uri: view.ref.uri, version: view.version }, edits: [{ range, newText }] }] };
    await vscode.commands.executeCommand<boolean>('govreport.applyWorkspaceEdit', edit);
  }
}

function asRef(value: unknown): TableRef | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Partial<Record<keyof TableRef, unknown>>;
  const id = v.id;
  if (typeof v.uri !== 'string' || (id !== '二' && id !== '三' && id !== '四') || typeof v.nth !== 'number' || !Number.isSafeInteger(v.nth) || v.nth < 0) return undefined;
  return { uri: v.uri, id, nth: v.nth };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
