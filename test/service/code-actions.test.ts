import { strict as assert } from 'node:assert';
import { CodeActionKind } from 'vscode-languageserver';
import { codeActions, FIX_ALL_KIND, fixAllEdits, SHOW_RULE_DOC_COMMAND } from '../../server/src/service/code-actions';
import { toDiagnostics } from '../../server/src/service/diagnostics';
import { analysed, range, SMALL } from './support';

/** Part 二 numbered 三 (a safe fix) under a heading 总体概况 (a fix the user must choose); the other rules off. */
const TEXT = SMALL.replace('## 一、总体情况', '## 一、总体概况').replace('## 二、主动公开政府信息情况', '## 三、主动公开政府信息情况');
const OPTIONS = { severities: { 'structure/missing-part': 'off', 'structure/missing-table': 'off' } } as const;
const URI = 'file:///w/2023.md';

describe('service: codeActions', () => {
  const analysis = analysed(TEXT, OPTIONS);
  const diagnostics = toDiagnostics(analysis, { uri: URI, version: 7 });

  it('offers, per diagnostic, its fix, a disable comment and the rule’s doc', () => {
    const numbering = diagnostics.find((d) => d.code === 'structure/part-numbering');
    assert.ok(numbering);
    const actions = codeActions(analysis, { uri: URI, version: 7, diagnostics: [numbering] });
    assert.deepEqual(actions.map((a) => [a.title, a.kind, a.isPreferred, a.edit, a.command]), [
      ['改为「二、」', CodeActionKind.QuickFix, true, { documentChanges: [{ textDocument: { uri: URI, version: 7 }, edits: [{ range: range(8, 3, 8, 4), newText: '二' }] }] }, undefined],
      ['在此行上方添加注释，停用「structure/part-numbering」并写明原因', CodeActionKind.QuickFix, undefined, {
        documentChanges: [{ textDocument: { uri: URI, version: 7 }, edits: [{ range: range(8, 0, 8, 0), newText: '<!-- govreport-disable-next-line structure/part-numbering 原因：请填写原因 -->\n' }] }],
      }, undefined],
      ['显示规则说明：部分编号错误', CodeActionKind.QuickFix, undefined, undefined, { title: '显示规则说明：部分编号错误', command: SHOW_RULE_DOC_COMMAND, arguments: ['structure/part-numbering'] }],
    ]);
  });

  it('marks a fix that needs the user’s judgement as not preferred', () => {
    // 总体概况 under 一: the part's keyword at its place, a variant whose fix the user picks.
    const heading = diagnostics.find((d) => d.code === 'structure/heading-variant');
    assert.ok(heading);
    const [fix] = codeActions(analysis, { uri: URI, version: 7, diagnostics: [heading] });
    assert.deepEqual([fix?.title, fix?.isPreferred], ['改为规范标题「一、总体情况」', false]);
  });

  it('applies only safe fixes on fix-all, and only when asked for that kind', () => {
    assert.deepEqual(fixAllEdits(analysis), [{ range: range(8, 3, 8, 4), newText: '二' }]);
    const all = codeActions(analysis, { uri: URI, version: 7, diagnostics: [], only: [FIX_ALL_KIND] });
    assert.deepEqual(all, [{ title: '修正全部可自动修正的问题', kind: FIX_ALL_KIND, edit: { documentChanges: [{ textDocument: { uri: URI, version: 7 }, edits: [{ range: range(8, 3, 8, 4), newText: '二' }] }] } }]);
    assert.deepEqual(codeActions(analysis, { uri: URI, version: 7, diagnostics: [] }), []);
  });

  it('ignores diagnostics of other tools, and answers nothing for a document that is not checked', () => {
    assert.deepEqual(codeActions(analysis, { uri: URI, version: 7, diagnostics: [{ range: range(0, 0, 0, 1), message: 'x', source: 'markdownlint', code: 'MD001' }] }), []);
    assert.deepEqual(codeActions(analysed('笔记\n', { decide: { enable: true, files: {} } }), { uri: URI, version: 1, diagnostics, only: [FIX_ALL_KIND] }), []);
  });

  it('a diagnostic of an older version gets the fix of the current text, or none (never an edit computed for other text)', () => {
    const numbering = diagnostics.find((d) => d.code === 'structure/part-numbering');
    assert.ok(numbering);
    // The document is at version 8 now; the text is the same, so the current finding's fix is offered for version 8.
    const [same] = codeActions(analysis, { uri: URI, version: 8, diagnostics: [numbering] });
    assert.deepEqual(same?.edit, { documentChanges: [{ textDocument: { uri: URI, version: 8 }, edits: [{ range: range(8, 3, 8, 4), newText: '二' }] }] });
    // The heading was fixed meanwhile: the old diagnostic's fix is not offered.
    const fixed = analysed(TEXT.replace('## 三、主动公开政府信息情况', '## 二、主动公开政府信息情况'), OPTIONS);
    const titles = codeActions(fixed, { uri: URI, version: 9, diagnostics: [numbering] }).map((a) => a.title);
    assert.ok(!titles.includes('改为「二、」'), titles.join());
  });

  it('offers no HTML disable comment in a plain-text report', () => {
    const numbering = diagnostics.find((d) => d.code === 'structure/part-numbering');
    assert.ok(numbering);
    const titles = codeActions(analysis, { uri: URI, version: 7, diagnostics: [numbering], languageId: 'plaintext' }).map((a) => a.title);
    assert.deepEqual(titles, ['改为「二、」', '显示规则说明：部分编号错误']);
  });
});
