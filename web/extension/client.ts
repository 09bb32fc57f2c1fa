import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateGovreport, deactivateGovreport } from '../../client/src/activate';
import type { GovreportApi } from '../../client/src/activate';
import { IMPORT_SCHEME } from '../../server/src/service/requests';
import { t } from '../../client/src/strings';
import { bytesToBase64 } from '../../server/src/import/base64';
import { CMAP_NAME, PDFJS_CMAP_REQUEST } from './initialization';
import type { WebInitializationOptions } from './initialization';

/** A Web Worker, as the page's global declares it (this file is type-checked without the DOM library). */
declare const Worker: new (url: string, options?: { name?: string }) => ConstructorParameters<typeof LanguageClient>[2];

const LANGUAGES = ['markdown', 'plaintext', 'govreport'];
/**
 * In vscode.dev, github.dev or code-server's web UI the files are not `file:` URIs
 * (vscode-vfs://github/…, vscode-test-web://mount/…): every scheme of the three languages, and the
 * read-only renderings of Word files.
 */
const WEB_SELECTOR = [...LANGUAGES.map((language) => ({ language })), { scheme: IMPORT_SCHEME, language: 'markdown' }];

/**
 * The web extension (package.json `browser`): the same client as on the desktop
 * (client/src/activate.ts), with the language server in a Web Worker (dist/web/server.js,
 * web/extension/server.ts).
 */
export function activate(context: vscode.ExtensionContext): Promise<GovreportApi> {
  const serverUrl = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js').toString(true);
  // The rule docs the diagnostics link to (codeDescription), as on the desktop: the extension's own
  // docs/rules (shipped in the .vsix), wherever the web host serves the extension from. The worker
  // cannot tell (VS Code starts it from a blob: URL), so the client says it at initialization.
  // pdf.js: the desktop's copy in dist/pdfjs, which the server imports by URL on the first PDF (web/extension/pdf.ts).
  const pdfjs = vscode.Uri.joinPath(context.extensionUri, 'dist', 'pdfjs');
  // Added to the shared options, not replacing them: Restricted Mode (workspaceTrusted) must reach the web server too.
  const webOptions: WebInitializationOptions = { docsBase: vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules').toString(true), pdfjsBase: pdfjs.toString(true) };
  return activateGovreport(context, (clientOptions) => {
    const client = new LanguageClient('govreport', t('name'), new Worker(serverUrl, { name: 'govreport-server' }), clientOptions);
    client.onRequest(PDFJS_CMAP_REQUEST, (params: unknown) => readCMap(pdfjs, params));
    return client;
  }, WEB_SELECTOR, webOptions);
}

/** A GB character map of dist/pdfjs/cmaps in base64, read through VS Code (the web host serves the extension's files); null when there is none of that name. */
async function readCMap(pdfjs: vscode.Uri, params: unknown): Promise<string | null> {
  const name = typeof params === 'object' && params !== null ? (params as { name?: unknown }).name : undefined;
  if (typeof name !== 'string' || !CMAP_NAME.test(name)) return null;
  try {
    return bytesToBase64(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(pdfjs, 'cmaps', `${name}.bcmap`)));
  } catch {
    return null;
  }
}

export function deactivate(): Promise<void> {
  return deactivateGovreport();
}
