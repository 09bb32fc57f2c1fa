import { strict as assert } from 'node:assert';
import { alignTable, formatTables } from '../../server/src/service/formatting';
import { displayWidth } from '../../server/src/core/text/display-width';
import { analysed, range } from './support';

describe('service: formatting', () => {
  it('aligns a pipe table by display width (CJK two columns) and keeps the separator’s alignment', () => {
    assert.deepEqual(alignTable(['|项目|数量|', '|---|--:|', '|规章|3|', '|规范性文件|12|']), [
      '| 项目       | 数量 |',
      '| ---------- | ---: |',
      '| 规章       |    3 |',
      '| 规范性文件 |   12 |',
    ]);
    assert.deepEqual(alignTable(['  |a|b|', '  |:-:|-|', '  |ccc|d|']), ['  |  a  | b   |', '  | :-: | --- |', '  | ccc | d   |']);
  });

  it('leaves a table without a separator row under its first row alone', () => {
    assert.equal(alignTable(['|a|b|', '|c|d|']), undefined);
  });

  it('edits only the lines that change, in the document', () => {
    const text = '# 某县2023年政府信息公开工作年度报告\n\n| 项目 | 数量 |\n|---|---|\n|规章|3|\n';
    // Line 2 is "| 项目 | 数量 |": already as wide as the header ("项目" is 4 columns); lines 3 and 4 change.
    assert.deepEqual(formatTables(analysed(text)), [
      { range: range(3, 0, 3, 9), newText: '| ---- | ---- |' },
      { range: range(4, 0, 4, 6), newText: '| 规章 | 3    |' },
    ]);
  });

  it('does nothing in a document that is not checked', () => {
    assert.deepEqual(formatTables(analysed('|a|b|\n|---|---|\n|1|2|\n', { decide: { enable: true, files: {} } })), []);
  });
});

describe('service: formatting measures Chinese punctuation as Chinese fonts draw it', () => {
  it('“”, 《》, （）, —— and …… are two columns each', () => {
    assert.equal(displayWidth('“三安全一稳定”'), 16);
    assert.equal(displayWidth('《条例》'), 8);
    assert.equal(displayWidth('（一）'), 6);
    assert.equal(displayWidth('——……'), 8);
    assert.equal(displayWidth('a·b'), 4);
    assert.equal(displayWidth('abc 1.5'), 7);
  });

  it('aligns a table whose labels hold Chinese quotes', () => {
    assert.deepEqual(alignTable(['|事项|件数|', '|---|---|', '|3.危及“三安全一稳定”|1|', '|4.保护第三方合法权益|2|']), [
      '| 事项' + ' '.repeat(18) + ' | 件数 |',
      '| ' + '-'.repeat(22) + ' | ---- |',
      '| 3.危及“三安全一稳定” | 1    |',
      '| 4.保护第三方合法权益   | 2    |',
    ]);
  });
});
