// Real-editor tests: the extension in code-server's VS Code (see scripts/e2e/run-e2e.js). They wait on
// events (onDidChangeDiagnostics, a screenshot file appearing), never on fixed sleeps.
import { strict as assert } from 'node:assert';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import { code, diagnosticsWhen, screenshot } from './support';
import { defined } from '../support/nth';

const SEED = 'seed-001.txt';

/**
 * Opens seed 001 and measures activation as a user meets it: opening a report → the extension
 * activates, starts the language server, and the first diagnostics arrive (figure quoted in
 * docs/performance.md, written to timings.json beside the screenshots).
 */
async function openSeedTimed(): Promise<{ doc: vscode.TextDocument; uri: vscode.Uri }> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  const uri = vscode.Uri.joinPath(folder.uri, SEED);
  const ext = vscode.extensions.getExtension('govreport.govreport');
  const wasActive = ext?.isActive ?? false;
  const started = performance.now();
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc);
  await diagnosticsWhen(uri, (d) => d.some((x) => x.source === 'govreport'));
  const ms = Math.round(performance.now() - started);
  const api = (await ext?.activate()) as { activationMs?: number } | undefined;
  const activationMs = api?.activationMs;
  console.log(`      activation (activate() → language server started): ${activationMs} ms; opening seed 001 → first diagnostics: ${ms} ms${wasActive ? '' : ' (activation included)'}`);
  const shots = process.env.GOVREPORT_SCREENSHOTS;
  if (shots) writeFileSync(join(shots, 'timings.json'), `${JSON.stringify({ activationMs, openToFirstDiagnosticsMs: ms, includesActivation: !wasActive }, null, 2)}\n`);
  return { doc, uri };
}

/** Applies the quick fix of （七）总计 × 自然人 (0, should be 88) and checks the cell and the finding are gone. */
async function fixTotalOfSeed(doc: vscode.TextDocument, uri: vscode.Uri): Promise<void> {
  const ds = await diagnosticsWhen(uri, (d) => d.some((x) => code(x) === 'table/wrong-cell'));
  const cell = ds.find((x) => code(x) === 'table/wrong-cell' && x.message.includes('应为 88'));
  assert.ok(cell, `no wrong-cell finding for （七）总计 × 自然人 among ${ds.map((x) => x.message).join(' | ')}`);
  assert.ok((cell.relatedInformation ?? []).length > 0, 'the cells that were added up are related locations');
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, cell.range, vscode.CodeActionKind.QuickFix.value);
  const fix = actions.find((a) => a.edit && a.title === '改为 88');
  assert.ok(fix, `no quick fix among ${actions.map((a) => a.title).join(' | ')}`);
  assert.ok(await vscode.workspace.applyEdit(defined(fix.edit)));
  assert.match(doc.getText(), /\(七\)总计 \|\n88 \|\n0 \|/);
  await diagnosticsWhen(uri, (d) => !d.some((x) => code(x) === 'table/wrong-cell' && x.message.includes('应为 88')));
  const editor = await vscode.window.showTextDocument(doc);
  editor.selection = new vscode.Selection(cell.range.start, cell.range.start.translate(0, 2));
  editor.revealRange(cell.range, vscode.TextEditorRevealType.InCenter);
  await vscode.commands.executeCommand('workbench.panel.markers.view.focus');
  await screenshot('2-quick-fix-total', '.markers-panel .monaco-list-row');
}

describe('govreport in a real VS Code', () => {
  let doc: vscode.TextDocument;
  let uri: vscode.Uri;

  before(async () => {
    ({ doc, uri } = await openSeedTimed());
  });

  it('shows the findings of seed 001 in the Problems panel, with rule ids and doc links', async () => {
    const ds = await diagnosticsWhen(uri, (d) => d.some((x) => code(x) === 'structure/heading-variant'));
    const variant = defined(ds.find((x) => code(x) === 'structure/heading-variant'));
    assert.equal(variant.source, 'govreport');
    assert.match(variant.message, /不是规范写法/);
    assert.ok(typeof variant.code === 'object' && variant.code.target.toString().endsWith('/docs/rules/structure/heading-variant.md'));
    await vscode.commands.executeCommand('workbench.panel.markers.view.focus');
    await screenshot('1-problems', '.markers-panel .monaco-list-row');
  });

  it('the quick fix for （七）总计 sets the cell to its computed value', async () => {
    await fixTotalOfSeed(doc, uri);
  });

  it('applies the quick fix for the non-standard heading of 四', async () => {
    const ds = await diagnosticsWhen(uri, (d) => d.some((x) => code(x) === 'structure/heading-variant'));
    const variant = defined(ds.find((x) => code(x) === 'structure/heading-variant'));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, variant.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.edit && a.title.includes('改为规范标题'));
    assert.ok(fix, `no heading fix among ${actions.map((a) => `${a.title} ${a.isPreferred}`).join(' | ')}; diagnostics ${JSON.stringify(vscode.languages.getDiagnostics(uri).map((x) => [code(x), x.source, x.range.start.line]))}, asked at ${JSON.stringify(variant.range)}, version ${doc.version}`);
    assert.ok(await vscode.workspace.applyEdit(defined(fix.edit)));
    assert.ok(doc.getText().includes('四、政府信息公开行政复议、行政诉讼情况\n'));
    await diagnosticsWhen(uri, (d) => !d.some((x) => code(x) === 'structure/heading-variant'));
    await vscode.commands.executeCommand('workbench.panel.markers.view.focus');
    await screenshot('3-after-quick-fix', '.markers-panel');
  });

  it('lists the six parts in the outline', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
    assert.deepEqual(symbols.map((s) => s.name.slice(0, 2)), ['一、', '二、', '三、', '四、', '五、', '六、']);
    await vscode.commands.executeCommand('outline.focus');
    await screenshot('4-outline', '.outline-pane .monaco-list-row');
  });

  it('explains a part heading on hover', async () => {
    const line = doc.getText().split('\n').findIndex((l) => l.startsWith('三、收到和处理'));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(line, 3));
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- hover contents may still come as the old MarkedString form; the test reads whatever VS Code returns
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /格式要求/);
  });

  it('checks an untitled Markdown report', async () => {
    const untitled = await vscode.workspace.openTextDocument({ language: 'markdown', content: '# 某局2022年政府信息公开工作年度报告\n\n## 一、总体情况\n\n正文。\n' });
    await vscode.window.showTextDocument(untitled);
    const ds = await diagnosticsWhen(untitled.uri, (d) => d.some((x) => code(x) === 'structure/missing-part'));
    assert.ok(ds.length >= 5);
  });

  it('registers the commands', async () => {
    const all = await vscode.commands.getCommands(true);
    for (const c of ['govreport.newReport', 'govreport.checkWorkspace', 'govreport.fixAll', 'govreport.showRuleDoc', 'govreport.restartServer']) assert.ok(all.includes(c), c);
  });
});
