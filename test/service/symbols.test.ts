import { strict as assert } from 'node:assert';
import { SymbolKind } from 'vscode-languageserver';
import { documentSymbols, trimmed } from '../../server/src/service/symbols';
import { analysed, range, SMALL } from './support';

describe('service: documentSymbols', () => {
  it('outlines the parts with their items, and each missing part at the place it would go', () => {
    const symbols = documentSymbols(analysed(SMALL));
    assert.deepEqual(symbols.map((s) => [s.name, s.kind, s.range, s.selectionRange, s.detail]), [
      ['一、总体情况', SymbolKind.Module, range(2, 3, 6, 13), range(2, 3, 2, 9), undefined],
      ['二、主动公开政府信息情况', SymbolKind.Module, range(8, 3, 10, 2), range(8, 3, 8, 15), undefined],
      ['（缺少）三、收到和处理政府信息公开申请情况', SymbolKind.Null, range(10, 2, 10, 2), range(10, 2, 10, 2), '本部分缺失'],
      ['（缺少）四、政府信息公开行政复议、行政诉讼情况', SymbolKind.Null, range(10, 2, 10, 2), range(10, 2, 10, 2), '本部分缺失'],
      ['（缺少）五、存在的主要问题及改进情况', SymbolKind.Null, range(10, 2, 10, 2), range(10, 2, 10, 2), '本部分缺失'],
      ['（缺少）六、其他需要报告的事项', SymbolKind.Null, range(10, 2, 10, 2), range(10, 2, 10, 2), '本部分缺失'],
    ]);
    assert.deepEqual(symbols[0]?.children?.map((s) => [s.name, s.kind, s.range, s.selectionRange]), [['（一）主动公开', SymbolKind.String, range(4, 0, 6, 13), range(4, 0, 4, 7)]]);
    assert.deepEqual(symbols[1]?.children, []);
  });

  it('names a table by its part and gives the standard title of a variant heading', () => {
    const text = [
      '# 某县2023年政府信息公开工作年度报告', '', '## 一、总体情况', '', '正文。', '', '## 二、主动公开政府信息情况', '', '无。', '', '## 三、收到和处理政府信息公开申请情况', '', '无。', '',
      '## 四、行政复议和行政诉讼情况', '', //                         14, 15
      '| | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |', //     16
      '|---|---|---|---|---|---|', //                                 17
      '| 行政复议 | 0 | 0 | 0 | 0 | 0 |', //                          18
      '',
    ].join('\n');
    const part = documentSymbols(analysed(text)).find((s) => s.name.startsWith('四'));
    assert.deepEqual([part?.name, part?.detail], ['四、行政复议和行政诉讼情况', '四、政府信息公开行政复议、行政诉讼情况']);
    assert.deepEqual(part?.children?.map((s) => [s.name, s.kind, s.range, s.selectionRange]), [['统计表：政府信息公开行政复议、行政诉讼情况表（15项数据）', SymbolKind.Struct, range(16, 0, 18, 28), range(16, 0, 16, 36)]]);
  });

  it('a 2008–2018 report: its parts with the 第三十二条 item each covers, no missing 2019/2021 parts', () => {
    const report = '# 某县司法局2012年政府信息公开工作年度报告\n\n一、概述\n\n本年度工作平稳。\n\n二、主动公开政府信息情况\n\n本年度主动公开信息120条。\n\n三、依申请公开政府信息情况\n\n无。\n';
    const analysis = analysed(report);
    assert.equal(analysis.model.era.id, '2007');
    assert.deepEqual(documentSymbols(analysis).map((s) => [s.name, s.detail]), [
      ['一、概述', undefined],
      ['二、主动公开政府信息情况', '2007年《条例》第三十二条第（1）项规定的内容'],
      ['三、依申请公开政府信息情况', '2007年《条例》第三十二条第（2）项规定的内容'],
    ]);
  });

  it('is empty for a document that is not checked', () => {
    assert.deepEqual(documentSymbols(analysed('购物清单\n\n一、牛奶\n', { decide: { enable: true, files: {} } })), []);
  });

  it('trims a range to its last written line, leaving the next heading’s marks out', () => {
    const a = analysed(SMALL);
    const partOne = SMALL.indexOf('一、总体情况');
    assert.deepEqual(trimmed(a.model, { start: partOne, end: SMALL.indexOf('二、主动') }), { start: partOne, end: SMALL.indexOf('\n\n## 二') });
  });
});
