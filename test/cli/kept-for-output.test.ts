import assert from 'node:assert/strict';
import { formatJson } from '../../server/src/cli/format/json';
import { formatSarif } from '../../server/src/cli/format/sarif';
import { formatText } from '../../server/src/cli/format/text';
import { keptForOutput } from '../../server/src/cli/results';
import type { FileResult } from '../../server/src/cli/results';
import type { Finding } from '../../server/src/core/rules/types';
import { retainedBytes } from '../support/heap';

/** A checked file whose findings quote its text, as the structure rules quote a heading. */
function resultQuoting(text: string): FileResult {
  const title = text.slice(8, 30);
  const finding: Finding = {
    rule: 'structure/heading-variant', severity: 'warning', message: `第一部分标题「${title}」与规定的「总体情况」不同。`,
    range: { start: 8, end: 30 }, data: { found: title, expected: '总体情况', cells: [title, 3] },
    fix: { title: '改为规定的标题', edits: [{ range: { start: 8, end: 30 }, newText: '一、总体情况' }], safe: false },
    related: [{ range: { start: 0, end: 4 }, message: `见「${text.slice(0, 4)}」` }],
  };
  return { path: 'a.md', era: '2021', year: 2023, lines: { starts: new Uint32Array([0, 40]), length: text.length }, findings: [finding] };
}

describe('CLI results kept until printing (keptForOutput)', () => {
  it('prints the same bytes in every format as the result it was taken from', () => {
    const text = `一、总体情况\n${'本机关认真贯彻落实条例，'.repeat(10)}\n二、主动公开政府信息情况\n`;
    const full = resultQuoting(text);
    const kept = keptForOutput(full);
    assert.equal(formatJson([kept]), formatJson([full]));
    assert.equal(formatText([kept], 'zh-cn'), formatText([full], 'zh-cn'));
    assert.equal(formatSarif([kept], '1.0.0'), formatSarif([full], '1.0.0'));
    const [finding] = kept.findings;
    assert.deepEqual(Object.keys(finding ?? {}).sort(), ['data', 'message', 'range', 'rule', 'severity']);
  });

  it('keeps a finding without data without one', () => {
    const kept = keptForOutput({ path: 'a.md', findings: [{ rule: 'prose/doubled-word', severity: 'info', message: '「按时」重复了一遍。', range: { start: 1, end: 3 } }] });
    assert.deepEqual(kept.findings, [{ rule: 'prose/doubled-word', severity: 'info', message: '「按时」重复了一遍。', range: { start: 1, end: 3 } }]);
  });

  it('does not keep the text a message or its data quote', () => {
    // 16 million characters outside Latin-1: 32 MB while the text is alive.
    const { kept, bytes } = retainedBytes(() => keptForOutput(resultQuoting('一、总体情况。'.repeat(2_300_000))));
    assert.match(kept.findings[0]?.message ?? '', /^第一部分标题「/);
    assert.ok(bytes < 4 * 1024 * 1024, `the kept result holds ${String(Math.round(bytes / 1024))} KB`);
  });
});
