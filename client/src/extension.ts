import type * as vscode from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import type { ServerOptions } from 'vscode-languageclient/node';
import { activateGovreport, deactivateGovreport } from './activate';
import type { GovreportApi } from './activate';
import { t } from './strings';

export type { GovreportApi, NewReportArgs } from './activate';

/** The desktop extension (package.json `main`): the language server is dist/server.js, a Node process over IPC. */
export function activate(context: vscode.ExtensionContext): Promise<GovreportApi> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  return activateGovreport(context, (clientOptions) => new LanguageClient('govreport', t('name'), serverOptions, clientOptions));
}

export function deactivate(): Promise<void> {
  return deactivateGovreport();
}
