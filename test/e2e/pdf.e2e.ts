// Real-editor test of 检查此文件 on a PDF (see scripts/e2e/run-e2e.js; the workspace's pdf/ folder holds
// test/fixtures/pdf/qingshan-2024-planted.lo.pdf: a wrong cell and a prose mismatch planted). The
// language server of the installed extension loads pdf.js from its dist/pdfjs. Event-driven waits only.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { code, diagnosticsWhen, screenshot } from './support';

describe('PDF files in a real VS Code: 检查此文件', () => {
  it('opens the rendering of a PDF and puts its findings, with their page, in the Problems panel', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'a workspace folder is open');
    const pdf = vscode.Uri.joinPath(folder.uri, 'pdf', '青山县2024年报.pdf');
    const doc = await vscode.commands.executeCommand<vscode.TextDocument | undefined>('govreport.checkFile', pdf);
    assert.ok(doc, 'the command returns the rendering');
    assert.equal(doc.uri.scheme, 'govreport-import');
    assert.match(doc.getText(), /^# 青山县市场监督管理局2024年政府信息公开工作年度报告$/m);
    assert.match(doc.getText(), /^\| \^ \| \^ \| 2\.重复申请 \| 5 \| 0 \| 0 \| 0 \| 0 \| 0 \| 2 \|$/m, 'table 三 rebuilt as a grid');
    const ds = await diagnosticsWhen(doc.uri, (d) => d.some((x) => code(x) === 'table/wrong-cell') && d.some((x) => code(x) === 'prose/table-mismatch'));
    const cell = ds.find((x) => code(x) === 'table/wrong-cell');
    assert.ok(cell);
    assert.match(cell.message, /「2\.重复申请」行「自然人」列为 5.*应为 2.*（原文位置：第3页）/);
    assert.equal(doc.getText(cell.range), '5');
    assert.match(ds.find((x) => code(x) === 'prose/table-mismatch')?.message ?? '', /110.*（原文位置：第1页）/);
    await vscode.commands.executeCommand('workbench.panel.markers.view.focus');
    await screenshot('11-pdf-check', '.markers-panel .monaco-list-row');
  });
});
