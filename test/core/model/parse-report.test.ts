import assert from 'node:assert/strict';
import { checkReport } from '../../../server/src/core/check';
import { parseReport } from '../../../server/src/core/model/parse-report';
import { sectionsOf } from '../../../server/src/core/model/sections-of';
import { findTableBlocks } from '../../../server/src/core/model/table-blocks';
import { tablesOf } from '../../../server/src/core/tables/tables-of';
import { LineIndex } from '../../../server/src/core/text/line-index';
import { corpusText } from '../../support/check';
import { CLEAN_2019, CLEAN_2021, SEED_000, SEED_001, SEED_002, SEED_004 } from '../../support/reports';
import { defined, nth } from '../../support/nth';

const titles = (text: string): string[] => parseReport(text).parts.map((p) => `${p.heading.numeral}、${p.heading.title}`);

describe('parseReport: the facts of the seed reports', () => {
  it('reads title, issuer, year, era, period and dates of a 2019-format report (seed 001)', () => {
    const m = parseReport(SEED_001);
    assert.equal(m.title?.text, '2020年乌当区人民政府信息公开工作年度报告');
    assert.equal(m.issuer?.text, '乌当区人民政府');
    assert.equal(m.level, 'government');
    assert.deepEqual([m.year?.value, m.year?.source, m.era.id], [2020, 'title', '2019']);
    assert.equal(SEED_001.slice(defined(m.period).range.start, defined(m.period).range.end), '除特别说明的外,所列数据统计时限为2020年1月1日至2020年12月31日');
    assert.deepEqual(m.dates.map((d) => `${d.kind} ${d.date.year}-${d.date.month}-${d.date.day}`), ['published 2021-1-30']);
  });

  it('finds the six parts of a scraped report, and its tables, but not the numbered table row 四、结转下年度继续办理', () => {
    assert.deepEqual(titles(SEED_001), [
      '一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议和行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项',
    ]);
    const m = parseReport(SEED_001);
    assert.deepEqual(m.parts.map((p) => p.tables.length), [0, 1, 1, 1, 0, 0]);
    assert.deepEqual(nth(m.parts, 0).items.map((i) => i.heading.title), ['主动公开', '依申请公开', '政府信息管理', '平台建设', '监督保障']);
  });

  it('finds parts inside a report pasted as one long line (seed 002), not "一是…" nor "（一）" mid-sentence', () => {
    assert.deepEqual(titles(SEED_002), [
      '一、概述', '二、主动公开政府信息的情况', '三、政府信息公开的收费及减免情况',
      '四、因政府信息公开申请行政复议、提起行政诉讼的情况', '五、其他需要报告的事项', '六、存在的主要问题及改进措施',
    ]);
    const m = parseReport(SEED_002);
    assert.ok(m.parts.every((p) => p.heading.style === 'inline'));
    assert.deepEqual(nth(m.parts, 5).items.map((i) => i.heading.title), ['存在的主要问题', '改进措施']);
    assert.equal(m.dates.find((d) => d.kind === 'signature')?.date.year, 2017);
  });

  it('reads the signature after page chrome and the title among page metadata (seed 000)', () => {
    const m = parseReport(SEED_000);
    assert.equal(m.title?.text, '楚雄市人民政府2018年政府信息公开工作年度报告');
    assert.deepEqual(m.dates.map((d) => d.kind), ['published', 'signature']);
    assert.deepEqual(m.preambleList?.entries.map((e) => e.name), ['概述', '政府信息公开情况', '存在问题及2019年工作计划']);
    assert.equal(nth(m.parts, 1).items.length, 10);
  });

  it('reads a statistics period stated at the end of the report (seed 004)', () => {
    const m = parseReport(SEED_004);
    assert.equal(m.period?.end.year, 2017);
    assert.equal(m.period.start, undefined);
    assert.equal(m.level, undefined);
  });
});

describe('parseReport: Markdown, tab-separated tables and HTML', () => {
  it('reads Markdown headings and a clean 2021 report', () => {
    const m = parseReport(CLEAN_2021);
    assert.equal(m.era.id, '2021');
    assert.ok(m.parts.every((p) => p.heading.style === 'markdown' && p.heading.markdownLevel === 2));
    assert.deepEqual(sectionsOf(m).map((p) => `${p.section?.number}${p.match}`), ['1standard', '2standard', '3standard', '4standard', '5standard', '6standard']);
    assert.equal(m.level, 'department');
    assert.deepEqual(m.parts.map((p) => p.tables.length), [0, 1, 1, 1, 0, 0]);
  });

  it('reads tab-separated tables and does not take table rows for headings', () => {
    const m = parseReport(CLEAN_2019);
    assert.equal(m.parts.length, 6);
    assert.deepEqual(m.parts.map((p) => p.tables.length), [0, 1, 1, 1, 0, 0]);
  });

  it('reads the title, parts and tables of a web page\'s source (HTML pasted as it is)', () => {
    const html = corpusText('real/peers/city-2025-tables.html');
    const m = parseReport(html);
    assert.equal(m.title?.text, '测试市2025年政府信息公开工作年度报告');
    assert.deepEqual(m.parts.map((p) => `${p.heading.numeral}、${p.heading.title}`), [
      '一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况', '五、存在问题及改进情况', '六、其他需要报告的事项',
    ]);
    assert.deepEqual(m.parts.map((p) => p.tables.map((t) => t.layout).join()), ['', 'html', 'html', 'html', '', '']);
    const summary = (text: string) => checkReport(text).findings.map((f) => `${f.rule} ${f.message}`);
    assert.deepEqual(summary(html), summary(corpusText('real/peers/city-2025-tables.txt')), 'the page and its text rendering give the same findings');
  });
});

describe('parseReport: the title, the era and headings written otherwise', () => {
  it('joins a cover title broken after the year, and takes the body from it rather than from the compiling office', () => {
    const text = '示例市人民政府2016年\n政府信息公开工作年度报告\n示例市人民政府办公室\n2017年3月\n本报告中所列数据统计期限为2016年1月1日至12月31日。\n一、概述\n正文。\n';
    const m = parseReport(text);
    assert.equal(m.title?.text, '示例市人民政府2016年政府信息公开工作年度报告');
    assert.deepEqual([m.issuer?.text, m.level, m.year?.value, m.year?.source], ['示例市人民政府', 'government', 2016, 'title']);
  });

  it('takes the era from the year, or from an override, or from the structure when no year is given', () => {
    assert.equal(parseReport('某局2018年政府信息公开工作年度报告\n一、概述\n正文。').era.id, '2007');
    assert.equal(parseReport('某局2019年政府信息公开工作年度报告\n一、总体情况\n正文。').era.id, '2019');
    assert.equal(parseReport('某局2019年政府信息公开工作年度报告', { era: '2021' }).era.source, 'override');
    assert.equal(parseReport('一、总体情况\n正文。\n二、主动公开政府信息情况\n').era.id, '2021');
  });

  it('matches headings written with half-width marks, spaces and traditional characters', () => {
    const text = '某局2022年政府信息公開工作年度報告\n一、 總體情況\n正文。\n二、主動公開政府信息情況\n';
    const m = parseReport(text);
    assert.deepEqual(sectionsOf(m).map((p) => p.match), ['standard', 'standard']);
    assert.equal(m.year?.value, 2022);
  });
});

describe('parseReport: lists, page chrome and odd input', () => {
  it('does not take a numbered list inside a part for parts', () => {
    const text = '某局2022年政府信息公开工作年度报告\n一、总体情况\n正文。\n五、存在的主要问题及改进情况\n一、加强学习。\n二、完善制度。\n三、强化考核。\n六、其他需要报告的事项\n无。';
    assert.deepEqual(titles(text), ['一、总体情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项']);
  });

  it('ignores page chrome and sees a copy cut off mid-sentence (page 016)', () => {
    const text = corpusText('real/pages/016.txt');
    const m = parseReport(text);
    assert.ok(m.cutOff);
    assert.equal(text.slice(m.cutOff.end - 3, m.cutOff.end), '并加强');
    const page017 = parseReport(corpusText('real/pages/017.txt'));
    assert.equal(page017.cutOff, undefined);
    assert.ok(!page017.text.slice(nth(page017.parts, 5).body.start, nth(page017.parts, 5).body.end).includes('二维码'));
  });

  it('never throws on odd input and stays fast on a huge single line', () => {
    for (const text of ['', '\n\n\n', '|||', '一、', '（一）', '\u0000\ufeff', '一、'.repeat(5000), '2020年'.repeat(10000)]) {
      assert.doesNotThrow(() => parseReport(text));
    }
    const huge = `${SEED_002.replace(/\n/g, ' ')} `.repeat(40);
    assert.ok(parseReport(huge).parts.length >= 6);
  });
});

describe('parseReport: headings and dates written as real documents write them', () => {
  it('a bold part heading right after a table ends the table: 「**三、收到和处理…**」 is part 三', () => {
    const text = CLEAN_2021.replace('## 三、收到和处理政府信息公开申请情况', '**三、收到和处理政府信息公开申请情况**');
    assert.notEqual(text, CLEAN_2021, 'test setup: the heading is in the report');
    assert.deepEqual(titles(text).slice(0, 4), ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况']);
    assert.deepEqual(checkReport(text).findings.map((f) => f.rule), []);
  });

  it('a title whose year is written in Chinese numerals (二〇〇九年) gives the year', () => {
    const m = parseReport('某县财政局二〇〇九年政府信息公开工作年度报告\n\n一、概述\n\n本年度依法公开政府信息。\n');
    assert.equal(m.title?.text, '某县财政局二〇〇九年政府信息公开工作年度报告');
    assert.ok(m.year);
    assert.equal(m.year.value, 2009);
    assert.equal(m.year.source, 'title');
    assert.equal(m.issuer?.text, '某县财政局');
  });

  it('a title and a period in full-width digits give the year and the era (２００９年: the 2007 条例)', () => {
    const text = '某县财政局２００９年政府信息公开工作年度报告\n\n本报告统计期限自２００９年１月１日起至２００９年１２月３１日止。\n\n一、概述\n\n本年度依法公开政府信息。\n';
    const m = parseReport(text);
    assert.equal(m.year?.value, 2009);
    assert.equal(m.era.id, '2007');
    assert.equal(m.period?.end.year, 2009);
  });
});

describe('parseReport: grid tables (pandoc Markdown, reStructuredText)', () => {
  // Our own table 二 rows as pandoc writes a grid table: a rule line between rows, a label wrapped in its column.
  const grid = [
    '+----------+------+------+------+',
    '| 信息内容 | 本年 | 本年 | 现行 |',
    '|          | 制发 | 废止 | 有效 |',
    '|          | 件数 | 件数 | 件数 |',
    '+==========+======+======+======+',
    '| 规章     | 2    | 1    | 1    |',
    '|          |      |      | 7    |',
    '+----------+------+------+------+',
    '| 行政规范 | 3    | 12   | 208  |',
    '| 性文件   | 6    |      |      |',
    '+----------+------+------+------+',
  ].join('\n');

  it('a row wrapped over lines is one row: its label and its digits joined', () => {
    const text = `## 二、主动公开政府信息情况\n\n${grid}\n`;
    const two = tablesOf(parseReport(text)).find((t) => t.id === '二');
    assert.ok(two);
    assert.deepEqual(['issued', 'repealed', 'in-force'].map((c) => two.cell('rules', c)?.value), [2, 1, 17]);
    assert.deepEqual(['issued', 'repealed', 'in-force'].map((c) => two.cell('normative', c)?.value), [36, 12, 208]);
  });

  it('a heading written between two grid tables (a setext title) is outside both', () => {
    const text = `主动公开政府信息情况\n====================\n\n${grid}\n\n收到和处理政府信息公开申请情况\n==============================\n\n${grid}\n`;
    const tables = findTableBlocks(new LineIndex(text).lines());
    const heading = text.indexOf('收到和处理');
    assert.equal(tables.length, 2);
    assert.ok(tables.every((b) => heading < b.range.start || heading >= b.range.end));
  });
});
