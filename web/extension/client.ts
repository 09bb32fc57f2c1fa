import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateGovreport, deactivateGovreport } from '../../client/src/activate';
import type { GovreportApi } from '../../client/src/activate';
import { IMPORT_SCHEME } from '../../server/src/service/requests';
import { t } from '../../client/src/strings';
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
  const initializationOptions: WebInitializationOptions = { docsBase: vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules').toString(true) };
  return activateGovreport(context, (clientOptions) => new LanguageClient('govreport', t('name'), new Worker(serverUrl, { name: 'govreport-server' }), { ...clientOptions, initializationOptions }), WEB_SELECTOR);
}

export function deactivate(): Promise<void> {
  return deactivateGovreport();
}
