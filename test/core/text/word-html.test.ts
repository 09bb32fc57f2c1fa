import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkReport } from '../../../server/src/core/check';
import { parseReport } from '../../../server/src/core/model/parse-report';
import { tablesOf } from '../../../server/src/core/tables/tables-of';

/**
 * What Word ("save as web page") and web editors do to a published report's HTML: runs split at
 * any character (`<span lang=EN-US>1</span><span>2月31日</span>`, "改</span><span>进"), cells
 * holding only a zero-width space. The page reads as it looks. Built from our own 2021 report
 * (test/fixtures/samples/own-2021/source.html), which has no finding; the expected values are the
 * report's own.
 */
const SOURCE = readFileSync(join(__dirname, '..', '..', 'fixtures', 'samples', 'own-2021', 'source.html'), 'utf8');

function changed(from: string, to: string): string {
  assert.ok(SOURCE.includes(from), `test setup: «${from}» is in the report`);
  return SOURCE.replace(from, to);
}

describe('Word and web-editor HTML: text split by markup reads as it looks', () => {
  it('the report itself has no finding (the cases below start from it)', () => {
    assert.deepEqual(checkReport(SOURCE).findings.map((f) => f.rule), []);
  });

  it('a date split inside its month (1</span><span>2月31日) is 12月31日, no malformed date', () => {
    const text = changed('至2024年12月31日止', '至2024年1<span lang=EN-US>2月31日</span>止');
    assert.deepEqual(checkReport(text).findings.map((f) => f.rule), []);
    assert.equal(parseReport(text).period?.end.month, 12);
  });

  it('part 五 with its words split by markup still states problems and measures', () => {
    const text = changed('下一步，我局将建立栏目更新台账', '下<span>一</span>步，我局<span>将</span>建立栏目更新台账').replace('提升公开质量', '提<span>升</span>公开质量').replace('部分栏目信息更新不够及时', '部分栏目信息更新不<span>够</span>及时').replace('较为单一', '较为单<span>一</span>');
    assert.deepEqual(checkReport(text).findings.map((f) => f.rule), []);
  });

  it('a table cell holding only a zero-width space (&#8203;) is blank, as it looks', () => {
    const text = changed('<tr><td>规章</td><td>2</td>', '<tr><td>规章</td><td>&#8203;</td>');
    const two = tablesOf(parseReport(text)).find((t) => t.id === '二');
    assert.ok(two);
    const cell = two.cell('rules', 'issued');
    assert.ok(cell);
    assert.equal(cell.text, '');
    assert.equal(cell.status, 'empty');
  });

  it('a figure whose digits or unit markup splits is read whole: a wrong one is found, its fix never touches markup', () => {
    // 12475 is the report's 本年新收 total; 12474 is a wrong figure.
    for (const figure of ['<span lang=EN-US>12474</span><span>件</span>', '12<span lang=EN-US>474</span>件']) {
      const findings = checkReport(changed('共收到政府信息公开申请12475件', `共收到政府信息公开申请${figure}`)).findings;
      assert.deepEqual(findings.map((f) => f.rule), ['prose/table-mismatch'], figure);
      const fix = findings[0]?.fix;
      if (fix) for (const e of fix.edits) assert.doesNotMatch(changed('共收到政府信息公开申请12475件', `共收到政府信息公开申请${figure}`).slice(e.range.start, e.range.end), /[<>]/, figure);
    }
    for (const figure of ['<span lang=EN-US>12475</span><span>件</span>', '12<span lang=EN-US>475</span>件', '1<span>2</span>4<span>75件</span>']) {
      assert.deepEqual(checkReport(changed('共收到政府信息公开申请12475件', `共收到政府信息公开申请${figure}`)).findings.map((f) => f.rule), [], figure);
    }
  });

  it('a half-width mark in a run of its own between Chinese text is found, and its fix replaces only the mark', () => {
    const text = changed('更新不够及时；二是', '更新不够及时<span lang=EN-US>;</span>二是');
    const findings = checkReport(text).findings;
    assert.deepEqual(findings.map((f) => f.rule), ['prose/half-width-punctuation']);
    const edits = findings[0]?.fix?.edits ?? [];
    assert.deepEqual(edits.map((e) => [text.slice(e.range.start, e.range.end), e.newText]), [[';', '；']]);
  });
});

