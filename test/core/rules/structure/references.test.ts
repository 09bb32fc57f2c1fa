import assert from 'node:assert/strict';
import { checkReport } from '../../../../server/src/core/check';
import { corpusText, covered, findingsOf } from '../../../support/check';
import { CLEAN_2019, CLEAN_2021, replaceOnce, SEED_002, SEED_004 } from '../../../support/reports';
import { nth } from '../../../support/nth';

/**
 * References (issue 15): "见附表/附件" with nothing in the document that could be it
 * (structure/missing-attachment, a hint), and a table announced by its caption or its part but
 * empty (structure/empty-table). Real report text: page 008 (龙归镇 2016) ends with
 * "附表:2016年龙归镇政府信息公开年度报告" and then only its 落款 (the corpus notes say "附表
 * referenced but absent"); seed 002 (德昌县 2017, signed, no table in the text) and seed 004
 * (乌鲁木齐市 2017, whose page ends with its 附件下载 area) take a pointer sentence of our own.
 */
const PAGE_008 = corpusText('real/pages/008.txt');
/** Our sentence in seed 002's preamble, after its own "及附表等部分组成". */
const POINTER_002 = replaceOnce(SEED_002, '及附表等部分组成。', '及附表等部分组成（统计数据详见附表）。');
const ATTACHMENT = 'structure/missing-attachment';
const EMPTY = 'structure/empty-table';

/** Seed 002's text as a page: one paragraph per line, markup around it (what a saved page is). */
function asPage(text: string, extra = ''): string {
  const paragraphs = text.split('\n').map((line) => `<p>${line}</p>`).join('\n');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>德昌县2017年政府信息公开工作年度报告</title></head><body><div class="article">\n${paragraphs}\n${extra}</div></body></html>`;
}

describe('structure/missing-attachment', () => {
  it('gives nothing on the clean examples, the seeds and the other real pages', () => {
    for (const text of [CLEAN_2021, CLEAN_2019, SEED_002, SEED_004, corpusText('real/pages/001.txt'), corpusText('real/pages/020.txt')]) {
      assert.deepEqual(findingsOf(ATTACHMENT, text), []);
    }
  });

  it('page 008: the closing 附表 label with only the 落款 after it, one hint', () => {
    const found = findingsOf(ATTACHMENT, PAGE_008);
    assert.equal(found.length, 1);
    const f = nth(found, 0);
    assert.equal(covered(PAGE_008, f), '附表:');
    assert.equal(f.severity, 'info');
    assert.match(f.message, /列出「附表」，但其后没有表格或附件的内容/);
  });

  it('a pointer in a signed report with no table, no file and no link: one hint at 见附表', () => {
    const found = findingsOf(ATTACHMENT, POINTER_002);
    assert.equal(found.length, 1);
    assert.equal(covered(POINTER_002, nth(found, 0)), '见附表');
    assert.match(nth(found, 0).message, /正文称见「附表」/);
  });

  it('every further pointer is a related place of the one finding', () => {
    const text = replaceOnce(POINTER_002, '提高工作水平。', '提高工作水平（附件2附后）。');
    const found = findingsOf(ATTACHMENT, text);
    assert.equal(found.length, 1);
    assert.deepEqual((nth(found, 0).related ?? []).map((r) => covered(text, r)), ['附后']);
  });

  it('a Markdown export that lost its attachment: one hint; its numbered 附件 names the attachment', () => {
    const markdown = POINTER_002.replace('德昌县2017年政府信息公开工作年度报告 |', '# 德昌县2017年政府信息公开工作年度报告').replace('详见附表', '详见附件1');
    const found = findingsOf(ATTACHMENT, markdown);
    assert.deepEqual(found.map((f) => covered(markdown, f)), ['见附件1']);
    assert.match(nth(found, 0).message, /没有附件的内容/);
  });

  it('a page whose attachment is a link says nothing; the same page without the link gives the hint at its source offset', () => {
    const link = '<p>附件：<a href="/uploadfiles/201803/德昌县2017年政府信息公开情况统计表.xls">德昌县2017年政府信息公开情况统计表</a></p>';
    assert.deepEqual(findingsOf(ATTACHMENT, asPage(POINTER_002, link)), []);
    const page = asPage(POINTER_002);
    const found = findingsOf(ATTACHMENT, page);
    assert.deepEqual(found.map((f) => covered(page, f)), ['见附表']);
  });

  it('a text copy that keeps the page\'s 附件下载 area or names the file says nothing', () => {
    const text = replaceOnce(SEED_004, '本报告中的数据统计汇总期限', '相关统计数据见附表。本报告中的数据统计汇总期限');
    assert.deepEqual(findingsOf(ATTACHMENT, text), []);
    const named = replaceOnce(POINTER_002, '德昌县人民政府办公室 2017年2月23日', '附件：德昌县2017年政府信息公开情况统计表.xls 德昌县人民政府办公室 2017年2月23日');
    assert.deepEqual(findingsOf(ATTACHMENT, named), []);
  });

  it('a report whose statistical tables are at its end, after the pointer, says nothing', () => {
    const start = CLEAN_2021.indexOf('## 二、');
    const tables = CLEAN_2021.split('\n').filter((l) => l.startsWith('|')).join('\n');
    const prose = CLEAN_2021.split('\n').filter((l) => !l.startsWith('|')).join('\n');
    assert.ok(start > 0 && tables.length > 1000);
    const text = `${replaceOnce(prose, '本年度未收取信息处理费。', '本年度未收取信息处理费。统计表见附件。')}\n附件：统计表\n\n${tables}\n`;
    assert.deepEqual(findingsOf(ATTACHMENT, text), []);
  });

  it('a copy cut off mid-sentence or before its end is not judged', () => {
    const cut = POINTER_002.slice(0, POINTER_002.indexOf('本报告中所列数据统计期限') + 20);
    assert.deepEqual(findingsOf(ATTACHMENT, cut), []);
  });
});

describe('structure/empty-table', () => {
  const HEADING_TWO = '## 二、主动公开政府信息情况';

  it('gives nothing on the clean examples, the seeds and the real pages', () => {
    for (const text of [CLEAN_2021, CLEAN_2019, SEED_002, SEED_004, PAGE_008, corpusText('real/peers/city-2025-tables.txt')]) {
      assert.deepEqual(findingsOf(EMPTY, text), []);
    }
  });

  it('a caption followed directly by the next part heading: one warning at the caption', () => {
    const text = replaceOnce(CLEAN_2021, HEADING_TWO, `附表1：政府信息公开工作机构情况\n\n${HEADING_TWO}`);
    const found = findingsOf(EMPTY, text);
    assert.deepEqual(found.map((f) => [f.severity, covered(text, f)]), [['warning', '附表1：政府信息公开工作机构情况']]);
    assert.match(nth(found, 0).message, /标题之后紧接着是下一个标题/);
  });

  it('a caption under Markdown marks or in traditional characters (錶 is 表) is still read as a caption', () => {
    for (const caption of ['**附表1：政府信息公开工作机构情况**', '> 表2 信息公开工作人员情况', '錶三 主動公開政府信息情況統計表']) {
      const text = replaceOnce(CLEAN_2021, HEADING_TWO, `${caption}\n\n${HEADING_TWO}`);
      assert.deepEqual(findingsOf(EMPTY, text).map((f) => covered(text, f)), [caption], caption);
    }
  });

  it('a caption over a Markdown header with no row under it: one warning', () => {
    const text = replaceOnce(CLEAN_2021, HEADING_TWO, `表1 信息公开工作人员情况\n\n| 专职人员 | 兼职人员 |\n|---|---|\n\n${HEADING_TWO}`);
    const found = findingsOf(EMPTY, text);
    assert.deepEqual(found.map((f) => covered(text, f)), ['表1 信息公开工作人员情况']);
    assert.match(nth(found, 0).message, /只有表头/);
  });

  it('a caption over a filled table, or followed by prose, is no finding', () => {
    const filled = replaceOnce(CLEAN_2021, HEADING_TWO, `表1 信息公开工作人员情况\n\n| 专职人员 | 兼职人员 |\n|---|---|\n| 2 | 5 |\n\n${HEADING_TWO}`);
    assert.deepEqual(findingsOf(EMPTY, filled), []);
    const prose = replaceOnce(CLEAN_2021, HEADING_TWO, `表1 信息公开工作人员情况\n\n本局配备专职人员2名、兼职人员5名。\n\n${HEADING_TWO}`);
    assert.deepEqual(findingsOf(EMPTY, prose), []);
  });

  it('an HTML table with only its header row in part 二: one warning at the part heading, nothing else on the table', () => {
    const start = CLEAN_2021.indexOf('| 第二十条第（一）项');
    const end = CLEAN_2021.indexOf('## 三、');
    const header = '<table><tr><th>信息内容</th><th>本年制发件数</th><th>本年废止件数</th><th>现行有效件数</th></tr><tr><td></td><td></td><td></td><td></td></tr></table>\n\n';
    const text = CLEAN_2021.slice(0, start) + header + CLEAN_2021.slice(end);
    const all = checkReport(text).findings;
    const found = all.filter((f) => f.rule === EMPTY);
    assert.deepEqual(found.map((f) => [f.severity, covered(text, f)]), [['warning', '二、主动公开政府信息情况']]);
    assert.deepEqual(all.filter((f) => f.rule === 'structure/missing-table' || f.rule === 'table/unfilled'), []);
  });

  it('leaves a part with no table to structure/missing-table and labels without figures to table/unfilled', () => {
    const start = CLEAN_2021.indexOf('| 第二十条第（一）项');
    const end = CLEAN_2021.indexOf('## 三、');
    const headerOnly = `${CLEAN_2021.slice(0, start)}表一 主动公开政府信息情况\n\n| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n|---|---|---|---|\n\n${CLEAN_2021.slice(end)}`;
    assert.deepEqual(findingsOf(EMPTY, headerOnly), []);
    assert.equal(findingsOf('structure/missing-table', headerOnly).length, 1);
    const tableStart = CLEAN_2021.indexOf('| 一、本年新收');
    const fourStart = CLEAN_2021.indexOf('## 四、');
    const unfilled = CLEAN_2021.slice(0, tableStart) + CLEAN_2021.slice(tableStart, fourStart).replace(/\| *\d+ *(?=\|)/g, '|  ') + CLEAN_2021.slice(fourStart);
    assert.deepEqual(findingsOf(EMPTY, unfilled), []);
    assert.equal(findingsOf('table/unfilled', unfilled).length, 1);
  });
});
