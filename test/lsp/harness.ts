import { PassThrough } from 'node:stream';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import { createConnection } from 'vscode-languageserver/node';
import type { Diagnostic, DocumentDiagnosticReport, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { startServer } from '../../server/src/server';

/**
 * The real server over its protocol, in-process: two pipes, a JSON-RPC client on one end and
 * `startServer` on the other. Settings answer `workspace/configuration`; `files` stands for the disk.
 */
export interface LspOptions {
  settings?: Record<string, unknown>;
  locale?: string;
  files?: Record<string, string>;
}

export interface Lsp {
  readonly client: MessageConnection;
  settings: Record<string, unknown>;
  /** How many times the server asked for a diagnostics refresh. */
  refreshes: number;
  open(uri: string, text: string, languageId?: string): Promise<void>;
  change(uri: string, text: string): Promise<void>;
  text(uri: string): string;
  version(uri: string): number;
  diagnostics(uri: string): Promise<Diagnostic[]>;
  request<R>(method: string, params: unknown): Promise<R>;
  /** Applies a WorkspaceEdit to the open documents (as the editor would) and sends the change. */
  apply(edit: WorkspaceEdit): Promise<void>;
  changeSettings(settings: Record<string, unknown>): Promise<void>;
  dispose(): void;
}

export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const offsetAt = (line: number, character: number) => {
    let offset = 0;
    for (let i = 0; i < line; i++) {
      const nl = text.indexOf('\n', offset);
      if (nl < 0) return text.length;
      offset = nl + 1;
    }
    return offset + character;
  };
  const withOffsets = edits.map((e) => ({ start: offsetAt(e.range.start.line, e.range.start.character), end: offsetAt(e.range.end.line, e.range.end.character), newText: e.newText }));
  withOffsets.sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of withOffsets) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

export async function startLsp(options: LspOptions = {}): Promise<Lsp> {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const serverConnection = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
  const files = options.files ?? {};
  startServer(serverConnection, { readText: (p) => files[p], docsBase: 'file:///ext/docs/rules' });
  const client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  const docs = new Map<string, { text: string; version: number }>();
  const lsp: Lsp = {
    client,
    settings: options.settings ?? {},
    refreshes: 0,
    async open(uri, text, languageId = 'markdown') {
      docs.set(uri, { text, version: 1 });
      await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    },
    async change(uri, text) {
      const doc = docs.get(uri)!;
      doc.text = text;
      doc.version++;
      await client.sendNotification('textDocument/didChange', { textDocument: { uri, version: doc.version }, contentChanges: [{ text }] });
    },
    text: (uri) => docs.get(uri)!.text,
    version: (uri) => docs.get(uri)!.version,
    async diagnostics(uri) {
      const r = await client.sendRequest<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
      return r.kind === 'full' ? r.items : [];
    },
    request: (method, params) => client.sendRequest(method, params),
    async apply(edit) {
      for (const change of edit.documentChanges ?? []) {
        if (!('textDocument' in change)) continue;
        const doc = docs.get(change.textDocument.uri)!;
        if (change.textDocument.version !== null && change.textDocument.version !== doc.version) throw new Error(`stale edit: version ${change.textDocument.version}, document ${doc.version}`);
        await lsp.change(change.textDocument.uri, applyTextEdits(doc.text, change.edits as TextEdit[]));
      }
    },
    async changeSettings(settings) {
      lsp.settings = settings;
      await client.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    },
    dispose() {
      client.dispose();
      serverConnection.dispose();
    },
  };
  client.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => p.items.map(() => lsp.settings));
  client.onRequest('client/registerCapability', () => null);
  client.onRequest('workspace/diagnostic/refresh', () => {
    lsp.refreshes++;
    return null;
  });
  client.onRequest('workspace/codeLens/refresh', () => null);
  client.listen();
  await client.sendRequest('initialize', {
    processId: null, rootUri: null, locale: options.locale ?? 'zh-cn',
    capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } }, textDocument: { diagnostic: {} } },
  });
  await client.sendNotification('initialized', {});
  return lsp;
}
