import { strict as assert } from 'node:assert';
import { APPLY_EDIT_COMMAND, codeLenses } from '../../server/src/service/code-lens';
import { analysed, range, TABLE_4 } from './support';

describe('service: codeLenses', () => {
  it('above a table whose relations fail: the count and one click applying the table’s fixes', () => {
    assert.deepEqual(codeLenses(analysed(TABLE_4), 'file:///w/r.md', 2), [{
      range: range(4, 0, 4, 0),
      command: {
        title: '1 处不一致 · 一键修正',
        command: APPLY_EDIT_COMMAND,
        arguments: [{ documentChanges: [{ textDocument: { uri: 'file:///w/r.md', version: 2 }, edits: [{ range: range(6, 25, 6, 26), newText: '3' }] }] }],
      },
    }]);
  });

  it('above a consistent table: that every relation holds', () => {
    const consistent = TABLE_4.replace('| 行政复议 | 2 | 1 | 0 | 0 | 0 |', '| 行政复议 | 2 | 1 | 0 | 0 | 3 |');
    assert.deepEqual(codeLenses(analysed(consistent), 'file:///w/r.md', 3), [{ range: range(4, 0, 4, 0), command: { title: '勾稽关系全部成立', command: '' } }]);
  });

  it('never calls a table consistent when a relation fails unreported (its rule switched off)', () => {
    assert.deepEqual(codeLenses(analysed(TABLE_4, { severities: { 'table/wrong-cell': 'off' } }), 'file:///w/r.md', 1), []);
  });

  it('without a fix, the count alone; nothing for a document that is not checked', () => {
    const partial = TABLE_4.replace('| 未经复议直接起诉 | 0 | 0 | 0 | 0 | 0 |\n| 复议后起诉 | 0 | 0 | 0 | 0 | 0 |\n', '').replace('| 行政复议 | 2 | 1 | 0 | 0 | 0 |', '| 行政复议 | 2 | 1 | 0 | 0 | 3 |');
    const table = analysed(partial).findings.filter((f) => f.rule.startsWith('table/'));
    assert.deepEqual(table.map((f) => [f.rule, f.fix]), [['table/unreadable', undefined]]);
    assert.deepEqual(codeLenses(analysed(partial), 'file:///w/r.md', 1), [{ range: range(4, 0, 4, 0), command: { title: '1 处不一致', command: '' } }]);
    assert.deepEqual(codeLenses(analysed('购物清单\n', { decide: { enable: true, files: {} } }), 'file:///w/r.md', 1), []);
  });

  it('while drafting, 计算合计 fills the totals from the details in one versioned edit, instead of an inconsistency', () => {
    // 行政复议: 结果维持 2 + 结果纠正 1 = 3, 总计 still 0 (the user fills totals last).
    const lenses = codeLenses(analysed(TABLE_4, { drafting: true }), 'file:///w/r.md', 5);
    assert.deepEqual(lenses, [{
      range: range(4, 0, 4, 0),
      command: {
        title: '计算合计（1 处）',
        command: APPLY_EDIT_COMMAND,
        arguments: [{ documentChanges: [{ textDocument: { uri: 'file:///w/r.md', version: 5 }, edits: [{ range: range(6, 25, 6, 26), newText: '3' }] }] }],
      },
    }]);
  });
});
