import assert from 'node:assert/strict';
import { CELL_MARK, readDocText } from '../../../server/src/core/import/doc-text';
import { formatListNumber } from '../../../server/src/core/import/docx/num-format';
import { ListCounter, readNumberingXml } from '../../../server/src/core/import/docx/numbering';
import { readDocx } from '../../../server/src/core/import/docx/read-docx';

/** Pure readers of the Word importer on small XML written here (what Word writes, cut to the point). */

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const doc = (body: string): string => `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`;
const p = (text: string, pPr = ''): string => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const numPr = (numId: string, ilvl = 0): string => `<w:numPr><w:ilvl w:val="${String(ilvl)}"/><w:numId w:val="${numId}"/></w:numPr>`;

const NUMBERING = `<?xml version="1.0"?><w:numbering ${W}>
  <w:abstractNum w:abstractNumId="0">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="1">
    <w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="ideographTraditional"/><w:lvlText w:val="%1、"/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
  <w:num w:numId="4"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>`;

describe('Word list numbers (numFmt)', () => {
  it('renders the Chinese formats as Word shows them', () => {
    assert.deepEqual([1, 2, 9, 10, 11, 19, 20, 21, 99].map((n) => formatListNumber(n, 'chineseCounting')), ['一', '二', '九', '十', '十一', '十九', '二十', '二十一', '九十九']);
    assert.equal(formatListNumber(105, 'chineseCountingThousand'), '一百零五');
    assert.equal(formatListNumber(1010, 'chineseCountingThousand'), '一千零一十');
    assert.equal(formatListNumber(3, 'chineseLegalSimplified'), '叁');
    assert.equal(formatListNumber(12, 'ideographLegalTraditional'), '壹拾貳');
    assert.deepEqual([1, 2, 10, 11].map((n) => formatListNumber(n, 'ideographTraditional')), ['甲', '乙', '癸', '甲']);
    assert.equal(formatListNumber(3, 'ideographZodiac'), '寅');
    assert.equal(formatListNumber(105, 'ideographDigital'), '一〇五');
    assert.equal(formatListNumber(3, 'decimalEnclosedCircle'), '③');
    assert.equal(formatListNumber(12, 'decimalFullWidth'), '１２');
  });

  it('renders Latin formats and Word 2010 custom formats', () => {
    assert.deepEqual([1, 4, 9, 14, 40].map((n) => formatListNumber(n, 'upperRoman')), ['I', 'IV', 'IX', 'XIV', 'XL']);
    assert.deepEqual([1, 26, 27, 28].map((n) => formatListNumber(n, 'lowerLetter')), ['a', 'z', 'aa', 'bb']);
    assert.equal(formatListNumber(7, 'decimalZero'), '07');
    assert.equal(formatListNumber(7, 'custom', '001, 002, 003, ...'), '007');
    assert.equal(formatListNumber(4, 'custom', '一, 二, 三, ...'), '四');
    assert.equal(formatListNumber(5, 'somethingNew'), '5');
  });
});

describe('numbering.xml counting', () => {
  it('counts levels, restarts deeper levels, and continues across instances of one list', () => {
    const c = new ListCounter(readNumberingXml(NUMBERING));
    const labels = [['1', 0], ['1', 1], ['1', 1], ['1', 2], ['1', 0], ['1', 1], ['2', 0]].map(([id, l]) => c.next(String(id), Number(l))?.text);
    assert.deepEqual(labels, ['一、', '（一）', '（二）', '1.', '二、', '（一）', '三、']);
  });

  it('restarts a list whose instance overrides its start, and starts other lists at their w:start', () => {
    const c = new ListCounter(readNumberingXml(NUMBERING));
    c.next('1', 0);
    c.next('1', 0);
    assert.equal(c.next('3', 0)?.text, '一、');
    assert.equal(c.next('4', 0)?.text, '丙、');
    assert.equal(c.next('0', 0), undefined, 'numId 0 switches numbering off');
    assert.equal(c.next('99', 0), undefined, 'an unknown list is no number');
  });
});

describe('document.xml → Markdown rendering', () => {
  it('renders automatic heading numbers, keeps inserted and drops deleted text, skips text boxes, field codes and hidden text', () => {
    const body = [
      p('某局2023年政府信息公开工作年度报告', '<w:pStyle w:val="Title"/>'),
      p('总体情况', `<w:pStyle w:val="Heading1"/>${numPr('1')}`),
      '<w:p><w:r><w:t>全年</w:t></w:r><w:del w:id="1" w:author="a"><w:r><w:delText>共</w:delText></w:r></w:del><w:ins w:id="2" w:author="a"><w:r><w:t>主动</w:t></w:r></w:ins><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r><w:r><w:t>公开信息10条。</w:t></w:r></w:p>',
      '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>',
      '<w:p><w:r><w:drawing><wp:inline xmlns:wp="x"><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></wp:inline></w:drawing></w:r></w:p>',
      p('主动公开政府信息情况', `<w:pStyle w:val="Heading1"/>${numPr('1')}`),
    ].join('');
    const styles = `<w:styles ${W}><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style></w:styles>`;
    const r = readDocx({ document: doc(body), styles, numbering: NUMBERING });
    assert.equal(r.text, '# 某局2023年政府信息公开工作年度报告\n\n## 一、总体情况\n\n全年主动公开信息10条。\n\n7\n\n## 二、主动公开政府信息情况\n');
    assert.deepEqual(r.locate({ start: r.text.indexOf('全年'), end: r.text.indexOf('全年') + 2 }), { kind: 'paragraph', paragraph: 3 });
    assert.deepEqual(r.locate({ start: r.text.indexOf('主动公开政府'), end: r.text.length }), { kind: 'paragraph', paragraph: 5 });
  });

  it('takes the numbering and heading level from a Chinese Word style (id "1", name "heading 1") and its w:basedOn', () => {
    const styles = `<w:styles ${W}>
      <w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:pPr>${numPr('1')}<w:outlineLvl w:val="0"/></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="a5"><w:name w:val="我的标题"/><w:basedOn w:val="1"/></w:style>
    </w:styles>`;
    const r = readDocx({ document: doc(p('总体情况', '<w:pStyle w:val="1"/>') + p('主动公开政府信息情况', '<w:pStyle w:val="a5"/>')), styles, numbering: NUMBERING });
    assert.equal(r.text, '## 一、总体情况\n\n## 二、主动公开政府信息情况\n');
  });

  it('reads a table as a grid: gridSpan as <, vMerge as ^, cells located by row and grid column', () => {
    const tc = (text: string, pr = ''): string => `<w:tc>${pr ? `<w:tcPr>${pr}</w:tcPr>` : ''}${p(text)}</w:tc>`;
    const table = `<w:tbl>
      <w:tr>${tc('行政复议', '<w:gridSpan w:val="2"/>')}${tc('总计', '<w:vMerge w:val="restart"/>')}</w:tr>
      <w:tr>${tc('结果维持')}${tc('结果纠正')}${tc('', '<w:vMerge/>')}</w:tr>
      <w:tr>${tc('3')}${tc('1|2')}${tc('4')}</w:tr>
    </w:tbl>`;
    const r = readDocx({ document: doc(p('四、复议诉讼') + table) });
    assert.equal(r.text, '四、复议诉讼\n\n| 行政复议 | < | 总计 |\n| --- | --- | --- |\n| 结果维持 | 结果纠正 | ^ |\n| 3 | 1\\|2 | 4 |\n');
    assert.equal(r.tables.length, 1);
    const rows = r.tables[0]?.rows ?? [];
    assert.deepEqual(rows.map((row) => row.cells.map((c) => (c.covered ? '·' : c.text))), [['行政复议', '·', '总计'], ['结果维持', '结果纠正', '·'], ['3', '1|2', '4']]);
    assert.deepEqual(rows.map((row) => row.cells.map((c) => c.col)), [[0, 1, 2], [0, 1, 2], [0, 1, 2]]);
    const four = rows[2]?.cells[2];
    assert.ok(four);
    assert.equal(r.text.slice(four.range.start, four.range.end), '4');
    assert.deepEqual(r.locate(four.range), { kind: 'cell', table: 1, row: 3, column: 3 });
  });

  it('drops deleted table rows and joins a paragraph whose mark was deleted with the next one', () => {
    const tc = (text: string): string => `<w:tc>${p(text)}</w:tc>`;
    const body = '<w:p><w:pPr><w:rPr><w:del w:id="1" w:author="a"/></w:rPr></w:pPr><w:r><w:t>统计期限为</w:t></w:r></w:p>' + p('2023年1月1日至12月31日。')
      + `<w:tbl><w:tr><w:trPr><w:del w:id="2" w:author="a"/></w:trPr>${tc('旧行')}${tc('0')}</w:tr><w:tr>${tc('新行')}${tc('1')}</w:tr></w:tbl>`;
    assert.equal(readDocx({ document: doc(body) }).text, '统计期限为2023年1月1日至12月31日。\n\n| 新行 | 1 |\n| --- | --- |\n');
  });

  it('reads a one-column (layout) table as paragraphs, located in their cells', () => {
    const body = p('正文。') + `<w:tbl><w:tr><w:tc>${p('某市人民政府办公室') + p('2024年1月20日')}</w:tc></w:tr></w:tbl>`;
    const r = readDocx({ document: doc(body) });
    assert.equal(r.text, '正文。\n\n某市人民政府办公室\n\n2024年1月20日\n');
    assert.deepEqual(r.tables, []);
    assert.deepEqual(r.locate({ start: r.text.indexOf('2024'), end: r.text.indexOf('2024') + 4 }), { kind: 'cell', table: 1, row: 1, column: 1 });
  });

  it('throws on malformed XML (the adapter turns it into a Chinese message)', () => {
    assert.throws(() => readDocx({ document: '<w:document><w:body><w:p>' }));
  });
});

describe('.doc text (word-extractor) → rendering', () => {
  it('reads tables as their cells in order, restores bare part titles\' numbers, and says both once', () => {
    const M = CELL_MARK;
    const body = ['某局2023年政府信息公开工作年度报告', '总体情况', '全年主动公开信息10条。', '主动公开政府信息情况', `信息内容${M}本年制发件数${M}${M}规章${M}${M}3${M}${M}${M}收到和处理政府信息公开申请情况`, '（一）说明。'].join('\r');
    const r = readDocText(body, 'zh-cn');
    assert.equal(r.text, '某局2023年政府信息公开工作年度报告\n\n一、总体情况\n\n全年主动公开信息10条。\n\n二、主动公开政府信息情况\n\n信息内容 |\n本年制发件数 |\n规章 |\n3 |\n\n三、收到和处理政府信息公开申请情况\n\n（一）说明。\n');
    assert.deepEqual(r.notices.map((n) => n.code), ['doc-table-structure', 'doc-numbering']);
    assert.match(r.notices[0]?.message ?? '', /第1张表/);
    assert.equal(r.tables[0]?.rows.every((row) => !row.positional), true);
  });

  it('numbers a title known only by its keywords when it fills a gap, never a sub-heading whose （一） was lost', () => {
    const body = ['总体情况', '主动公开', '正文。', '主动公开政府信息情况', '收到和处理政府信息公开申请情况', '政府信息公开行政复议、行政诉讼情况', '存在问题及改进情况', '其他需要报告的事项'].join('\r');
    assert.deepEqual(readDocText(body, 'zh-cn').text.split('\n\n').map((l) => l.trim()), ['一、总体情况', '主动公开', '正文。', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在问题及改进情况', '六、其他需要报告的事项']);
  });
});
