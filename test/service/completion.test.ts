import { strict as assert } from 'node:assert';
import { CompletionItemKind } from 'vscode-languageserver';
import { completions } from '../../server/src/service/completion';
import { partBody } from '../../server/src/service/templates';
import { nth } from '../support/nth';
import { analysed, range, SMALL, withCursor } from './support';

describe('service: completions of parts and headings', () => {
  it('at the start of a line: the parts not yet written, the next one first and preselected, with its table as a second choice', () => {
    const { text, position } = withCursor(`${SMALL}\n$0`);
    const items = completions(analysed(text), position);
    assert.deepEqual(items.map((i) => [i.label, i.kind, i.preselect, i.sortText]), [
      ['三、收到和处理政府信息公开申请情况', CompletionItemKind.Module, true, '0a'],
      ['三、收到和处理政府信息公开申请情况（含统计表）', CompletionItemKind.Snippet, undefined, '0b'],
      ['四、政府信息公开行政复议、行政诉讼情况', CompletionItemKind.Module, false, '14a'],
      ['四、政府信息公开行政复议、行政诉讼情况（含统计表）', CompletionItemKind.Snippet, undefined, '14b'],
      ['五、存在的主要问题及改进情况', CompletionItemKind.Module, false, '15a'],
      ['六、其他需要报告的事项', CompletionItemKind.Module, false, '16a'],
    ]);
    assert.deepEqual(items[0]?.textEdit, { range: range(12, 0, 12, 0), newText: '三、收到和处理政府信息公开申请情况' });
    assert.equal(nth(items, 0).detail, '规范标题：第三部分');
    // The table choice writes the heading, a blank line, then the era's table 三 starting with its header row.
    const withTable = (items[1]?.textEdit as { newText: string }).newText.split('\n');
    assert.deepEqual(withTable.slice(0, 3), ['三、收到和处理政府信息公开申请情况', '', '| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |']);
    assert.equal(withTable.at(-2), '| 四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |');
  });

  it('replaces what was typed after the Markdown marks (numeral and 、)', () => {
    const { text, position } = withCursor(`${SMALL}\n## 三、$0`);
    const [first] = completions(analysed(text), position);
    assert.deepEqual(first?.textEdit, { range: range(12, 3, 12, 5), newText: '三、收到和处理政府信息公开申请情况' });
    assert.equal(nth(completions(analysed(text), position), 0).filterText, '三、三、收到和处理政府信息公开申请情况');
  });

  it('inside a part that needs a table: the era’s whole table first', () => {
    const { text, position } = withCursor(SMALL.replace('\n无。', '\n$0\n\n无。'));
    const items = completions(analysed(text), position);
    const table = items.find((i) => i.label.startsWith('表'));
    assert.deepEqual([table?.label, table?.kind, table?.preselect, table?.sortText, table?.filterText], ['表二（2021年格式，各数为 0）', CompletionItemKind.Snippet, true, '00', '表二']);
    // '00' sorts before every heading ('0a', '14a'…): the editor lists the table first.
    assert.ok(items.every((i) => i === table || (i.sortText ?? '') > '00'));
  });

  it('nothing in the middle of a line', () => {
    const { text, position } = withCursor(SMALL.replace('本年度主动', '本年度$0主动'));
    assert.deepEqual(completions(analysed(text), position), []);
  });
});

describe('service: completions inside tables and by era', () => {
  it('inside a table: its row labels, missing rows first', () => {
    const text = [
      '# 某县2023年政府信息公开工作年度报告', '## 三、收到和处理政府信息公开申请情况',
      '| | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |', '|---|---|---|---|---|---|---|---|',
      '| 一、本年新收政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |', '| $0 | | | | | | | |', '',
    ].join('\n');
    const c = withCursor(text);
    const items = completions(analysed(c.text), c.position);
    const item = (label: string) => items.find((i) => i.label === label);
    assert.deepEqual([item('一、本年新收政府信息公开申请数量')?.detail, item('一、本年新收政府信息公开申请数量')?.sortText], ['表三的行', '1000']);
    assert.deepEqual([item('二、上年结转政府信息公开申请数量')?.detail, item('二、上年结转政府信息公开申请数量')?.sortText], ['表三缺少的行', '0001']);
    assert.deepEqual([item('四、结转下年度继续办理')?.detail, item('四、结转下年度继续办理')?.insertText], ['表三缺少的行', '四、结转下年度继续办理']);
    assert.ok(items.every((i) => i.kind === CompletionItemKind.Field));
  });

  it('a heading being typed ranks above the part’s table; a bare numeral still puts the table first', () => {
    const typed = withCursor(SMALL.replace('\n无。', '\n## 三、收到$0\n\n无。'));
    const items = completions(analysed(typed.text), typed.position);
    const table = items.find((i) => i.label.startsWith('表'));
    const heading = items.find((i) => i.label === '三、收到和处理政府信息公开申请情况');
    assert.ok(table && heading);
    assert.ok((heading.sortText ?? '') < (table.sortText ?? ''), `${String(heading.sortText)} < ${String(table.sortText)}`);
    assert.notEqual(table.preselect, true);
    assert.deepEqual(heading.textEdit, { range: range(typed.position.line, 3, typed.position.line, 7), newText: '三、收到和处理政府信息公开申请情况' });
    const bare = withCursor(SMALL.replace('\n无。', '\n$0\n\n无。'));
    assert.equal(nth(completions(analysed(bare.text), bare.position).filter((i) => i.sortText === '00'), 0).label, '表二（2021年格式，各数为 0）');
  });

  it('a 2008–2018 report: the 第三十二条 content items not yet covered, numbered as the next part, no six headings and no tables', () => {
    const report = '# 某县司法局2012年政府信息公开工作年度报告\n\n一、主动公开政府信息情况\n\n本年度主动公开信息120条。\n\n二、依申请公开政府信息情况\n\n无。\n\n$0';
    const { text, position } = withCursor(report);
    const analysis = analysed(text);
    assert.equal(analysis.model.era.id, '2007');
    const items = completions(analysis, position);
    assert.deepEqual(items.map((i) => i.label), [
      '三、政府信息公开的收费及减免情况',
      '三、因政府信息公开申请行政复议、提起行政诉讼的情况',
      '三、政府信息公开工作存在的主要问题及改进情况',
      '三、其他需要报告的事项',
    ]);
    assert.equal(nth(items, 0).detail, '2007年《条例》第三十二条第（3）项规定的内容');
    assert.ok(items.every((i) => i.kind === CompletionItemKind.Module && !i.label.includes('表')));
  });

  it('in table 二: the row labels of the block (第二十条第（…）项) under the cursor; below the table a whole row', () => {
    const withTable2 = SMALL.replace('\n无。', `\n${partBody(2, '2021')}`);
    assert.ok(withTable2.includes('| 第二十条第（五）项 |') && withTable2.includes('| 行政许可 |'), 'the 2021 table 二 has its blocks');
    const inBlock5 = withCursor(withTable2.replace('| 行政许可 |', '| $0 |\n| 行政许可 |'));
    assert.deepEqual(completions(analysed(inBlock5.text), inBlock5.position).map((i) => i.label), ['行政许可']);
    const inBlock1 = withCursor(withTable2.replace('| 规章 |', '| $0 |\n| 规章 |'));
    assert.deepEqual(completions(analysed(inBlock1.text), inBlock1.position).map((i) => i.label), ['规章', '行政规范性文件']);
    const below = withCursor(withTable2.replace(/(\| 行政事业性收费 \|[^\n]*)/, '$1\n$0'));
    const whole = completions(analysed(below.text), below.position);
    assert.deepEqual(whole.map((i) => i.insertText), ['| 行政事业性收费 | 0 |']);
  });
});
