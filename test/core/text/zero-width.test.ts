import assert from 'node:assert/strict';
import { checkReport } from '../../../server/src/core/check';
import { parseReport } from '../../../server/src/core/model/parse-report';
import { tablesOf } from '../../../server/src/core/tables/tables-of';
import { FILLER } from '../../../server/src/core/text/filler';
import { withoutZeroWidth, zeroWidthView } from '../../../server/src/core/text/zero-width-view';

/**
 * Zero-width characters a web editor leaves in what it publishes (U+200B before a heading's
 * numeral, after a cell's number): invisible to the clerk, so invisible to the checker. Values
 * below are the ones typed in the texts.
 */
describe('zero-width characters (text/zero-width-view.ts)', () => {
  it('the view blanks U+200B, U+200C, U+200D and U+2060 in place and keeps U+FEFF', () => {
    const text = 'a\u200bb\u200cc\u200dd\u2060e\ufefff';
    const view = zeroWidthView(text);
    assert.equal(view.length, text.length);
    assert.equal(view, `a${FILLER}b${FILLER}c${FILLER}d${FILLER}e\ufefff`);
    assert.equal(withoutZeroWidth(text), 'abcde\ufefff');
  });

  it('a text without them is returned as it is', () => {
    const text = '一、总体情况\n本年度…';
    assert.equal(zeroWidthView(text), text);
  });

  const report = [
    '# 某局2024年政府信息公开工作年度报告',
    '',
    '## \u200b一、总体情况',
    '',
    '本年度依法公开政府信息。',
    '',
    '## \u200b二、主动公开政府信息情况',
    '',
    '| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |',
    '| --- | --- | --- | --- |',
    '| 规章 | 2\u200b | 1 | 17\u200b |',
    '| 行政规范性文件 | \u200b36 | 12 | 208 |',
  ].join('\n');

  it('a heading with a zero-width space before its numeral is the part', () => {
    assert.deepEqual(parseReport(report).parts.map((p) => p.heading.number), [1, 2]);
  });

  it('a cell with a zero-width space beside its number reads the number, and is no invalid value', () => {
    const two = tablesOf(parseReport(report)).find((t) => t.id === '二');
    assert.ok(two);
    assert.deepEqual(['issued', 'repealed', 'in-force'].map((c) => two.cell('rules', c)?.value), [2, 1, 17]);
    assert.equal(two.cell('normative', 'issued')?.value, 36);
    assert.ok(!checkReport(report).findings.some((f) => f.rule === 'table/cell-value'));
  });
});
