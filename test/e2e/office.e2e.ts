// Real-editor test of the 校验报告 view: 检查工作区内全部年报 shows the office's summary of the
// workspace's reports in a webview, and 保存校验报告 writes it as .html and .xlsx with the same
// renderer as `govreport report` (see scripts/e2e/run-e2e.js; workspace from scripts/e2e/workspace.js).
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import type { GovreportApi } from '../../client/src/extension';
import { screenshot, when } from './support';

const folder = (): vscode.Uri => {
  const f = vscode.workspace.workspaceFolders?.[0];
  assert.ok(f, 'a workspace folder is open');
  return f.uri;
};

describe('the 校验报告 view in a real VS Code', () => {
  let api: GovreportApi;

  before(async () => {
    const ext = vscode.extensions.getExtension<GovreportApi>('govreport.govreport');
    assert.ok(ext, 'the extension is installed');
    api = await ext.activate();
  });

  it('检查工作区内全部年报 opens the summary view: one row per report with its verdict', async () => {
    await vscode.commands.executeCommand<number>('govreport.checkWorkspace');
    // The command returns once the view shows the report.
    const html = api.officeReportHtml();
    assert.ok(html, 'the view shows a report');
    const summary = html.slice(html.indexOf('<table class="summary">'), html.indexOf('</table>', html.indexOf('<table class="summary">')));
    // The workspace: seed 001 (two wrong 总计 cells: 需整改), draft-2021.md (a wrong cell: 需整改), city/2025.txt and city/2026.txt.
    for (const [file, verdict] of [['seed-001.txt', '需整改'], ['draft-2021.md', '需整改'], ['2025.txt', '需整改'], ['2026.txt', '可以发布']] as const) {
      const row = summary.split('<tr>').find((r) => r.includes(`<td>${file}</td>`));
      assert.ok(row, `${file} in the summary`);
      assert.ok(row.includes(verdict), `${file}: ${verdict} expected in ${row}`);
    }
    const viewTab = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('govreport.officeReport'));
    const tab = await when(viewTab, (x) => x !== undefined, (fire) => vscode.window.tabGroups.onDidChangeTabs(() => { fire(); }), 30000, () => `no 校验报告 tab among ${vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((x) => x.label).join(', ')}`);
    // Chinese whatever VS Code's display language (issue 13): this editor runs in English.
    assert.equal(tab?.label, '校验报告', `display language ${vscode.env.language}`);
    await screenshot('office-1-summary-view', 'frame>> table.summary');
  });

  after(async () => {
    // Leave the editor as the other tests expect it: no webview beside the documents.
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('保存校验报告 writes the same report as .html and as an .xlsx workbook', async () => {
    const html = vscode.Uri.joinPath(folder(), '校验报告.html');
    const saved = await vscode.commands.executeCommand<vscode.Uri | undefined>('govreport.saveOfficeReport', html);
    assert.equal(saved?.toString(), html.toString());
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(html));
    assert.match(text, /^<!DOCTYPE html>/);
    assert.match(text, /政府信息公开工作年度报告校验报告<\/h1>/);
    assert.ok(text.includes('<td>seed-001.txt</td>'));
    const xlsx = vscode.Uri.joinPath(folder(), '校验报告.xlsx');
    await vscode.commands.executeCommand('govreport.saveOfficeReport', xlsx);
    const bytes = await vscode.workspace.fs.readFile(xlsx);
    assert.deepEqual([...bytes.slice(0, 4)], [0x50, 0x4b, 0x03, 0x04], 'a zip (xlsx) file');
    assert.ok(bytes.length > 4000);
  });
});
