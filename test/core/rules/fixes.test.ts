import assert from 'node:assert/strict';
import { parseReport } from '../../../server/src/core/model/parse-report';
import { changesNumbers, digitsOf, lineEndingOf, settleFix } from '../../../server/src/core/rules/fixes';
import { runRules } from '../../../server/src/core/rules/runner';
import type { Rule } from '../../../server/src/core/rules/types';
import { checkReport } from '../../../server/src/core/check';
import { applyEdits } from '../../support/check';
import { CLEAN_2021, replaceOnce } from '../../support/reports';
import { defined, nth } from '../../support/nth';

const same = (r: { start: number; end: number }) => r;

describe('fixes: safe means no number changes; line endings kept', () => {
  it('reads the Arabic digits of a text, full-width ones as ASCII', () => {
    assert.equal(digitsOf('第3行１２列，共二十件'), '312');
    assert.equal(digitsOf('四、政府信息公开'), '');
  });

  it('tells an edit that changes, adds or removes a digit', () => {
    const text = '| 总计 | 12 |';
    assert.equal(changesNumbers(text, [{ range: { start: 2, end: 4 }, newText: '合计' }]), false);
    assert.equal(changesNumbers(text, [{ range: { start: 7, end: 9 }, newText: '13' }]), true);
    assert.equal(changesNumbers(text, [{ range: { start: 7, end: 9 }, newText: '１２' }]), false, 'full-width 12 is still 12');
    assert.equal(changesNumbers('| 总计 |  |', [{ range: { start: 7, end: 7 }, newText: '0' }]), true, 'filling a blank cell writes a number');
    assert.equal(changesNumbers('| 总计 | - |', [{ range: { start: 7, end: 8 }, newText: '0' }]), true);
  });

  it('marks a "safe" fix that changes a number as not safe', () => {
    const text = '| 总计 | 12 |';
    assert.equal(settleFix(text, { title: '改', safe: true, edits: [{ range: { start: 7, end: 9 }, newText: '13' }] }, same).safe, false);
    assert.equal(settleFix(text, { title: '改', safe: true, edits: [{ range: { start: 2, end: 4 }, newText: '合计' }] }, same).safe, true);
    assert.equal(settleFix(text, { title: '改', safe: false, edits: [{ range: { start: 2, end: 4 }, newText: '合计' }] }, same).safe, false);
  });

  it('writes the document\'s line ending', () => {
    assert.equal(lineEndingOf('标题\r\n正文\r\n'), '\r\n');
    assert.equal(lineEndingOf('标题\n正文'), '\n');
    assert.equal(lineEndingOf('一行'), '\n');
    const fix = settleFix('标题\r\n正文\r\n', { title: '插入', safe: false, edits: [{ range: { start: 4, end: 4 }, newText: '## 二、主动公开政府信息情况\n\n无\n' }] }, same);
    assert.equal(nth(fix.edits, 0).newText, '## 二、主动公开政府信息情况\r\n\r\n无\r\n');
  });

  it('is applied by the runner to every rule\'s fix', () => {
    const careless: Rule = {
      meta: { id: 'structure/careless', title: '测试', category: 'structure', defaultSeverity: 'warning', fixable: true },
      check({ report }) {
        report({ range: { start: 0, end: 2 }, message: '改数字', fix: { title: '改', safe: true, edits: [{ range: { start: 2, end: 6 }, newText: '2024\n' }] } });
      },
    };
    const fix = defined(nth(runRules(parseReport('某局2023年政府信息公开工作年度报告\r\n一、总体情况\r\n'), [careless]), 0).fix);
    assert.equal(fix.safe, false);
    assert.equal(nth(fix.edits, 0).newText, '2024\r\n');
  });

  it('fixes a CRLF report with CRLF: the inserted part keeps the file\'s line endings', () => {
    const crlf = CLEAN_2021.replace(/\n/g, '\r\n');
    const text = replaceOnce(crlf, '## 五、存在的主要问题及改进情况', '## 五、存在的主要问题和改进措施');
    const fixes = checkReport(text).findings.flatMap((f) => f.fix ? [f.fix] : []);
    assert.ok(fixes.length > 0);
    for (const f of fixes) for (const e of f.edits) assert.ok(!/(^|[^\r])\n/.test(e.newText), `${f.title}: a bare LF in ${JSON.stringify(e.newText)}`);
    const missing = checkReport(crlf.replace('## 六、其他需要报告的事项', '')).findings.find((f) => f.rule === 'structure/missing-part');
    const inserted = applyEdits(crlf.replace('## 六、其他需要报告的事项', ''), missing?.fix?.edits ?? []);
    assert.ok(!/(^|[^\r])\n/.test(inserted), 'no bare LF after inserting a part');
  });
});

describe('fixes of a text full of slips (issue 17)', () => {
  it('settles a fix of thousands of one-mark edits: every edit kept, in order; a digit or a line break still settled', () => {
    const text = '甲,乙;丙:丁\r\n'.repeat(2000);
    const marks = [...text.matchAll(/[,;:]/g)].map((m) => ({ range: { start: m.index, end: m.index + 1 }, newText: ({ ',': '，', ';': '；', ':': '：' })[m[0]] ?? '' }));
    const fix = settleFix(text, { title: '改', safe: true, edits: marks }, same);
    assert.equal(fix.edits.length, 6000);
    assert.deepEqual(fix.edits, marks);
    assert.equal(fix.safe, true);
    const withBreak = settleFix(text, { title: '改', safe: true, edits: [...marks, { range: { start: 5, end: 5 }, newText: '\n' }] }, same);
    assert.equal(withBreak.edits.length, 6001);
    assert.equal(nth(withBreak.edits, 6000).newText, '\r\n', 'a one-character line break is written as the text\'s');
    assert.equal(withBreak.safe, true);
    const digit = settleFix(text, { title: '改', safe: true, edits: [...marks, { range: { start: 0, end: 1 }, newText: '1' }] }, same);
    assert.equal(digit.safe, false, 'a one-character edit that writes a digit is not safe');
    const overDigit = settleFix('第1条', { title: '改', safe: true, edits: [{ range: { start: 1, end: 2 }, newText: '一' }] }, same);
    assert.equal(overDigit.safe, false, 'a one-character edit that removes a digit is not safe');
    const outside = settleFix('甲乙', { title: '改', safe: true, edits: [{ range: { start: 1, end: 5 }, newText: '，' }] }, (r) => ({ start: r.start, end: Math.min(r.end, 2) }));
    assert.deepEqual(outside.edits, [{ range: { start: 1, end: 2 }, newText: '，' }], 'a range past the text is clamped');
  });
});
