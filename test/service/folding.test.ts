import { strict as assert } from 'node:assert';
import { FoldingRangeKind } from 'vscode-languageserver';
import { foldingRanges } from '../../server/src/service/folding';
import { analysed, SMALL } from './support';

describe('service: foldingRanges', () => {
  it('folds each part and item from its heading to its last written line', () => {
    assert.deepEqual(foldingRanges(analysed(SMALL)), [{ startLine: 2, endLine: 6 }, { startLine: 4, endLine: 6 }, { startLine: 8, endLine: 10 }]);
  });

  it('folds a table as a region; a one-line part is not folded', () => {
    const text = '# 某县2023年政府信息公开工作年度报告\n## 四、政府信息公开行政复议、行政诉讼情况\n| | 结果维持 | 总计 |\n|---|---|---|\n| 行政复议 | 0 | 0 |\n## 五、存在的主要问题及改进情况\n';
    assert.deepEqual(foldingRanges(analysed(text)), [{ startLine: 1, endLine: 4 }, { startLine: 2, endLine: 4, kind: FoldingRangeKind.Region }]);
  });

  it('is empty for a document that is not checked', () => {
    assert.deepEqual(foldingRanges(analysed('笔记\n\n一、今天\n\n二、明天\n', { decide: { enable: true, files: {} } })), []);
  });
});
