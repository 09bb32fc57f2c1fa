import assert from 'node:assert/strict';
import { main } from '../../../server/src/cli/main';
import { checkReport } from '../../../server/src/core/check';
import { FILLER, withoutFiller } from '../../../server/src/core/text/filler';
import { htmlView } from '../../../server/src/core/text/html/html-view';
import { looksLikeHtml } from '../../../server/src/core/text/html/detect';
import { toRange } from '../../../server/src/service/convert';
import { memoryIO } from '../../support/memory-io';
import { defined, nth } from '../../support/nth';
import { CLEAN_2021 } from '../../support/reports';
import { wordHtml } from '../../support/word-html';

/** The example report as Word's one-line HTML (test/support/word-html.ts). */
const HTML = wordHtml(CLEAN_2021);
const HEADINGS = ['总体情况', '主动公开政府信息情况', '收到和处理政府信息公开申请情况', '政府信息公开行政复议、行政诉讼情况', '存在的主要问题及改进情况', '其他需要报告的事项'];

/** The rules and messages of a check, for comparing two renderings of one report. */
function findings(text: string): string[] {
  return checkReport(text).findings.map((f) => `${f.rule} ${f.message}`);
}

describe('HTML view (design D2): offsets, detection and the page read', () => {
  it('is exactly as long as the source, every visible character at its source offset', () => {
    const source = '<p class=MsoNormal><span>一、</span><span>总体情况</span></p><p>共&nbsp;12&#20214;</p><script>var a="二、";</script>';
    const view = htmlView(source).text;
    assert.equal(view.length, source.length);
    for (let i = 0; i < view.length; i++) {
      const c = view.charAt(i);
      if (c !== FILLER && c !== '\n' && c !== ' ' && c !== '\u00a0') assert.ok(c === source.charAt(i) || source.charAt(i) === '&', `offset ${i}: ${c}`);
    }
    assert.deepEqual(withoutFiller(view).split('\n').map((l) => l.trim()).filter((l) => l !== ''), ['一、总体情况', '共\u00a012件']);
  });

  it('tells HTML from Markdown with a stray tag', () => {
    assert.equal(looksLikeHtml(HTML), true);
    assert.equal(looksLikeHtml('## 一、总体情况\n\n第一行<br>第二行\n'), false);
  });

  it('reads a one-line Word page: the six parts whose headings are split over spans, the three tables', () => {
    assert.equal(HTML.includes('\n'), false);
    const { model } = checkReport(HTML);
    assert.deepEqual(model.parts.map((p) => p.heading.title), HEADINGS);
    // Each heading's title range is its text in the source, the tags between its runs aside.
    for (const p of model.parts) assert.equal(HTML.slice(p.heading.titleRange.start, p.heading.titleRange.end).replace(/<[^>]*>/g, ''), p.heading.title);
    assert.equal(defined(model.presetTables).length, 3);
    assert.equal(model.year?.value, 2023);
  });
});

describe('HTML view (design D2): findings in the source', () => {
  it('gives the same findings as the Markdown it was made from: none on the correct report', () => {
    assert.deepEqual(findings(HTML), []);
    assert.deepEqual(findings(CLEAN_2021), []);
  });

  it('finds a wrong total in an HTML table at the cell in the source, on line 1 of the page', () => {
    const wrong = HTML.replace('>142<', '>143<');
    const [finding, ...rest] = checkReport(wrong).findings;
    assert.deepEqual(rest, []);
    assert.equal(defined(finding).rule, 'table/wrong-cell');
    const at = wrong.indexOf('>143<') + 1;
    assert.deepEqual(defined(finding).range, { start: at, end: at + 3 });
    assert.deepEqual(toRange(checkReport(wrong).model, defined(finding).range), { start: { line: 0, character: at }, end: { line: 0, character: at + 3 } });
  });

  it('prints 1-based positions on the page\'s own line in the CLI', async () => {
    const wrong = HTML.replace('>142<', '>143<');
    const io = memoryIO({ 'page.html': wrong });
    await main(['check', 'page.html'], io);
    assert.match(io.out(), new RegExp(`page\\.html:1:${String(wrong.indexOf('>143<') + 2)} +error +table/wrong-cell`));
  });

  it('makes an entity, a malformed tag or an unknown character in a table cell a finding, never a reason to skip the table (issue 11)', () => {
    // An entity is its character: 1&#52;2 is 142, the table checks hold.
    assert.deepEqual(findings(HTML.replace('>142<', '>1&#52;2<')), []);
    // A malformed tag and an unknown character: the cell is reported, the other relations still checked.
    for (const cell of ['11<6', '11\ufffd']) {
      // (`11<6` as a page holds it: '<' before a digit is text to an HTML parser.)
      const text = HTML.replace('>116<', `>${cell}<`).replace('>142<', '>143<');
      const found = checkReport(text).findings;
      assert.ok(found.some((f) => f.rule === 'table/cell-value' && text.slice(f.range.start, f.range.end) === cell), cell);
      assert.ok(found.some((f) => f.rule === 'table/wrong-cell' && text.slice(f.range.start, f.range.end) === '143'), cell);
    }
  });

  it('checks an HTML table in a Markdown report, whatever a comment before it holds', () => {
    const rows = /\| （本列数据[\s\S]*?\| 四、结转下年度继续办理[^\n]*\n/.exec(CLEAN_2021)?.[0] ?? '';
    const table = rows.trim().split('\n').filter((l) => !/^\|[-| ]+\|$/.test(l))
      .map((l) => `<tr>${l.slice(1, -1).split('|').map((c) => `<td>${c.trim()}</td>`).join('')}</tr>`).join('');
    const text = CLEAN_2021.replace(rows, `<!-- 说明 &amp; 注释 -->\n<table>${table}</table>\n`);
    assert.deepEqual(checkReport(text).model.parts.map((p) => p.heading.title), HEADINGS);
    assert.deepEqual(findings(text), []);
    const wrong = text.replace('<td>142</td>', '<td>143</td>');
    assert.deepEqual(checkReport(wrong).findings.map((f) => [f.rule, wrong.slice(f.range.start, f.range.end)]), [['table/wrong-cell', '143']]);
  });
});

describe('HTML view (design D2): headings, fixes and merged cells', () => {
  it('finds a heading after a <br> in its paragraph and a numeral in a run of its own', () => {
    const text = HTML.replace("<b><span style='font-family:黑体'>四、</span></b>", "<br /><b><span style='font-family:黑体'>四</span><span>、</span></b>");
    assert.notEqual(text, HTML);
    assert.deepEqual(checkReport(text).model.parts.map((p) => p.heading.numeral), ['一', '二', '三', '四', '五', '六']);
  });

  it('reports a part missing from the page, and offers no fix that would write text between tags', () => {
    const text = HTML.replace(/<p[^>]*><b><span[^>]*>六、<\/span><\/b>.*?<\/p>/, '');
    assert.notEqual(text, HTML);
    const missing = checkReport(text).findings.filter((f) => f.rule === 'structure/missing-part');
    assert.equal(missing.length, 1);
    assert.equal(nth(missing, 0).fix, undefined);
  });

  it('keeps a fix that replaces visible text only: a variant title written in one run', () => {
    const text = HTML.replace('存在的主要问题及改进情况', '存在的主要问题及整改措施');
    const [variant] = checkReport(text).findings.filter((f) => f.rule === 'structure/heading-variant');
    const edit = nth(defined(defined(variant).fix).edits, 0);
    assert.equal(text.slice(edit.range.start, edit.range.end), '存在的主要问题及整改措施');
  });

  it('expands merged cells within the columns a report table can have: thousands of spans cost their cells', () => {
    const { tables } = htmlView(`<table><tr>${'<td colspan=50 rowspan=200>1'.repeat(2000)}</table>`);
    const [row] = defined(tables[0]).rows;
    assert.ok(defined(row).cells.length <= 2000 + 64, String(defined(row).cells.length));
  });
});
