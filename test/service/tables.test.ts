import { strict as assert } from 'node:assert';
import { CompletionItemKind, MarkupKind } from 'vscode-languageserver';
import { rowLabelCompletions, tableHover, tableTemplate } from '../../server/src/service/tables';
import { analysed, range, TABLE_4 } from './support';

const offsetOf = (line: number, character: number) => TABLE_4.split('\n').slice(0, line).reduce((n, l) => n + l.length + 1, 0) + character;

describe('service: tables', () => {
  const analysis = analysed(TABLE_4);

  it('on a total cell: its labels, its formula with the addends, and the value it should have', () => {
    assert.deepEqual(tableHover(analysis, offsetOf(6, 25)), {
      contents: {
        kind: MarkupKind.Markdown,
        value: [
          '**表四** 行政复议',
          '总计',
          '行政复议×总计 = 行政复议×结果维持 \\+ 行政复议×结果纠正 \\+ 行政复议×其他结果 \\+ 行政复议×尚未审结  \n2 \\+ 1 \\+ 0 \\+ 0 = 3 ✗（表中为 0）',
          '按勾稽关系，此格应为 3。',
        ].join('\n\n'),
      },
      range: range(6, 25, 6, 26),
    });
  });

  it('on a detail cell: its row and column, and the relation it is in', () => {
    const hover = tableHover(analysis, offsetOf(6, 13));
    const value = (hover?.contents as { value: string }).value.split('\n\n');
    assert.deepEqual(value.slice(0, 2), ['**表四** 行政复议', '结果纠正']);
    assert.deepEqual(hover?.range, range(6, 13, 6, 14));
  });

  it('nothing outside the cells', () => {
    assert.equal(tableHover(analysis, offsetOf(6, 8)), undefined);
    assert.equal(tableHover(analysis, offsetOf(2, 4)), undefined);
  });

  it('completes the row labels of the table at the cursor, in template order', () => {
    const items = rowLabelCompletions(analysis, offsetOf(8, 2));
    assert.deepEqual(items.map((i) => [i.label, i.kind, i.detail, i.sortText]), [
      ['行政复议', CompletionItemKind.Field, '表四的行', '1000'],
      ['未经复议直接起诉', CompletionItemKind.Field, '表四的行', '1001'],
      ['复议后起诉', CompletionItemKind.Field, '表四的行', '1002'],
    ]);
    assert.deepEqual(rowLabelCompletions(analysis, offsetOf(2, 4)), []);
  });

  it('writes the era’s standard table of a part, and none for a part without one', () => {
    assert.deepEqual(tableTemplate('2021', 4)?.split('\n'), ['| | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |', '|---|---|---|---|---|---|', '| 行政复议 | 0 | 0 | 0 | 0 | 0 |', '| 行政诉讼 | | | | | |', '| 未经复议直接起诉 | 0 | 0 | 0 | 0 | 0 |', '| 复议后起诉 | 0 | 0 | 0 | 0 | 0 |']);
    assert.equal(tableTemplate('2021', 5), undefined);
  });
});
