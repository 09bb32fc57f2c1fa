import { strict as assert } from 'node:assert';
import { MarkupKind } from 'vscode-languageserver';
import { eraLabel, hover } from '../../server/src/service/hover';
import { analysed, range, SMALL, withCursor } from './support';

const ERA_2021 = '适用格式：2021年格式（《中华人民共和国政府信息公开条例》第四十九条、第五十条；国办公开办函〔2021〕30号）';

describe('service: hover', () => {
  it('on a part heading: what the part must hold, escaped, and the era', () => {
    const { text, position } = withCursor(SMALL.replace('## 一、总体情况', '## 一、总$0体情况'));
    assert.deepEqual(hover(analysed(text), position), {
      contents: {
        kind: MarkupKind.Markdown,
        value: [
          '**一、总体情况**（第一部分）',
          '格式要求：概述本机关贯彻落实《条例》的情况，2021年格式列明的方面：主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障（各级人民政府还应包括工作考核、社会评议和责任追究结果情况）。'.replace(/[()]/g, '\\$&'),
          ERA_2021,
        ].join('\n\n'),
      },
      range: range(2, 3, 2, 9),
    });
  });

  it('on a variant heading: the standard title and that the part needs its table', () => {
    const { text, position } = withCursor(SMALL.replace('## 二、主动公开政府信息情况', '## 二、主动公开$0情况'));
    const value = (hover(analysed(text), position)?.contents as { value: string }).value;
    assert.deepEqual(value.split('\n\n').filter((l) => l.startsWith('标准标题') || l.startsWith('本部分')), ['标准标题为「二、主动公开政府信息情况」。', '本部分须填写固定统计表。']);
  });

  it('on the title: the title and the era', () => {
    const { text, position } = withCursor(SMALL.replace('司法局', '司法$0局'));
    assert.deepEqual(hover(analysed(text), position), { contents: { kind: MarkupKind.Markdown, value: `**某县司法局2023年政府信息公开工作年度报告**\n\n${ERA_2021}` }, range: range(0, 2, 0, 24) });
  });

  it('nothing in body text, nor in a document that is not checked', () => {
    const { text, position } = withCursor(SMALL.replace('本年度主动', '本年$0度主动'));
    assert.equal(hover(analysed(text), position), undefined);
    assert.equal(hover(analysed('笔记\n一、今天\n二、明天\n', { decide: { enable: true, files: {} } }), { line: 1, character: 1 }), undefined);
  });

  it('escapes Markdown in the document’s own text', () => {
    const { text, position } = withCursor(SMALL.replace('# 某县司法局2023年', '# 某县*司法*局$0 [链接](http://x) 2023年'));
    const value = (hover(analysed(text), position)?.contents as { value: string }).value;
    assert.equal(value.split('\n\n')[0], '**某县\\*司法\\*局 \\[链接\\]\\(http://x\\) 2023年政府信息公开工作年度报告**');
  });

  it('names the era in the user’s language', () => {
    assert.equal(eraLabel(analysed(SMALL)), '2021年格式');
    assert.equal(eraLabel(analysed(SMALL, { locale: 'en' })), '2021 format');
    assert.equal(eraLabel(analysed(SMALL, { era: '2019' })), '2019年格式（试行）');
  });

  it('a 2007-era report: the content item of 第三十二条, no 2019/2021 heading or table requirement', () => {
    const report = '# 某县司法局2012年政府信息公开工作年度报告\n\n一、主动公开政府信息情况\n\n本年度主$0动公开信息120条。\n\n二、依申请公开政府信息情况\n\n无。\n';
    const { text, position } = withCursor(report.replace('本年度主$0动公开', '本年度主动公开').replace('一、主动公开政府信息情况', '一、主动$0公开政府信息情况'));
    const analysis = analysed(text);
    assert.equal(analysis.model.era.id, '2007');
    const shown = (hover(analysis, position)?.contents as { value: string }).value;
    assert.match(shown, /第三十二条第1项：行政机关主动公开政府信息的情况/);
    assert.doesNotMatch(shown, /须填写固定统计表|标准标题|格式要求/);
  });
});

