import { strict as assert } from 'node:assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { incrementalChange } from './harness';

/** The test client sends edits as VS Code does, as ranges (the server syncs incrementally): each applied by the server's TextDocument gives the new text. */
describe('LSP test client: incremental changes', () => {
  const applied = (before: string, after: string): string => {
    const doc = TextDocument.create('file:///t.md', 'markdown', 1, before);
    return TextDocument.update(doc, [incrementalChange(before, after)], 2).getText();
  };

  it('sends the changed range only, and the server gets the new text', () => {
    const before = '# 标题\n\n## 一、总体情况\n\n正文。\n';
    const typed = before.replace('正文', '正文内容');
    assert.deepEqual(incrementalChange(before, typed), { range: { start: { line: 4, character: 2 }, end: { line: 4, character: 2 } }, text: '内容' });
    assert.equal(applied(before, typed), typed);
  });

  it('keeps CRLF and surrogate pairs whole, and handles repeats, deletions and whole replacements', () => {
    const cases: [string, string][] = [
      ['甲\r\n乙', '甲\n乙'], ['甲\r\n乙', '甲\r\r\n乙'], ['甲\r乙', '甲\r\n乙'], ['a\r\nb\rc\nd', 'a\r\nb\r\nc\nd'],
      ['𠀀𠀁', '𠀀𠀂'], ['。。。', '。。'], ['。。', '。。。'], ['', '全文'], ['全文', ''], ['甲乙丙', '丁戊'],
    ];
    for (const [before, after] of cases) assert.equal(applied(before, after), after, JSON.stringify([before, after]));
  });

  it('gives the new text for edits anywhere in a long text (block boundaries, repeated runs)', () => {
    const pieces = ['甲乙\r\n', '丙\n', '丁\r', '𠀀', '。。', 'ab'];
    let seed = 7;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    let text = Array.from({ length: 6000 }, (_, i) => pieces[i % pieces.length] ?? '').join('');
    for (let i = 0; i < 60; i++) {
      const at = next(text.length);
      const cut = next(3) === 0 ? 0 : next(9000);
      const after = `${text.slice(0, at)}${pieces[next(pieces.length)] ?? ''}${text.slice(at + cut)}`;
      assert.equal(applied(text, after), after, `edit ${String(i)} at ${String(at)}`);
      text = after;
    }
  });
});
