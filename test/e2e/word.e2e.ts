// Real-editor tests of the Word commands (see scripts/e2e/run-e2e.js; the workspace's word/ folder holds
// test/fixtures/word/district-2025-planted.docx: automatic heading numbers, merged cells, a wrong cell
// and a prose mismatch planted). Event-driven waits only.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { code, diagnosticsWhen, screenshot } from './support';

const folder = () => {
  const f = vscode.workspace.workspaceFolders?.[0];
  assert.ok(f, 'a workspace folder is open');
  return f.uri;
};

describe('Word files in a real VS Code: 检查此文件 and 转换为 Markdown 草稿', () => {
  const docx = () => vscode.Uri.joinPath(folder(), 'word', '示例区2025年报.docx');

  it('offers both commands on .docx/.doc/.wps/.pdf in the explorer context menu', () => {
    const pkg = vscode.extensions.getExtension('govreport.govreport')?.packageJSON as { contributes: { menus: Record<string, { command: string; when: string }[]> } };
    const menu = pkg.contributes.menus['explorer/context'] ?? [];
    for (const command of ['govreport.checkFile', 'govreport.convertToMarkdown']) {
      const item = menu.find((m) => m.command === command);
      assert.ok(item, command);
      for (const ext of ['docx', 'doc', 'wps', 'pdf']) assert.ok(item.when.includes(ext), `${command} on .${ext}`);
    }
  });

  it('检查此文件 opens the read-only rendering and puts its findings, with their place in the Word file, in the Problems panel', async () => {
    const doc = await vscode.commands.executeCommand<vscode.TextDocument | undefined>('govreport.checkFile', docx());
    assert.ok(doc, 'the command returns the rendering');
    assert.equal(doc.uri.scheme, 'govreport-import');
    assert.equal(doc.languageId, 'markdown');
    assert.match(doc.getText(), /^## 三、收到和处理政府信息公开申请情况$/m, 'Word\'s automatic heading number is rendered');
    const ds = await diagnosticsWhen(doc.uri, (d) => d.some((x) => code(x) === 'table/wrong-cell') && d.some((x) => code(x) === 'prose/table-mismatch'));
    const cell = ds.find((x) => code(x) === 'table/wrong-cell');
    assert.ok(cell);
    assert.match(cell.message, /「2\.重复申请」行「自然人」列为 174.*应为 147.*（原文位置：表三第20行第4列）/);
    assert.equal(doc.getText(cell.range), '174');
    const prose = ds.find((x) => code(x) === 'prose/table-mismatch');
    assert.match(prose?.message ?? '', /14096.*（原文位置：第4段）/);
    // Outline and hover come from the language server as for any report.
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
    assert.ok(symbols.some((s) => s.name.includes('收到和处理政府信息公开申请情况')), JSON.stringify(symbols.map((s) => s.name)));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, cell.range.start);
    assert.ok(hovers.length > 0, 'a hover on the wrong cell');
    await vscode.commands.executeCommand('workbench.panel.markers.view.focus');
    await screenshot('9-word-check', '.markers-panel .monaco-list-row');
  });

  it('转换为 Markdown 草稿 writes an editable .md beside the file that checks the same', async () => {
    const rendering = vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'govreport-import' && d.uri.path.includes('示例区2025年报'));
    assert.ok(rendering, 'the rendering of the previous test is open');
    const expected = vscode.languages.getDiagnostics(rendering.uri).map(code).sort();
    const target = await vscode.commands.executeCommand<vscode.Uri | undefined>('govreport.convertToMarkdown', docx());
    assert.ok(target);
    assert.equal(target.toString(), vscode.Uri.joinPath(folder(), 'word', '示例区2025年报.md').toString());
    const md = await vscode.workspace.openTextDocument(target);
    assert.equal(md.getText(), rendering.getText());
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), target.toString(), 'the draft is opened for editing');
    const ds = await diagnosticsWhen(target, (d) => d.some((x) => code(x) === 'table/wrong-cell'));
    assert.deepEqual(ds.map(code).sort(), expected);
    assert.ok(ds.every((d) => !d.message.includes('原文位置')), 'the draft is its own source');
    await screenshot('10-word-draft', '.editor-instance .monaco-editor .view-line');
  });
});
