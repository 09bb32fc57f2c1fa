// The web extension in @vscode/test-web (VS Code OSS web build, Debian's Chromium): the client in
// the web extension host, the language server in a Web Worker (dist/web/server.js). The workspace
// is the virtual vscode-test-web://mount/ (scripts/e2e/run-web-e2e.js seeds it). Waits on events
// (onDidChangeDiagnostics), never on sleeps.
import './setup';
import * as vscode from 'vscode';
import type { TableView, ViewCell } from '../../server/src/service/table-view';

const code = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));

function fail(message: string): never {
  throw new Error(message);
}

function folder(): vscode.Uri {
  return vscode.workspace.workspaceFolders?.[0]?.uri ?? fail('a workspace folder is open');
}

/** Resolves with the diagnostics of `uri` once `accept` holds. */
function diagnosticsWhen(uri: vscode.Uri, accept: (d: vscode.Diagnostic[]) => boolean, ms = 60000): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const read = () => vscode.languages.getDiagnostics(uri);
    if (accept(read())) { resolve(read()); return; }
    const timer = setTimeout(() => { sub.dispose(); reject(new Error(`diagnostics of ${uri.toString()} never matched: ${JSON.stringify(read().map(code))}`)); }, ms);
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString()) || !accept(read())) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(read());
    });
  });
}

function hoverText(hovers: readonly vscode.Hover[]): string {
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- hover contents may still come as the old MarkedString form; the test reads whatever VS Code returns
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

/** Opens seed 001 and logs activation and first diagnostics (figures quoted in docs/performance.md). */
async function openSeedTimed(): Promise<vscode.TextDocument> {
  const started = Date.now();
  const seed = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder(), 'seed-001.txt'));
  await vscode.window.showTextDocument(seed);
  await diagnosticsWhen(seed.uri, (d) => d.some((x) => x.source === 'govreport'));
  const api = (await vscode.extensions.getExtension('govreport.govreport')?.activate()) as { activationMs?: number } | undefined;
  console.log(`      web: activate() → language server (worker) started ${api?.activationMs ?? '?'} ms; opening seed 001 → first diagnostics ${Date.now() - started} ms (activation included)`);
  return seed;
}

async function docLinkServedWithExtension(seed: vscode.TextDocument): Promise<void> {
  const ds = await diagnosticsWhen(seed.uri, (d) => d.some((x) => code(x) === 'table/wrong-cell'));
  const cell = ds.find((x) => code(x) === 'table/wrong-cell') ?? fail('a wrong-cell finding');
  const target = typeof cell.code === 'object' ? cell.code.target : fail('the code carries the doc link');
  const ext = vscode.extensions.getExtension('govreport.govreport') ?? fail('the extension is installed');
  assert(target.toString() === vscode.Uri.joinPath(ext.extensionUri, 'docs', 'rules', 'table', 'wrong-cell.md').toString(), `doc link ${target.toString()}`);
  // What opening the link shows: the doc as the web host serves the extension's files.
  const doc = await (await fetch(target.toString(true))).text();
  assert(doc.startsWith('# table/wrong-cell：'), `the rule doc is there: ${doc.slice(0, 80)}`);
}

async function wordFileReadInWorker(): Promise<void> {
  const docx = vscode.Uri.joinPath(folder(), 'word', '示例区2025年报.docx');
  const doc = await vscode.commands.executeCommand<vscode.TextDocument | undefined>('govreport.checkFile', docx) ?? fail('the command returns the rendering');
  const ds = await diagnosticsWhen(doc.uri, (d) => d.some((x) => code(x) === 'table/wrong-cell'));
  const cell = ds.find((x) => code(x) === 'table/wrong-cell');
  assert(/「2\.重复申请」行「自然人」列为 174.*应为 147.*（原文位置：表三第20行第4列）/.test(cell?.message ?? ''), cell?.message ?? 'no wrong cell');
}

async function tableViewMarksWrongTotal(seed: vscode.TextDocument): Promise<void> {
  await vscode.window.showTextDocument(seed);
  const api = vscode.extensions.getExtension('govreport.govreport')?.exports as { tableView(): TableView | undefined } | undefined;
  const opened = await vscode.commands.executeCommand<boolean>('govreport.openTableView', { uri: seed.uri.toString(), id: '三', nth: 0 });
  assert(opened, 'the table view opened');
  const view = api?.tableView() ?? fail('the table view is shown');
  assert(view.title === '表三：收到和处理政府信息公开申请情况', view.title);
  const cells = view.lines.flatMap((l) => l.cells).filter((c): c is ViewCell => c.kind === 'value');
  assert(cells.some((c) => c.severity === 'error' && c.total), JSON.stringify(cells.filter((c) => c.severity !== undefined).map((c) => c.key)));
}

describe('govreport as a web extension (language server in a Web Worker)', () => {
  let seed: vscode.TextDocument;

  before(async () => {
    seed = await openSeedTimed();
  });

  it('runs the web build: the extension host has no Node', () => {
    const ext = vscode.extensions.getExtension('govreport.govreport') ?? fail('the extension is installed');
    assert(ext.isActive, 'the extension is active');
    assert(vscode.env.uiKind === vscode.UIKind.Web, 'VS Code runs in the browser');
    assert(!('process' in globalThis && typeof (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node === 'string'), 'no Node in the web extension host');
  });

  it('shows the findings of seed 001: the wrong 总计 cell with its value, the non-standard heading', async () => {
    const ds = await diagnosticsWhen(seed.uri, (d) => d.some((x) => code(x) === 'table/wrong-cell') && d.some((x) => code(x) === 'structure/heading-variant'));
    const cell = ds.find((x) => code(x) === 'table/wrong-cell' && x.message.includes('应为 88'));
    assert(cell !== undefined, `no wrong-cell finding for （七）总计 among ${ds.map((x) => x.message).join(' | ')}`);
    assert((cell.relatedInformation ?? []).length > 0, 'the cells that were added up are related locations');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', seed.uri, cell.range, vscode.CodeActionKind.QuickFix.value);
    assert(actions.some((a) => a.title === '改为 88'), `the quick fix is offered: ${actions.map((a) => a.title).join(' | ')}`);
  });

  it('links each finding to its rule\'s doc, as on the desktop: the extension\'s docs/rules page, served with it', async () => { await docLinkServedWithExtension(seed); });

  it('explains a part heading on hover', async () => {
    const line = seed.getText().split('\n').findIndex((l) => l.startsWith('三、收到和处理'));
    assert(line >= 0, 'seed 001 has part 三');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', seed.uri, new vscode.Position(line, 3));
    assert(hoverText(hovers).includes('格式要求'), hoverText(hovers));
  });

  it('lists the six parts in the outline', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', seed.uri);
    assert(JSON.stringify(symbols.map((s) => s.name.slice(0, 2))) === JSON.stringify(['一、', '二、', '三、', '四、', '五、', '六、']), JSON.stringify(symbols.map((s) => s.name)));
  });

  it('pairs this year with last year among the open documents (no disk scan in the browser)', async () => {
    const last = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder(), 'city', '2025.txt'));
    const current = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder(), 'city', '2026.txt'));
    await vscode.window.showTextDocument(last, { preview: false });
    await vscode.window.showTextDocument(current, { preview: false });
    const ds = await diagnosticsWhen(current.uri, (d) => d.some((x) => code(x) === 'cross-year/carried-over'));
    const carried = ds.find((x) => code(x) === 'cross-year/carried-over');
    assert(carried?.relatedInformation?.some((r) => r.location.uri.toString() === last.uri.toString()) === true, 'the finding points at last year\'s report');
  });

  it('检查此文件 reads a Word file in the worker: findings with their place in the original', wordFileReadInWorker);

  it('opens the table view (a webview) on table 三 of seed 001 and marks its wrong total', async () => { await tableViewMarksWrongTotal(seed); });
});

function assert(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(message);
}
