import assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkReport } from '../../server/src/core/check';
import { RULE_ERROR } from '../../server/src/core/rules/runner';
import type { Finding } from '../../server/src/core/rules/types';
import { applyEdits } from '../support/check';
import { CLEAN_2019, CLEAN_2021, SEED_000, SEED_001, SEED_002, SEED_003, SEED_004 } from '../support/reports';

/**
 * Property tests with a fixed seed: whatever the text, the checker never throws, every range lies
 * inside the document, fixes stay inside it and never overlap, and applying the safe fixes removes
 * the findings they fix. `FUZZ_RUNS` raises the number of cases for a longer run.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 0) || undefined;
const SEED = 20261122;
const BASES = [CLEAN_2021, CLEAN_2019, SEED_000, SEED_001, SEED_002, SEED_003, SEED_004];

const FRAGMENTS = [
  '一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况', '六、其他需要报告的事项', '（一）主动公开', '一是', '## ', '# ', '| ', ' |', '\t', '\n', '\r\n', '\r',
  '2023年1月1日', '2023-01-31', '二〇二三年一月十五日', '统计期限为2022年1月1日至12月31日', '本报告包括总体情况、主动公开等六个部分。',
  '四、结转下年度继续办理', '（七）总计', '0', '99', '-22', '630.2', '１２３', '。', '，', '、', '“', '”', '<table><tr><td>1</td></tr></table>',
  '\u0000', '\ufeff', '\u3000', '𠀋', '某局2023年政府信息公开工作年度报告', '下一篇:', '更多精彩内容欢迎扫描二维码', '無', '規章',
];

function checkInvariants(text: string): readonly Finding[] {
  const { findings } = checkReport(text);
  for (const f of findings) {
    assert.notEqual(f.rule, RULE_ERROR, `a rule threw: ${f.message}`);
    assert.ok(f.range.start >= 0 && f.range.start <= f.range.end && f.range.end <= text.length, `${f.rule} range out of the document`);
    assert.ok(f.message.length > 0, `${f.rule} without a message`);
    if (!f.fix) continue;
    const edits = [...f.fix.edits].sort((a, b) => a.range.start - b.range.start);
    edits.forEach((e, i) => {
      assert.ok(e.range.start >= 0 && e.range.start <= e.range.end && e.range.end <= text.length, `${f.rule} fix outside the document`);
      const before = edits[i - 1];
      if (before) assert.ok(before.range.end <= e.range.start, `${f.rule} fix edits overlap`);
    });
  }
  return findings;
}

/** Applies every safe fix whose edits do not overlap an earlier one, as "fix all" does. */
function applySafeFixes(text: string, findings: readonly Finding[]): { text: string; fixed: Finding[] } {
  const taken: { start: number; end: number }[] = [];
  const fixed: Finding[] = [];
  const edits = [];
  for (const f of findings) {
    if (!f.fix?.safe) continue;
    if (f.fix.edits.some((e) => taken.some((t) => e.range.start < t.end && t.start < e.range.end))) continue;
    for (const e of f.fix.edits) { taken.push(e.range); edits.push(e); }
    fixed.push(f);
  }
  return { text: applyEdits(text, edits), fixed };
}

const lineMutation = fc.oneof(
  fc.constant((lines: string[]) => lines.reverse()),
  fc.nat().map((n) => (lines: string[]) => lines.slice(0, n % (lines.length + 1))),
  fc.nat().map((n) => (lines: string[]) => [...lines.slice(0, n % (lines.length + 1)), ...lines]),
  fc.nat().map((n) => (lines: string[]) => lines.filter((_, i) => i % ((n % 5) + 2) !== 0)),
  fc.constant((lines: string[]) => [lines.join(' ')]),
  fc.constant((lines: string[]) => lines.map((l) => l.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))))),
  fc.constant((lines: string[]) => lines.map((l) => l.replace(/\d+/g, '99999999999999999999'))),
  fc.constant((lines: string[]) => ['\ufeff', ...lines.map((l) => `${l}\r`)]),
  fc.constant((lines: string[]) => lines.map((l, i) => (i % 7 === 3 ? `${l}\u0000` : l))),
  fc.constant((lines: string[]) => [...lines, 'x'.repeat(100_000)]),
  fc.constant((lines: string[]) => lines.map((l) => `> ${'#'.repeat(6)} ${l}`)),
);

describe('property: the checker on any text', () => {
  it('never throws and keeps ranges and fixes inside random text', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 8 }), fc.string({ unit: 'grapheme', maxLength: 4 })), { maxLength: 60 }), (parts) => {
        checkInvariants(parts.join(''));
      }),
      { seed: SEED, numRuns: RUNS ?? 1500 },
    );
  });

  it('never throws on mutations of the corpus reports, and safe fixes remove what they fix', () => {
    fc.assert(
      fc.property(fc.constantFrom(...BASES), fc.array(lineMutation, { minLength: 1, maxLength: 3 }), (base, mutations) => {
        let lines = base.split('\n');
        for (const m of mutations) lines = m([...lines]);
        const text = lines.join('\n');
        const findings = checkInvariants(text);
        const { text: fixedText, fixed } = applySafeFixes(text, findings);
        if (fixed.length === 0) return;
        const after = checkInvariants(fixedText).map((f) => `${f.rule} ${JSON.stringify(f.data ?? {})}`);
        for (const f of fixed) assert.ok(!after.includes(`${f.rule} ${JSON.stringify(f.data ?? {})}`), `${f.rule} still reported after its fix`);
      }),
      { seed: SEED, numRuns: RUNS ?? 300 },
    );
  });
});
