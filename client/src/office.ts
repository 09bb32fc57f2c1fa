import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { base64ToBytes } from '../../server/src/import/base64';
import { OFFICE_REPORT_REQUEST } from '../../server/src/service/requests';
import type { OfficeReportParams, OfficeReportResult } from '../../server/src/service/requests';
import { t } from './strings';

/**
 * The 校验报告 view: after 检查工作区内全部年报, the same report `govreport report` writes, in a
 * webview beside the editor (no scripts: the HTML is static, its CSP forbids everything but its
 * inline style), and 保存校验报告 (.html, .xlsx, .docx) from its title bar. The server builds it.
 */
export const VIEW_TYPE = 'govreport.officeReport';

export class OfficeReportView {
  private panel: vscode.WebviewPanel | undefined;
  private html: string | undefined;

  constructor(private readonly client: BaseLanguageClient) {}

  /** The HTML shown, for the real-editor tests. */
  get shownHtml(): string | undefined {
    return this.panel ? this.html : undefined;
  }

  /** Builds the report of the workspace's report files and shows it (opening the view, or updating it). */
  async show(uris: readonly vscode.Uri[]): Promise<OfficeReportResult> {
    const result = await this.request(uris, 'html');
    const html = result.html ?? '';
    const editor = vscode.window.activeTextEditor;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(VIEW_TYPE, t('officeTitle'), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: false, localResourceRoots: [] });
      this.panel.onDidDispose(() => { this.panel = undefined; });
    }
    // Setting the same HTML again would reload the view for nothing.
    if (html !== this.html || this.panel.webview.html !== html) this.panel.webview.html = html;
    this.html = html;
    // The view is beside the user's work, not in its way: the editor that had the focus keeps it.
    if (editor) await vscode.window.showTextDocument(editor.document, { viewColumn: editor.viewColumn ?? vscode.ViewColumn.Active, preserveFocus: false });
    return result;
  }

  /** Saves the report where the user says (or at `target`, for tests and keybindings); returns the file. */
  async save(uris: readonly vscode.Uri[], target?: vscode.Uri): Promise<vscode.Uri | undefined> {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const uri = target ?? await vscode.window.showSaveDialog({
      ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, `${t('officeFile')}.html`) } : {}),
      filters: { [t('filterHtml')]: ['html'], [t('filterXlsx')]: ['xlsx'], [t('filterDocx')]: ['docx'] },
      saveLabel: t('officeSave'),
    });
    if (!uri) return undefined;
    const ext = /\.(xlsx|docx)$/i.exec(uri.path)?.[1]?.toLowerCase();
    const format = ext === 'xlsx' ? 'xlsx' : ext === 'docx' ? 'docx' : 'html';
    const result = await this.request(uris, format);
    if (result.problem !== undefined) {
      void vscode.window.showErrorMessage(result.problem);
      return undefined;
    }
    const bytes = format === 'html' ? new TextEncoder().encode(result.html ?? '') : base64ToBytes(result.base64 ?? '');
    await vscode.workspace.fs.writeFile(uri, bytes);
    void vscode.window.showInformationMessage(t('officeSaved', { file: vscode.workspace.asRelativePath(uri), units: result.units, fix: result.fix }));
    return uri;
  }

  private request(uris: readonly vscode.Uri[], format: OfficeReportParams['format']): Promise<OfficeReportResult> {
    const params: OfficeReportParams = { uris: uris.map((u) => u.toString()), folders: (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.toString()), format };
    return this.client.sendRequest<OfficeReportResult>(OFFICE_REPORT_REQUEST, params);
  }
}
