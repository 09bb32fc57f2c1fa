import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { STATUS_REQUEST } from '../../server/src/service/requests';
import type { StatusInfo } from '../../server/src/service/requests';
import { t } from './strings';

/** How long to wait before asking again about a document the server has not received yet (it is opened before it is synchronised). */
const RETRY_MS = 300;
const RETRIES = 5;

/**
 * What the user sees of the active report's check, always for the active document: the language
 * status item (in the `{}` hover) and a status bar item, shown by default as ESLint's was (the user
 * can hide it from the status bar's menu). Both say 「未检查」 for a document that was not checked
 * (not a report, or edited in on-save mode); both run 修正全部, which says itself when there is
 * nothing to fix (never "No code actions available").
 */
export class ReportStatus implements vscode.Disposable {
  readonly changed = new vscode.EventEmitter<string>();
  private readonly language: vscode.LanguageStatusItem;
  private readonly bar: vscode.StatusBarItem;
  private asked = 0;

  constructor(private readonly client: BaseLanguageClient, selector: vscode.DocumentSelector, private readonly languages: readonly string[]) {
    this.language = vscode.languages.createLanguageStatusItem('govreport.status', selector);
    this.language.name = t('name');
    this.bar = vscode.window.createStatusBarItem('govreport.statusBar', vscode.StatusBarAlignment.Right, 100);
    this.bar.name = t('name');
    const command = { title: t('fixAll'), command: 'govreport.fixAll' };
    this.language.command = command;
    this.bar.command = command;
  }

  get text(): string {
    return this.language.text;
  }

  /** Asks the server about the active document and shows the answer; hides the bar item for other documents. */
  async update(): Promise<void> {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !this.languages.includes(doc.languageId)) {
      this.bar.hide();
      return;
    }
    const asked = ++this.asked;
    let info: StatusInfo | null = null;
    for (let attempt = 0; attempt <= RETRIES && info === null; attempt++) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
      info = await this.client.sendRequest<StatusInfo | null>(STATUS_REQUEST, { uri: doc.uri.toString() }).catch(() => null);
      // Another document became active meanwhile: its own update shows it.
      if (asked !== this.asked) return;
    }
    const text = info?.text ?? t('notChecked');
    this.language.text = text;
    this.language.severity = info?.tableErrors ? vscode.LanguageStatusSeverity.Error : vscode.LanguageStatusSeverity.Information;
    this.bar.text = `$(${info?.checked === true ? (info.errors ? 'error' : 'pass') : 'circle-slash'}) ${text}`;
    this.bar.tooltip = `${t('name')}：${text}`;
    this.bar.show();
    this.changed.fire(text);
  }

  dispose(): void {
    this.language.dispose();
    this.bar.dispose();
    this.changed.dispose();
  }
}
