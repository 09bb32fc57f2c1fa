import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { bytesToBase64 } from '../../server/src/import/base64';
import { IMPORT_FILE_REQUEST, IMPORT_SCHEME } from '../../server/src/service/requests';
import type { ImportFileParams, ImportFileResult } from '../../server/src/service/requests';
import { t } from './strings';

/**
 * Word and PDF files in the editor: 检查此文件 opens the file's Markdown rendering as a read-only
 * virtual document (scheme govreport-import) that the language server checks like any report
 * (diagnostics, hovers, outline); 转换为 Markdown 草稿 writes the rendering beside the file as an
 * editable .md. The client reads the bytes through vscode.workspace.fs (so remote and virtual file
 * systems work) and the server imports them (server/src/import): the core stays pure.
 */

/** Word and PDF files the commands accept (the file dialog's filter). */
const EXTENSIONS = ['docx', 'doc', 'wps', 'pdf'];
/** Files the server is not sent: it reads at most 100 MB too. */
const MAX_BYTES = 100 * 1024 * 1024;

export class ImportedDocuments implements vscode.TextDocumentContentProvider {
  /** The renderings by virtual URI, kept while VS Code may ask for them again. */
  private readonly texts = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fired when a file is imported again, so that an open rendering shows the new text. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly client: BaseLanguageClient) {}

  /** The virtual document of a file: its path with .md added (so VS Code shows it as Markdown), the file's URI as query. */
  static virtualUri(file: vscode.Uri): vscode.Uri {
    return vscode.Uri.from({ scheme: IMPORT_SCHEME, path: `${file.path}.md`, query: file.toString() });
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const known = this.texts.get(uri.toString());
    if (known !== undefined) return known;
    const result = await this.importFile(vscode.Uri.parse(uri.query), uri);
    return 'text' in result ? result.text : result.failure;
  }

  /** 检查此文件: the rendering, checked, in a read-only editor; findings go to the Problems panel. */
  async check(given?: vscode.Uri): Promise<vscode.TextDocument | undefined> {
    const file = given ?? (await pickFile());
    if (!file) return undefined;
    const virtual = ImportedDocuments.virtualUri(file);
    const result = await this.importFile(file, virtual);
    if ('failure' in result) {
      void vscode.window.showErrorMessage(t('importFailed', { name: baseName(file), reason: result.failure }));
      return undefined;
    }
    // A rendering already open is asked for its text again (the file may have changed since).
    this.changed.fire(virtual);
    const doc = await vscode.workspace.openTextDocument(virtual);
    await vscode.window.showTextDocument(doc, { preview: false });
    return doc;
  }

  /** 转换为 Markdown 草稿: `name.md` beside the file (asks before replacing one), opened for editing. */
  async convert(given?: vscode.Uri, overwrite = false): Promise<vscode.Uri | undefined> {
    const file = given ?? (await pickFile());
    if (!file) return undefined;
    const result = await this.importFile(file, ImportedDocuments.virtualUri(file));
    if ('failure' in result) {
      void vscode.window.showErrorMessage(t('importFailed', { name: baseName(file), reason: result.failure }));
      return undefined;
    }
    const target = file.with({ path: file.path.replace(/\.[^./]+$/, '') + '.md' });
    if (!overwrite && (await exists(target))) {
      const replace = t('replace');
      const answer = await vscode.window.showWarningMessage(t('mdExists', { name: baseName(target) }), { modal: true }, replace);
      if (answer !== replace) return undefined;
    }
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.text));
    await vscode.window.showTextDocument(target, { preview: false });
    return target;
  }

  private async importFile(file: vscode.Uri, virtual: vscode.Uri): Promise<ImportFileResult> {
    let bytes: Uint8Array;
    try {
      const stat = await vscode.workspace.fs.stat(file);
      // A FIFO or a device (FileType.Unknown) would block the read or never end: only files are read.
      if ((stat.type & vscode.FileType.File) === 0) return { failure: t('notRegular') };
      if (stat.size > MAX_BYTES) return { failure: t('tooLarge', { size: Math.round(stat.size / 1024 / 1024) }) };
      bytes = await vscode.workspace.fs.readFile(file);
    } catch (error) {
      return { failure: error instanceof Error ? error.message : String(error) };
    }
    const params: ImportFileParams = { uri: virtual.toString(), name: baseName(file), data: bytesToBase64(bytes) };
    const result = await this.client.sendRequest<ImportFileResult>(IMPORT_FILE_REQUEST, params);
    if ('text' in result) this.texts.set(virtual.toString(), result.text);
    return result;
  }
}

function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** The file of the active tab when it is a Word or PDF file (VS Code shows those as binary), else one picked in a dialog. */
async function pickFile(): Promise<vscode.Uri | undefined> {
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  const active = input instanceof vscode.TabInputText || input instanceof vscode.TabInputCustom ? input.uri : undefined;
  if (active && EXTENSIONS.some((e) => active.path.toLowerCase().endsWith(`.${e}`))) return active;
  const picked = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { [t('wordOrPdf')]: EXTENSIONS } });
  return picked?.[0];
}
