// Real-editor tests of the commands, the language status item and the cross-year findings (see
// scripts/e2e/run-e2e.js; the workspace is made by scripts/e2e/workspace.js). Event-driven waits only.
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { GovreportApi } from '../../client/src/extension';
import { code, diagnosticsOfVersion, diagnosticsWhen, screenshot, when } from './support';
import { defined } from '../support/nth';

const folder = () => {
  const f = vscode.workspace.workspaceFolders?.[0];
  assert.ok(f, 'a workspace folder is open');
  return f.uri;
};
const text = async (uri: vscode.Uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
const errors = (ds: vscode.Diagnostic[]) => ds.filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
const numbers = (s: string) => s.match(/\d+/g) ?? [];

/** The status item's text once it satisfies `accept` (it follows the active editor and its diagnostics). */
const statusWhen = (api: GovreportApi, accept: (s: string) => boolean) =>
  when(() => api.statusText(), accept, (fire) => api.onDidUpdateStatus(() => { fire(); }), 60000, (s) => `status item never matched: "${s}"`);

async function statusItemShowsEraPartsAndErrors(api: GovreportApi, seed: string): Promise<void> {
  const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: seed });
  await vscode.window.showTextDocument(doc);
  const ds = await diagnosticsWhen(doc.uri, (d) => d.some((x) => code(x) === 'table/wrong-cell'));
  const tableErrors = errors(ds).filter((x) => code(x).startsWith('table/')).length;
  const status = await statusWhen(api, (s) => s.includes('部分 6/6'));
  assert.equal(status, `格式：2019年格式（试行） · 部分 6/6 · 统计表错误 ${tableErrors}`);
  assert.ok(tableErrors > 0);
  await screenshot('5-status-item', '.statusbar');
}

async function newReportWritesSkeleton(api: GovreportApi): Promise<void> {
  const doc = await vscode.commands.executeCommand<vscode.TextDocument>('govreport.newReport', { body: '示例市教育局', year: 2024, level: 'department' });
  assert.ok(doc, 'the command returns the new document');
  assert.equal(vscode.window.activeTextEditor?.document, doc);
  const t = doc.getText();
  assert.match(t, /^# 示例市教育局2024年政府信息公开工作年度报告\n/);
  assert.match(t, /本报告所列数据的统计期限自2024年1月1日起至2024年12月31日止。/);
  assert.match(t, /\n示例市教育局\n2025年1月XX日\n$/);
  const parts = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];
  assert.deepEqual(t.split('\n').filter((l) => l.startsWith('## ')).map((l) => l.slice(3)), parts);
  for (const row of ['| 行政规范性文件 | 0 | 0 | 0 |', '本年新收政府信息公开申请数量', '| 行政复议 | 0 | 0 | 0 | 0 | 0 |']) assert.ok(t.includes(row), row);
  assert.equal(await statusWhen(api, (s) => s.includes('2021年格式')), '格式：2021年格式 · 部分 6/6 · 统计表错误 0');
  // The document is checked live: a broken heading is reported, and once restored nothing is left.
  const edit = new vscode.WorkspaceEdit();
  const line = t.split('\n').indexOf('## 四、政府信息公开行政复议、行政诉讼情况');
  edit.replace(doc.uri, new vscode.Range(line, 3, line, 26), '四、政府信息公开行政复议和行政诉讼情况');
  assert.ok(await vscode.workspace.applyEdit(edit));
  await diagnosticsWhen(doc.uri, (d) => d.some((x) => code(x) === 'structure/heading-variant'));
  await vscode.commands.executeCommand('undo');
  const after = await diagnosticsWhen(doc.uri, (d) => !d.some((x) => code(x) === 'structure/heading-variant'));
  assert.deepEqual(errors(after).map(code), []);
  await screenshot('6-new-report', '.editor-instance .monaco-editor .view-line');
}

async function checkWorkspaceShowsUnopenedFiles(): Promise<void> {
  const draft = vscode.Uri.joinPath(folder(), 'draft-2021.md');
  const current = vscode.Uri.joinPath(folder(), 'city', '2026.txt');
  assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === draft.toString()), 'draft-2021.md is not open');
  const checked = await vscode.commands.executeCommand<number>('govreport.checkWorkspace');
  assert.ok(checked >= 3, `checked ${checked} reports`);
  const ds = await diagnosticsWhen(draft, (d) => d.length > 0);
  assert.deepEqual([...new Set(ds.map(code))].sort(), ['structure/heading-variant', 'structure/missing-part', 'structure/part-numbering', 'table/wrong-cell']);
  const cross = await diagnosticsWhen(current, (d) => d.some((x) => code(x) === 'cross-year/carried-over'));
  assert.ok(cross.find((x) => code(x) === 'cross-year/carried-over')?.relatedInformation?.some((r) => r.location.uri.path.endsWith('/city/2025.txt')));
  await screenshot('7-check-workspace', '.markers-panel .monaco-list-row');
}

async function fixAllLeavesNumbers(seed: string): Promise<void> {
  const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: seed });
  await vscode.window.showTextDocument(doc);
  // Deterministic: the diagnostics of this very version, then a command whose completion means the edit is in.
  const before = await diagnosticsOfVersion(doc, (d) => d.some((x) => code(x) === 'structure/heading-variant'));
  const wrongCells = before.filter((x) => code(x) === 'table/wrong-cell').map((x) => x.range.start.line);
  assert.ok(wrongCells.length > 0, 'seed 001 has its two totals left at 0');
  const applied = await vscode.commands.executeCommand<number>('govreport.fixAll');
  assert.ok(applied >= 1, `applied ${applied} edits`);
  const fixed = doc.getText();
  assert.ok(fixed.includes('四、政府信息公开行政复议、行政诉讼情况'));
  assert.ok(!fixed.includes('四、政府信息公开行政复议和行政诉讼情况'));
  assert.deepEqual(numbers(fixed), numbers(seed), 'numbers untouched (the wrong cells are not safe fixes)');
  const ds = await diagnosticsOfVersion(doc, (d) => !d.some((x) => code(x) === 'structure/heading-variant'));
  // Edited and unsaved, the totals left at 0 are pending totals (hints with their value) at the same cells.
  const tableCells = ds.filter((x) => code(x) === 'table/wrong-cell' || code(x) === 'table/pending-total').map((x) => x.range.start.line);
  for (const line of wrongCells) assert.ok(tableCells.includes(line), `the table finding on line ${line + 1} remains`);
  // Nothing left to fix safely: the command says so instead of "No code actions available".
  assert.equal(await vscode.commands.executeCommand<number>('govreport.fixAll'), 0);
  await screenshot('8-fix-all', '.editor-instance .monaco-editor .view-line');
}

async function ruleDocOpens(): Promise<void> {
  const tabs = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs);
  const isDoc = (t: vscode.Tab) => t.label.includes('wrong-cell.md') || (t.input instanceof vscode.TabInputText && t.input.uri.path.endsWith('/docs/rules/table/wrong-cell.md'));
  const opened = when(() => tabs().some(isDoc), (x) => x, (fire) => vscode.window.tabGroups.onDidChangeTabs(() => { fire(); }), 30000, () => `no doc tab among ${tabs().map((t) => t.label).join(', ')}`);
  const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('govreport.showRuleDoc', 'table/wrong-cell');
  assert.ok(uri, 'govreport.showRuleDoc returned no document');
  assert.ok(uri.path.endsWith('/docs/rules/table/wrong-cell.md'), String(uri));
  assert.match(await text(uri), /^# table\/wrong-cell/);
  await opened;
  await screenshot('9-rule-doc', 'frame>> h1');
}

async function restartBringsDiagnosticsBack(): Promise<void> {
  const uri = vscode.Uri.joinPath(folder(), 'seed-001.txt');
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  await diagnosticsWhen(uri, (d) => d.some((x) => code(x) === 'table/wrong-cell'));
  let cleared = false;
  const sub = vscode.languages.onDidChangeDiagnostics((e) => {
    if (e.uris.some((u) => u.toString() === uri.toString()) && vscode.languages.getDiagnostics(uri).every((x) => x.source !== 'govreport')) cleared = true;
  });
  await vscode.commands.executeCommand('govreport.restartServer');
  const back = await diagnosticsWhen(uri, (d) => cleared && d.some((x) => code(x) === 'table/wrong-cell'));
  sub.dispose();
  assert.ok(back.some((x) => code(x) === 'structure/heading-variant' || code(x) === 'table/wrong-cell'));
  // The new server checks new text too.
  const fresh = await vscode.workspace.openTextDocument({ language: 'markdown', content: '# 某局2022年政府信息公开工作年度报告\n\n## 一、总体情况\n\n正文。\n' });
  await diagnosticsWhen(fresh.uri, (d) => d.some((x) => code(x) === 'structure/missing-part'));
  await vscode.commands.executeCommand('workbench.panel.markers.view.focus');
  await screenshot('10-after-restart', '.markers-panel .monaco-list-row');
}

async function crossYearFollowsOpenEditors(): Promise<void> {
  const current = vscode.Uri.joinPath(folder(), 'city', '2026.txt');
  const previous = vscode.Uri.joinPath(folder(), 'city', '2025.txt');
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(current));
  const ds = await diagnosticsWhen(current, (d) => d.some((x) => code(x) === 'cross-year/carried-over' && x.source === 'govreport'));
  const finding = defined(ds.find((x) => code(x) === 'cross-year/carried-over'));
  assert.match(finding.message, /与上一年度（2025年）报告「四、结转下年度继续办理」的 738 不一致/);
  const related = finding.relatedInformation?.find((r) => r.location.uri.toString() === previous.toString());
  assert.ok(related, `related locations: ${JSON.stringify(finding.relatedInformation?.map((r) => r.location.uri.toString()))}`);
  await vscode.commands.executeCommand('workbench.panel.markers.view.focus');
  await screenshot('11-cross-year', '.markers-panel .monaco-list-row');
  // Fix last year's figure in its editor (unsaved): this year's finding goes away.
  const before = await vscode.workspace.openTextDocument(previous);
  await vscode.window.showTextDocument(before, { preview: false, viewColumn: vscode.ViewColumn.Beside });
  const edit = new vscode.WorkspaceEdit();
  edit.replace(previous, related.location.range, '783');
  assert.ok(await vscode.workspace.applyEdit(edit));
  await diagnosticsWhen(current, (d) => !d.some((x) => code(x) === 'cross-year/carried-over'));
  // And comes back when it is broken again.
  await vscode.commands.executeCommand('undo');
  await diagnosticsWhen(current, (d) => d.some((x) => code(x) === 'cross-year/carried-over'));
  await screenshot('12-cross-year-both-open', '.editor-instance');
}

describe('govreport commands, status item and cross-year findings in a real VS Code', () => {
  let api: GovreportApi;
  let seed: string;

  before(async () => {
    const ext = vscode.extensions.getExtension<GovreportApi>('govreport.govreport');
    assert.ok(ext, 'the extension is installed');
    api = await ext.activate();
    // Seed 001 as in the corpus (the workspace copy is edited by extension.e2e.ts).
    // The tests run from out/e2e of the repository (the extension itself is the unpacked .vsix).
    seed = await text(vscode.Uri.file(join(__dirname, '..', '..', 'test', 'fixtures', 'corpus', '001_4d29bfef72dd56db.txt')));
  });

  it('shows the era, the parts found and the table errors in the language status item', async () => { await statusItemShowsEraPartsAndErrors(api, seed); });

  it('新建年度报告 writes title, preamble with the period, the six parts and their tables, and the checker accepts it', async () => { await newReportWritesSkeleton(api); });

  it('检查工作区内全部年报 puts the findings of files that are not open in the Problems panel', checkWorkspaceShowsUnopenedFiles);

  it('修正全部可自动修正的问题 fixes the heading variant and leaves every number alone', async () => { await fixAllLeavesNumbers(seed); });

  it('显示规则说明 opens the rule’s documentation', ruleDocOpens);

  it('重启语言服务器 brings the diagnostics back from a new server', restartBringsDiagnosticsBack);

  it('shows the cross-year finding of 2026 against the 2025 report in the workspace, and drops it when 2025 is fixed', crossYearFollowsOpenEditors);
});
