// Real-editor tests of drafting the tables (issue 13): filling 表三 from the skeleton row by row,
// 计算合计, and the table view (a webview: the runner types into its cells as a user would).
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import type { GovreportApi } from '../../client/src/extension';
import type { TableView, ViewCell } from '../../server/src/service/table-view';
import { code, diagnosticsOfVersion, screenshot, when } from './support';

const tableErrors = (ds: vscode.Diagnostic[]) => ds.filter((d) => d.severity === vscode.DiagnosticSeverity.Error && code(d).startsWith('table/'));
const lineOf = (doc: vscode.TextDocument, label: string) => doc.getText().split('\n').findIndex((l) => l.startsWith(`| ${label} |`));

/** Types a row of 表三 as a user would: the whole line of the row `label`, one edit. */
async function writeRow(doc: vscode.TextDocument, label: string, cells: readonly number[]): Promise<void> {
  const line = lineOf(doc, label);
  assert.ok(line >= 0, `no row ${label}`);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, doc.lineAt(line).range, `| ${label} | ${cells.join(' | ')} |`);
  assert.ok(await vscode.workspace.applyEdit(edit));
}

/** Asks the runner to type `text` into the webview element `selector` and press Enter; resolves when the document changed. */
function typeInWebview(doc: vscode.TextDocument, name: string, selector: string, text: string): Promise<string> {
  const version = doc.version;
  const changed = when(() => doc.version, (v) => v > version, (fire) => vscode.workspace.onDidChangeTextDocument((e) => { if (e.document === doc) fire(); }), 60000, () => `typing into ${selector} did not change the document`);
  console.log(`GOVREPORT_FILL ${name} ${selector} => ${text}`);
  return changed.then(() => doc.getText());
}

/** A new report from the command (the skeleton with empty tables), as a clerk starts one. */
async function newReport(): Promise<vscode.TextDocument> {
  const doc = await vscode.commands.executeCommand<vscode.TextDocument>('govreport.newReport', { body: '示例市教育局', year: 2024, level: 'department' });
  assert.ok(doc);
  return doc;
}

async function fillTable3RowByRow(): Promise<void> {
  const doc = await newReport();
  // Details first, as a clerk fills the form: no table error while the totals are still 0.
  const rows: [string, number[]][] = [
    ['一、本年新收政府信息公开申请数量', [3, 2, 0, 0, 0, 0, 0]],
    ['（一）予以公开', [2, 1, 0, 0, 0, 0, 0]],
    ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', [1, 0, 0, 0, 0, 0, 0]],
    ['1.本机关不掌握相关政府信息', [0, 1, 0, 0, 0, 0, 0]],
  ];
  for (const [label, cells] of rows) {
    await writeRow(doc, label, cells);
    const ds = await diagnosticsOfVersion(doc, () => true);
    assert.deepEqual(tableErrors(ds).map((d) => `${code(d)}@${d.range.start.line + 1}: ${d.message}`), [], `after the row ${label}`);
  }
  const hints = await diagnosticsOfVersion(doc, (d) => d.some((x) => code(x) === 'table/pending-total'));
  assert.ok(hints.some((d) => code(d) === 'table/pending-total' && d.range.start.line === lineOf(doc, '一、本年新收政府信息公开申请数量')));
  await screenshot('13-table-3-filling', '.editor-instance .monaco-editor .view-line');
  // A total written that disagrees with its details is an error at once; corrected, it goes.
  await writeRow(doc, '一、本年新收政府信息公开申请数量', [3, 2, 0, 0, 0, 0, 6]);
  const wrong = await diagnosticsOfVersion(doc, (d) => tableErrors(d).length > 0);
  assert.ok(tableErrors(wrong).some((d) => d.range.start.line === lineOf(doc, '一、本年新收政府信息公开申请数量')), JSON.stringify(tableErrors(wrong).map((d) => [code(d), d.range.start.line])));
  await writeRow(doc, '一、本年新收政府信息公开申请数量', [3, 2, 0, 0, 0, 0, 5]);
  assert.deepEqual(tableErrors(await diagnosticsOfVersion(doc, () => true)).map(code), []);
  // 计算合计: the code lens above 表三 fills every total from its details in one edit.
  const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri);
  const compute = lenses.find((l) => l.command?.title.startsWith('计算合计'))?.command;
  assert.ok(compute, `lenses: ${lenses.map((l) => l.command?.title).join(', ')}`);
  assert.equal(await vscode.commands.executeCommand<boolean>(compute.command, ...((compute.arguments ?? []) as unknown[])), true);
  const text = doc.getText();
  for (const row of [
    '| （一）予以公开 | 2 | 1 | 0 | 0 | 0 | 0 | 3 |',
    '| （二）部分公开（区分处理的，只计这一情形，不计其他情形） | 1 | 0 | 0 | 0 | 0 | 0 | 1 |',
    '| 1.本机关不掌握相关政府信息 | 0 | 1 | 0 | 0 | 0 | 0 | 1 |',
    '| （七）总计 | 3 | 2 | 0 | 0 | 0 | 0 | 5 |',
  ]) assert.ok(text.includes(row), row);
  assert.deepEqual(tableErrors(await diagnosticsOfVersion(doc, () => true)).map(code), []);
  await screenshot('14-compute-totals', '.editor-instance .monaco-editor .view-line');
  // One undo step takes every total back.
  await vscode.window.showTextDocument(doc);
  await vscode.commands.executeCommand('undo');
  assert.ok(doc.getText().includes('| （七）总计 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |'));
}

async function pasteTabTableAndConvert(): Promise<void> {
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '# 示例市教育局2024年政府信息公开工作年度报告\n\n## 二、主动公开政府信息情况\n\n\n' });
  const editor = await vscode.window.showTextDocument(doc);
  editor.selection = new vscode.Selection(3, 0, 3, 0);
  // As Word, WPS and Excel put a table on the clipboard: cells parted by tabs, rows by line breaks.
  await vscode.env.clipboard.writeText('信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t0\t0\t0\n行政规范性文件\t3\t1\t12');
  const version = doc.version;
  const pasted = when(() => doc.version, (v) => v > version, (fire) => vscode.workspace.onDidChangeTextDocument((e) => { if (e.document === doc) fire(); }), 30000, () => 'the paste did not change the document');
  await vscode.commands.executeCommand('editor.action.clipboardPasteAction');
  await pasted;
  assert.equal(doc.lineAt(4).text, '规章\t0\t0\t0');
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, new vscode.Range(4, 1, 4, 1));
  const convert = actions.find((a) => a.title === '把制表符分隔的表格转换为 Markdown 表格');
  assert.ok(convert?.edit, `actions: ${actions.map((a) => a.title).join(', ')}`);
  assert.ok(await vscode.workspace.applyEdit(convert.edit));
  assert.deepEqual(doc.getText().split('\n').slice(3, 7), [
    '| 信息内容       | 本年制发件数 | 本年废止件数 | 现行有效件数 |',
    '| -------------- | ------------ | ------------ | ------------ |',
    '| 规章           | 0            | 0            | 0            |',
    '| 行政规范性文件 | 3            | 1            | 12           |',
  ]);
  // The converted table is read as table 二: the view opens on it.
  const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri);
  assert.ok(lenses.some((l) => l.command?.command === 'govreport.openTableView'), `lenses: ${lenses.map((l) => l.command?.title).join(', ')}`);
  await screenshot('17-tab-table-converted', '.editor-instance .monaco-editor .view-line');
}

async function tableViewEditsDocument(api: GovreportApi): Promise<void> {
  const doc = await newReport();
  const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri);
  const open = lenses.filter((l) => l.command?.command === 'govreport.openTableView').map((l) => l.command?.arguments?.[0] as { id: string } | undefined);
  assert.deepEqual(open.map((ref) => ref?.id), ['二', '三', '四']);
  const viewWhen = (accept: (v: TableView) => boolean) => when(() => api.tableView(), (v) => v !== undefined && accept(v), (fire) => api.onDidUpdateTableView(() => { fire(); }), 60000, (v) => `table view never matched: ${JSON.stringify(v?.ref)} version ${v?.version ?? '-'}`);
  assert.equal(await vscode.commands.executeCommand<boolean>('govreport.openTableView', { uri: doc.uri.toString(), id: '三', nth: 0 }), true);
  const shown = await viewWhen((v) => v.ref.id === '三');
  assert.equal(shown?.title, '表三：收到和处理政府信息公开申请情况');
  await screenshot('15-table-view', 'frame>> table.form input[data-key="new/natural"]');
  const cell = (v: TableView | undefined, key: string) => v?.lines.flatMap((l) => l.cells).find((c): c is ViewCell => c.kind === 'value' && c.key === key);

  // A detail typed in the view: the document's cell changes (one edit), the total is a hint with its value.
  const line = lineOf(doc, '一、本年新收政府信息公开申请数量');
  const afterDetail = await typeInWebview(doc, 'new-natural', 'input[data-key="new/natural"]', '4');
  assert.equal(afterDetail.split('\n')[line], '| 一、本年新收政府信息公开申请数量 | 4 | 0 | 0 | 0 | 0 | 0 | 0 |');
  const ds = await diagnosticsOfVersion(doc, (d) => d.some((x) => code(x) === 'table/pending-total' && x.range.start.line === line));
  assert.deepEqual(tableErrors(ds).map(code), []);
  const hinted = await viewWhen((v) => v.version === doc.version && cell(v, 'new/total')?.computed === 4);
  assert.equal(cell(hinted, 'new/natural')?.text, '4');

  // A wrong total typed in the view: an error in the editor, the cell marked in the view.
  await typeInWebview(doc, 'new-total', 'input[data-key="new/total"]', '5');
  assert.equal(doc.getText().split('\n')[line], '| 一、本年新收政府信息公开申请数量 | 4 | 0 | 0 | 0 | 0 | 0 | 5 |');
  const errors = await diagnosticsOfVersion(doc, (d) => tableErrors(d).some((x) => x.range.start.line === line));
  assert.ok(errors.length > 0);
  const marked = await viewWhen((v) => v.version === doc.version && cell(v, 'new/total')?.severity === 'error');
  assert.equal(cell(marked, 'new/total')?.computed, 4);
  await screenshot('16-table-view-wrong-cell', 'frame>> td.error');

  // The edits are ordinary edits of the document: undo takes the total back.
  await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One });
  await vscode.commands.executeCommand('undo');
  assert.equal(doc.getText().split('\n')[line], '| 一、本年新收政府信息公开申请数量 | 4 | 0 | 0 | 0 | 0 | 0 | 0 |');
  await viewWhen((v) => v.version === doc.version && cell(v, 'new/total')?.text === '0');
  // Closed, so that the other tests find the editor as they left it.
  const tab = vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('govreport.tableView'));
  assert.ok(tab, 'the table view has a tab');
  await vscode.window.tabGroups.close(tab);
}

describe('drafting the tables in a real VS Code', () => {
  let api: GovreportApi;

  before(async () => {
    const ext = vscode.extensions.getExtension<GovreportApi>('govreport.govreport');
    assert.ok(ext);
    api = await ext.activate();
  });

  it('fills an empty 表三 row by row from the skeleton without a false error until a total is written, then 计算合计 fills the totals', fillTable3RowByRow);

  it('a table pasted as tab-separated text becomes an aligned Markdown table through its quick fix', pasteTabTableAndConvert);

  it('the table view shows 表三 as the official form; a cell typed there changes the document and the diagnostics', async () => { await tableViewEditsDocument(api); });
});
