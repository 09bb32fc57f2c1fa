import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addCrossYear, analyzeReport } from '../../server/src/core/analyze';
import { parseReport } from '../../server/src/core/model/parse-report';
import { CLEAN_2021, replaceOnce } from '../support/reports';

/**
 * The one pipeline (core/analyze.ts) on small documents: parse once, decide, check, disable
 * comments, notices, cross-year, in one order. Expectations are read from the documents.
 */
const NOTES = '会议纪要\n\n今天讨论了办公用品采购。\n';
const VARIANT = replaceOnce(CLEAN_2021, '## 六、其他需要报告的事项', '## 六、其他事项');
const VARIANT_AT = VARIANT.indexOf('其他事项');
const DETECT = { enable: true, files: {} };

describe('analyzeReport: decides whether the text is a report', () => {
  it('checks any text when told to (a file named on the command line, an import)', () => {
    const a = analyzeReport({ text: NOTES });
    assert.equal(a.checked, true);
    assert.equal(a.model.text, NOTES);
  });

  it('leaves a text that is not a report unchecked, with its model and no findings', () => {
    const a = analyzeReport({ text: NOTES }, { decide: DETECT });
    assert.deepEqual([a.checked, a.findings, a.model.text], [false, [], NOTES]);
  });

  it('detects a report by its title and parts', () => {
    assert.equal(analyzeReport({ text: CLEAN_2021 }, { decide: DETECT }).checked, true);
  });

  it('follows the switch, the file patterns (last match wins) and the govreport language', () => {
    assert.equal(analyzeReport({ text: CLEAN_2021 }, { decide: { enable: false, files: {} } }).checked, false);
    assert.equal(analyzeReport({ text: NOTES, path: '/w/notes.md' }, { decide: { enable: true, files: { '**/*.md': true } } }).checked, true);
    assert.equal(analyzeReport({ text: CLEAN_2021, path: '/w/2023.md' }, { decide: { enable: true, files: { '**/*.md': true, '**/2023.md': false } } }).checked, false);
    assert.equal(analyzeReport({ text: NOTES, languageId: 'govreport' }, { decide: DETECT }).checked, true);
  });
});

describe('analyzeReport: the editor limit', () => {
  it('gives one not-checked notice for a text over the limit, without checking it', () => {
    const a = analyzeReport({ text: CLEAN_2021 }, { decide: DETECT, maxLength: 100 });
    assert.equal(a.checked, true);
    assert.equal(a.model.text, '');
    assert.deepEqual(a.findings, [{
      rule: 'runner/not-checked', severity: 'info', range: { start: 0, end: 0 },
      message: `文档过大（${CLEAN_2021.length.toLocaleString('en-US')}字符），超过编辑器内检查的上限（100字符），未检查。可在终端运行 govreport check 检查该文件。`,
    }]);
  });

  it('says nothing of a long text that is not a report', () => {
    assert.deepEqual(analyzeReport({ text: NOTES.repeat(20) }, { decide: DETECT, maxLength: 100 }).findings, []);
  });

  it('tells a binary text even when it does not look like a report', () => {
    const a = analyzeReport({ text: 'PK\u0003\u0004\u0000\u0000abc' }, { decide: DETECT, maxLength: 100 });
    assert.deepEqual(a.findings.map((f) => [f.rule, f.message]), [['runner/not-checked', '文档含有二进制内容（如 NUL 字符），不是文本报告，未检查。请先另存为 .txt 或 .md。']]);
  });

  it('checks as usual within the limit', () => {
    assert.deepEqual(analyzeReport({ text: VARIANT }, { maxLength: VARIANT.length }).findings.map((f) => f.rule), ['structure/heading-variant']);
  });
});

describe('analyzeReport: rules, disable comments, notices', () => {
  it('runs the rules with the options: severities, locale', () => {
    const [finding] = analyzeReport({ text: VARIANT }).findings;
    assert.deepEqual([finding?.rule, finding?.severity, finding?.range], ['structure/heading-variant', 'warning', { start: VARIANT_AT, end: VARIANT_AT + 4 }]);
    assert.equal(finding?.message, '第六部分标题「其他事项」不是规范写法，应为「六、其他需要报告的事项」。');
    assert.deepEqual(analyzeReport({ text: VARIANT }, { severities: { 'structure/heading-variant': 'error' } }).findings.map((f) => f.severity), ['error']);
    assert.deepEqual(analyzeReport({ text: VARIANT }, { severities: { 'structure/heading-variant': 'off' } }).findings, []);
    assert.equal(analyzeReport({ text: VARIANT }, { locale: 'en' }).findings[0]?.message, 'The title “其他事项” of part 六 is not the standard wording “六、其他需要报告的事项”.');
  });

  it('applies a disable comment to the line after it', () => {
    const silenced = replaceOnce(VARIANT, '## 六、其他事项', '<!-- govreport-disable-next-line structure/heading-variant 原因：本单位惯例 -->\n## 六、其他事项');
    assert.deepEqual(analyzeReport({ text: silenced }).findings, []);
    const otherRule = replaceOnce(VARIANT, '## 六、其他事项', '<!-- govreport-disable-next-line structure/empty-part -->\n## 六、其他事项');
    // That comment silences nothing and gives no reason: both are said on it (issue 13).
    assert.deepEqual(analyzeReport({ text: otherRule }).findings.map((f) => [f.rule, f.data?.problem]), [
      ['runner/disable-directive', 'no-reason'], ['runner/disable-directive', 'unused'], ['structure/heading-variant', undefined],
    ]);
    // The warnings on the directives are set like a rule's severity (as ESLint's unused-directive reporting).
    assert.deepEqual(analyzeReport({ text: otherRule }, { severities: { 'runner/disable-directive': 'off' } }).findings.map((f) => f.rule), ['structure/heading-variant']);
    assert.deepEqual(analyzeReport({ text: otherRule }, { severities: { 'runner/disable-directive': 'error' } }).findings.map((f) => [f.rule, f.severity]), [
      ['runner/disable-directive', 'error'], ['runner/disable-directive', 'error'], ['structure/heading-variant', 'warning'],
    ]);
  });

  it('adds the notices of reading the file at the start, in the findings’ order', () => {
    const a = analyzeReport({ text: VARIANT, importNotices: [{ code: 'doc-merges', message: '表格的合并单元格无法恢复。' }] });
    assert.deepEqual(a.findings.map((f) => [f.rule, f.severity, f.range.start, f.message]), [
      ['runner/import-notice', 'warning', 0, '表格的合并单元格无法恢复。'],
      ['structure/heading-variant', 'warning', VARIANT_AT, '第六部分标题「其他事项」不是规范写法，应为「六、其他需要报告的事项」。'],
    ]);
    const mixed = analyzeReport({ text: CLEAN_2021, invalidBytes: 3 }).findings;
    assert.deepEqual(mixed.map((f) => [f.rule, f.severity]), [['runner/mixed-encoding', 'info']]);
    assert.match(mixed[0]?.message ?? '', /^文件编码混杂：有 3 处字节不是有效的 UTF-8/);
  });

  it('gives no notice when the text is not checked', () => {
    assert.deepEqual(analyzeReport({ text: NOTES, invalidBytes: 3 }, { decide: DETECT }).findings, []);
  });
});

describe('analyzeReport: addCrossYear', () => {
  const DIR = join(__dirname, '..', 'fixtures', 'cross-year');
  const Y2025 = readFileSync(join(DIR, 'city-2025.txt'), 'utf8');
  const Y2026 = readFileSync(join(DIR, 'city-2026.txt'), 'utf8');
  // 2026's 上年结转 for 自然人 made 780 while 2025 carried 783 over.
  const CHANGED = replaceOnce(Y2026, '| 二、上年结转政府信息公开申请数量 | < | < | 783 |', '| 二、上年结转政府信息公开申请数量 | < | < | 780 |');
  const previous = parseReport(Y2025);

  it('adds the pair rules’ findings against the previous report, and keeps it', () => {
    const own = analyzeReport({ text: CHANGED });
    const both = addCrossYear(own, previous);
    assert.equal(both.previous, previous);
    const added = both.findings.filter((f) => !own.findings.includes(f));
    assert.deepEqual(added.map((f) => [f.rule, CHANGED.slice(f.range.start, f.range.end), f.data?.expected]), [['cross-year/carried-over', '780', 783]]);
  });

  it('keeps one order: every finding sorted by position, then rule id', () => {
    const { findings } = addCrossYear(analyzeReport({ text: CHANGED }), previous);
    const keys = findings.map((f) => [f.range.start, f.range.end, f.rule].join(' '));
    assert.deepEqual(keys, [...findings].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end || (a.rule < b.rule ? -1 : 1)).map((f) => [f.range.start, f.range.end, f.rule].join(' ')));
  });

  it('uses the analysis’s severities and disable comments', () => {
    assert.deepEqual(addCrossYear(analyzeReport({ text: CHANGED }, { severities: { 'cross-year/carried-over': 'off' } }), previous).findings.filter((f) => f.rule.startsWith('cross-year/')), []);
    const silenced = replaceOnce(CHANGED, '| 二、上年结转', '<!-- govreport-disable-next-line cross-year/carried-over -->\n| 二、上年结转');
    assert.deepEqual(addCrossYear(analyzeReport({ text: silenced }), previous).findings.filter((f) => f.rule.startsWith('cross-year/')), []);
  });

  it('leaves an unchecked analysis as it is', () => {
    const notChecked = analyzeReport({ text: NOTES }, { decide: DETECT });
    assert.equal(addCrossYear(notChecked, previous), notChecked);
  });
});
