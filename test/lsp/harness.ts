import { PassThrough } from 'node:stream';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import { createConnection } from 'vscode-languageserver/node';
import type { Diagnostic, DocumentDiagnosticReport, Position, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import type { AnalysisRunner } from '../../server/src/lsp/analysis-runner';
import { startServer } from '../../server/src/server';
import type { ServerEnvironment } from '../../server/src/server';
import { defined } from '../support/nth';

/**
 * The real server over its protocol, in-process: two pipes, a JSON-RPC client on one end and
 * `startServer` on the other. Settings answer `workspace/configuration`; `files` stands for the disk.
 */
export interface LspOptions {
  settings?: Record<string, unknown>;
  locale?: string;
  files?: Record<string, string>;
  /** Workspace folders (paths) sent with initialize; their files in `files` are scanned for previous years' reports. */
  folders?: string[];
  /** Sent as initialize's initializationOptions (our client sends `{ workspaceTrusted }`). */
  initializationOptions?: unknown;
  /** Where the server runs its analyses (worker threads, as the desktop server does); none: in its own thread. */
  analyses?: AnalysisRunner;
}

export interface Lsp {
  readonly client: MessageConnection;
  settings: Record<string, unknown>;
  /** How many times the server asked for a diagnostics refresh. */
  refreshes: number;
  open(uri: string, text: string, languageId?: string): Promise<void>;
  change(uri: string, text: string): Promise<void>;
  /** didSave: the document's text is now the file's (it is judged as a whole again). */
  save(uri: string): Promise<void>;
  close(uri: string): Promise<void>;
  /** Writes (or, with undefined, deletes) a file on the "disk" and tells the server, as the file watcher would. */
  writeFile(path: string, text: string | undefined): Promise<void>;
  /** Resolves at the server's next `workspace/diagnostic/refresh` request. */
  nextRefresh(): Promise<void>;
  /** Diagnostics the server pushed (textDocument/publishDiagnostics), by URI: the configuration files'. */
  readonly published: Map<string, Diagnostic[]>;
  /** Resolves with the next diagnostics pushed for `uri`. */
  nextPublish(uri: string): Promise<Diagnostic[]>;
  /** window/showMessage texts. */
  readonly messages: string[];
  /** What the server registered dynamically (client/registerCapability), in order. */
  readonly registrations: { id?: string; method: string; registerOptions?: unknown }[];
  /** window/logMessage texts (the output channel). */
  readonly logs: string[];
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

/**
 * The change from `before` to `after` as VS Code sends it to a server that syncs incrementally (ours
 * does): the range of `before` replaced, as LSP positions, and the text put there. Never splits a
 * CRLF or a surrogate pair. A client that sent the whole text at every keystroke would make the
 * near-limit bench measure JSON of 450,000 characters per change, which no editor sends.
 */
export function incrementalChange(before: string, after: string): { range: Range; text: string } {
  const max = Math.min(before.length, after.length);
  const shift = after.length - before.length;
  // Whole blocks compared as strings first (near the size limit a keystroke leaves 450,000 characters alike).
  let start = 0;
  while (start + BLOCK <= max && before.slice(start, start + BLOCK) === after.slice(start, start + BLOCK)) start += BLOCK;
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  while (start > 0 && splitsPair(before, start)) start--;
  let end = before.length;
  while (end - BLOCK >= start && end - BLOCK + shift >= start && before.slice(end - BLOCK, end) === after.slice(end - BLOCK + shift, end + shift)) end -= BLOCK;
  while (end > start && end + shift > start && before.charCodeAt(end - 1) === after.charCodeAt(end - 1 + shift)) end--;
  while (end < before.length && splitsPair(before, end)) end++;
  return { range: { start: positionIn(before, start), end: positionIn(before, end) }, text: after.slice(start, end + shift) };
}

const BLOCK = 4096;

/** Whether offset `at` falls inside a CRLF or a surrogate pair. */
function splitsPair(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at);
  return (before === 13 && after === 10) || (before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff);
}

/** The LSP position of an offset (never inside a CRLF): lines end at LF, CR or CRLF. */
function positionIn(text: string, offset: number): Position {
  const breaks = /\r\n|\r|\n/g;
  let line = 0;
  let lineStart = 0;
  while (breaks.test(text) && breaks.lastIndex <= offset) {
    line++;
    lineStart = breaks.lastIndex;
  }
  return { line, character: offset - lineStart };
}

/** The "disk" of a test: `files` by path, listed as directories by their path prefixes. */
function diskOf(files: Map<string, string>): NonNullable<ServerEnvironment['readDirectory']> {
  return (dir: string) => {
    const prefix = `${dir.replace(/\/+$/, '')}/`;
    const names = new Map<string, 'file' | 'directory'>();
    for (const p of files.keys()) {
      if (!p.startsWith(prefix)) continue;
      const [name = '', ...rest] = p.slice(prefix.length).split('/');
      names.set(name, rest.length > 0 ? 'directory' : 'file');
    }
    return names.size > 0 ? [...names].map(([name, kind]) => ({ name, kind, ...(kind === 'file' ? { size: files.get(`${prefix}${name}`)?.length ?? 0 } : {}) })) : undefined;
  };
}

/** What the server sends the client: configuration, registrations, refreshes, pushed diagnostics, messages and logs. */
function answerServer(client: MessageConnection, lsp: Lsp, waiters: Waiters): void {
  client.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => p.items.map(() => lsp.settings));
  client.onRequest('client/registerCapability', (p: { registrations: { id?: string; method: string; registerOptions?: unknown }[] }) => {
    lsp.registrations.push(...p.registrations);
    return null;
  });
  client.onRequest('workspace/diagnostic/refresh', () => {
    lsp.refreshes++;
    for (const w of waiters.refresh.splice(0)) w();
    return null;
  });
  client.onRequest('workspace/codeLens/refresh', () => null);
  client.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: Diagnostic[] }) => {
    lsp.published.set(p.uri, p.diagnostics);
    for (let i = waiters.publish.length - 1; i >= 0; i--) {
      const waiter = waiters.publish[i];
      if (waiter?.uri !== p.uri) continue;
      waiter.resolve(p.diagnostics);
      waiters.publish.splice(i, 1);
    }
  });
  client.onNotification('window/showMessage', (p: { message: string }) => { lsp.messages.push(p.message); });
  client.onNotification('window/logMessage', (p: { message: string }) => { lsp.logs.push(p.message); });
  client.onRequest('window/showMessageRequest', (p: { message: string }) => {
    lsp.messages.push(p.message);
    return null;
  });
}

interface Waiters {
  readonly refresh: (() => void)[];
  readonly publish: { uri: string; resolve: (d: Diagnostic[]) => void }[];
}

/** The open documents as the client has them: opening, changing, saving, closing, and applying a WorkspaceEdit. */
function documentsOf(client: MessageConnection, lsp: () => Lsp): Pick<Lsp, 'open' | 'change' | 'save' | 'close' | 'text' | 'version' | 'apply'> {
  const docs = new Map<string, { text: string; version: number }>();
  const change = async (uri: string, text: string) => {
    const doc = defined(docs.get(uri));
    const changed = incrementalChange(doc.text, text);
    doc.text = text;
    doc.version++;
    await client.sendNotification('textDocument/didChange', { textDocument: { uri, version: doc.version }, contentChanges: [changed] });
  };
  return {
    async open(uri, text, languageId = 'markdown') {
      docs.set(uri, { text, version: 1 });
      await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    },
    change,
    async save(uri) {
      await client.sendNotification('textDocument/didSave', { textDocument: { uri } });
    },
    async close(uri) {
      docs.delete(uri);
      await client.sendNotification('textDocument/didClose', { textDocument: { uri } });
    },
    text: (uri) => defined(docs.get(uri)).text,
    version: (uri) => defined(docs.get(uri)).version,
    async apply(edit) {
      for (const c of edit.documentChanges ?? []) {
        if (!('textDocument' in c)) continue;
        const doc = defined(docs.get(c.textDocument.uri));
        if (c.textDocument.version !== null && c.textDocument.version !== doc.version) throw new Error(`stale edit: version ${String(c.textDocument.version)}, document ${String(doc.version)}`);
        await lsp().change(c.textDocument.uri, applyTextEdits(doc.text, c.edits as TextEdit[]));
      }
    },
  };
}

export async function startLsp(options: LspOptions = {}): Promise<Lsp> {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const serverConnection = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
  const files = new Map(Object.entries(options.files ?? {}));
  startServer(serverConnection, { readText: (p) => files.get(p), readDirectory: diskOf(files), docsBase: 'file:///ext/docs/rules', analyses: options.analyses });
  const waiters: Waiters = { refresh: [], publish: [] };
  const client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  const lsp: Lsp = {
    client,
    settings: options.settings ?? {},
    refreshes: 0,
    ...documentsOf(client, () => lsp),
    async writeFile(path, text) {
      const existed = files.has(path);
      if (text === undefined) files.delete(path);
      else files.set(path, text);
      const type = text === undefined ? 3 : existed ? 2 : 1;
      await client.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: `file://${path}`, type }] });
    },
    nextRefresh: () => new Promise((resolve) => waiters.refresh.push(resolve)),
    published: new Map(),
    nextPublish: (uri) => new Promise((resolve) => waiters.publish.push({ uri, resolve })),
    messages: [],
    logs: [],
    registrations: [],
    async diagnostics(uri) {
      const r = await client.sendRequest<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
      return r.kind === 'full' ? r.items : [];
    },
    request: (method, params) => client.sendRequest(method, params),
    async changeSettings(settings) {
      lsp.settings = settings;
      await client.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    },
    dispose() {
      client.dispose();
      serverConnection.dispose();
    },
  };
  answerServer(client, lsp, waiters);
  client.listen();
  await initialize(client, options);
  return lsp;
}

async function initialize(client: MessageConnection, options: LspOptions): Promise<void> {
  await client.sendRequest('initialize', {
    processId: null, rootUri: null, locale: options.locale ?? 'zh-cn', initializationOptions: options.initializationOptions,
    workspaceFolders: options.folders?.map((f) => ({ uri: `file://${f}`, name: f })) ?? null,
    capabilities: { workspace: { configuration: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: true }, didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true } }, textDocument: { diagnostic: {} } },
  });
  await client.sendNotification('initialized', {});
}

/** A diagnostic's message as text (LSP allows Markdown content there; ours are plain strings). */
export function messageText(d: Diagnostic): string {
  return typeof d.message === 'string' ? d.message : d.message.value;
}
