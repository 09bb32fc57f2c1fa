import { strict as assert } from 'node:assert';
import { tabsToMarkdown, tabTableActions } from '../../server/src/service/tab-table';
import { analysed, range } from './support';

describe('service: a tab-separated table (pasted from Word, WPS, Excel) into a Markdown table', () => {
  it('makes the first line the header and aligns the columns by display width', () => {
    assert.deepEqual(tabsToMarkdown(['信息内容\t本年制发件数\t本年废止件数\t现行有效件数', '规章\t0\t0\t0', '行政规范性文件\t3\t1\t12']), [
      '| 信息内容       | 本年制发件数 | 本年废止件数 | 现行有效件数 |',
      '| -------------- | ------------ | ------------ | ------------ |',
      '| 规章           | 0            | 0            | 0            |',
      '| 行政规范性文件 | 3            | 1            | 12           |',
    ]);
  });

  it('counts Chinese quotes, book-title marks and brackets two columns wide, as Chinese fonts draw them', () => {
    assert.deepEqual(tabsToMarkdown(['项目\t自然人\t总计', '3.危及“三安全一稳定”\t0\t1', '《条例》（试行）\t2\t2']), [
      // 3.危及“三安全一稳定”: 2 + 4 + 2 + 12 + 2 = 22 columns; 《条例》（试行）: 16.
      '| 项目' + ' '.repeat(18) + ' | 自然人 | 总计 |',
      '| ' + '-'.repeat(22) + ' | ------ | ---- |',
      '| 3.危及“三安全一稳定” | 0      | 1    |',
      '| 《条例》（试行）' + ' '.repeat(6) + ' | 2      | 2    |',
    ]);
  });

  it('keeps blank cells and ragged rows, escapes pipes, drops a Windows line end', () => {
    assert.deepEqual(tabsToMarkdown(['a\tb\tc\r', '1\t\t2\r', 'x|y']), [
      '| a    | b   | c   |',
      '| ---- | --- | --- |',
      '| 1    |     | 2   |',
      '| x\\|y |     |     |',
    ]);
    assert.equal(tabsToMarkdown(['只有一行\t1']), undefined);
  });
});

describe('service: the quick fix that makes a pasted tab-separated block a Markdown table', () => {
  const report = [
    '# 某县2023年政府信息公开工作年度报告', //  0
    '', //                                       1
    '## 二、主动公开政府信息情况', //            2
    '', //                                       3
    '信息内容\t本年制发件数\t本年废止件数\t现行有效件数', // 4
    '规章\t0\t0\t0', //                          5
    '行政规范性文件\t3\t1\t12', //               6
    '', //                                       7
    '正文。', //                                 8
  ].join('\n');
  const input = (line: number, languageId = 'markdown') => ({ uri: 'file:///w/r.md', version: 3, range: range(line, 2, line, 2), languageId });

  it('offers the quick fix on any line of the pasted block, replacing the whole block in one versioned edit', () => {
    const [action, ...more] = tabTableActions(analysed(report), input(5));
    assert.equal(more.length, 0);
    assert.equal(action?.title, '把制表符分隔的表格转换为 Markdown 表格');
    assert.equal(action.kind, 'quickfix');
    assert.deepEqual(action.edit, {
      documentChanges: [{
        textDocument: { uri: 'file:///w/r.md', version: 3 },
        edits: [{
          range: range(4, 0, 6, 14),
          newText: [
            '| 信息内容       | 本年制发件数 | 本年废止件数 | 现行有效件数 |',
            '| -------------- | ------------ | ------------ | ------------ |',
            '| 规章           | 0            | 0            | 0            |',
            '| 行政规范性文件 | 3            | 1            | 12           |',
          ].join('\n'),
        }],
      }],
    });
    assert.deepEqual(tabTableActions(analysed(report), input(4))[0]?.edit, action.edit);
  });

  it('offers nothing off the block, in a plain-text report, or when only other kinds are asked for', () => {
    assert.deepEqual(tabTableActions(analysed(report), input(8)), []);
    assert.deepEqual(tabTableActions(analysed(report), input(5, 'plaintext')), []);
    assert.deepEqual(tabTableActions(analysed(report), { ...input(5), only: ['source.fixAll.govreport'] }), []);
    assert.equal(tabTableActions(analysed(report), { ...input(5), only: ['quickfix'] }).length, 1);
  });

  it('writes the document’s own line ending', () => {
    const crlf = report.replace(/\n/g, '\r\n');
    // In JSON a CRLF is the four characters \r\n: three line breaks between the table's four lines, no bare LF.
    const json = JSON.stringify(tabTableActions(analysed(crlf), input(5))[0]?.edit ?? null);
    assert.equal(json.split('\\r\\n').length, 4);
    assert.equal(json.split('\\n').length, 4);
  });
});
