import { strict as assert } from 'node:assert';
import { OPEN_TABLE_VIEW_COMMAND } from '../../server/src/service/requests';
import { tableView, tableViewLenses } from '../../server/src/service/table-view';
import type { TableView, TableViewResult, ViewCell, ViewLine } from '../../server/src/service/table-view';
import { newReportText } from '../../server/src/service/templates';
import { analysed, range, TABLE_4 } from './support';

const lineOf = (text: string) => (p: { line: number; character: number }) => text.split('\n').slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
function view(result: TableViewResult): TableView {
  if ('problem' in result) assert.fail(result.problem);
  return result;
}
const values = (lines: readonly ViewLine[]) => lines.flatMap((l) => l.cells.filter((c): c is ViewCell => c.kind === 'value'));

describe('service: tableView', () => {
  const uri = 'file:///w/r.md';

  it('gives every cell its text and range in the document, marks the wrong total and says what its details add up to', () => {
    const v = view(tableView(analysed(TABLE_4), 7, { uri, id: '四', nth: 0 }, lineOf(TABLE_4)));
    assert.deepEqual(v.ref, { uri, id: '四', nth: 0 });
    assert.equal(v.version, 7);
    assert.equal(v.title, '表四：政府信息公开行政复议、行政诉讼情况');
    const cells = values(v.lines);
    assert.equal(cells.length, 15);
    // Line 6 of TABLE_4: | 行政复议 | 2 | 1 | 0 | 0 | 0 | (the total written 0, the details 2 + 1).
    const upheld = cells.find((c) => c.key === 'review/upheld');
    assert.deepEqual([upheld?.text, upheld?.range, upheld?.severity], ['2', range(6, 9, 6, 10), undefined]);
    const total = cells.find((c) => c.key === 'review/total');
    assert.deepEqual([total?.text, total?.range, total?.severity, total?.computed, total?.total], ['0', range(6, 25, 6, 26), 'error', 3, true]);
    assert.equal(total?.messages.length, 1);
    assert.equal(v.problems, 1);
    assert.equal(v.summary, '1 处问题（红色为错误，黄色为警告）');
    assert.equal(cells.filter((c) => c.severity !== undefined).length, 1);
    assert.equal(v.blankAllowed, true);
  });

  it('while drafting, a total still at 0 is a hint, not an error, and the view shows the sum of its details', () => {
    const v = view(tableView(analysed(TABLE_4, { drafting: true }), 1, { uri, id: '四', nth: 0 }, lineOf(TABLE_4)));
    const total = values(v.lines).find((c) => c.key === 'review/total');
    assert.equal(total?.computed, 3);
    assert.notEqual(total.severity, 'error');
    assert.equal(v.problems, 0);
  });

  it('finds the table at a position, and says so in Chinese where there is none', () => {
    const at = view(tableView(analysed(TABLE_4), 1, { uri, position: { line: 8, character: 3 } }, lineOf(TABLE_4)));
    assert.deepEqual(at.ref, { uri, id: '四', nth: 0 });
    assert.deepEqual(tableView(analysed(TABLE_4), 1, { uri, position: { line: 0, character: 3 } }, lineOf(TABLE_4)), { problem: '光标处没有表二、表三或表四；请把光标放在统计表中，或点击表格上方的“在表格视图中编辑”。' });
    assert.deepEqual(tableView(analysed(TABLE_4), 1, { uri, id: '三', nth: 0 }, lineOf(TABLE_4)), { problem: '文档中已找不到表三。' });
  });

  it('a cell the document lacks is shown as such, without a range; the others of the table stay editable', () => {
    const skeleton = newReportText({ body: '某县司法局', year: 2023, level: 'department' });
    const row = '| 2.重复申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n';
    assert.ok(skeleton.includes(row));
    const text = skeleton.replace(row, '');
    const v = view(tableView(analysed(text), 1, { uri, id: '三', nth: 0 }, lineOf(text)));
    const cells = values(v.lines);
    assert.equal(cells.length, 25 * 7);
    assert.deepEqual(cells.filter((c) => c.range === undefined).map((c) => c.key), ['reject-2/natural', 'reject-2/business', 'reject-2/research', 'reject-2/public-interest', 'reject-2/legal', 'reject-2/other', 'reject-2/total']);
    assert.deepEqual(v.tables.map((t) => t.title), ['表二：主动公开政府信息情况', '表三：收到和处理政府信息公开申请情况', '表四：政府信息公开行政复议、行政诉讼情况']);
  });

  it('a code lens above each table opens it', () => {
    assert.deepEqual(tableViewLenses(analysed(TABLE_4), uri), [{ range: range(4, 0, 4, 0), command: { title: '在表格视图中编辑', command: OPEN_TABLE_VIEW_COMMAND, arguments: [{ uri, id: '四', nth: 0 }] } }]);
  });
});
