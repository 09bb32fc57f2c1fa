import { strict as assert } from 'node:assert';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { editsConflict, escapeMarkdown, nonOverlapping, toRange, toSeverity, toTextEdit } from '../../server/src/service/convert';
import { analysed, range } from './support';

describe('service: convert', () => {
  const model = analysed('一、总体情况\r\n𠀋正文\n').model;

  it('turns UTF-16 offsets into LSP positions (a CRLF is one line break; an astral character two units)', () => {
    assert.deepEqual(toRange(model, { start: 0, end: 6 }), range(0, 0, 0, 6));
    assert.deepEqual(toRange(model, { start: 8, end: 12 }), range(1, 0, 1, 4));
    assert.deepEqual(toTextEdit(model, { range: { start: 10, end: 12 }, newText: '内容' }), { range: range(1, 2, 1, 4), newText: '内容' });
  });

  it('maps severities in one place', () => {
    assert.deepEqual([toSeverity('error'), toSeverity('warning'), toSeverity('info')], [DiagnosticSeverity.Error, DiagnosticSeverity.Warning, DiagnosticSeverity.Information]);
  });

  it('escapes every Markdown character of document text', () => {
    assert.equal(escapeMarkdown('**粗**[链](javascript:x) <b>#1</b> a_b|c'), '\\*\\*粗\\*\\*\\[链\\]\\(javascript:x\\) \\<b\\>\\#1\\</b\\> a\\_b\\|c');
  });

  it('drops edits that overlap an earlier one, and a second insertion at the same place', () => {
    const e = (start: number, end: number, newText = 'x') => ({ range: { start, end }, newText });
    assert.deepEqual(nonOverlapping([e(5, 8), e(0, 2), e(6, 9), e(8, 8), e(8, 8, 'y'), e(2, 3)]), [e(0, 2), e(2, 3), e(5, 8), e(8, 8)]);
  });

  it('says two edits conflict when their ranges overlap or both insert at one offset, not when they only touch', () => {
    const e = (start: number, end: number) => ({ range: { start, end } });
    assert.equal(editsConflict(e(0, 3), e(2, 5)), true);
    assert.equal(editsConflict(e(4, 4), e(4, 4)), true);
    assert.equal(editsConflict(e(0, 3), e(3, 5)), false);
    assert.equal(editsConflict(e(3, 3), e(3, 5)), false);
    assert.equal(editsConflict(e(3, 3), e(0, 3)), false);
  });
});
