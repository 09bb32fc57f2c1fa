import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { checkReport } from '../../server/src/core/check';
import { parseReport } from '../../server/src/core/model/parse-report';
import { REPORT_RULES } from '../../server/src/core/rules';
import { failedRules, RULE_ERROR, runRules } from '../../server/src/core/rules/runner';
import type { Finding, TextEdit } from '../../server/src/core/rules/types';
import { editsConflict } from '../../server/src/service/convert';
import { applyEdits, FIXTURES } from '../support/check';
import { defined, nth } from '../support/nth';

/**
 * Property tests over mutations of every corpus report and example (fixed seed; `FUZZ_RUNS`
 * raises the number of cases, see `npm run fuzz`): cut, duplicate, shuffle lines, CR/CRLF/BOM/NUL,
 * full-width digits, huge numbers, 100,000-character lines, deep nesting. The parser and every rule
 * never throw (a throwing rule would show as `runner/rule-error`); ranges lie inside the document;
 * fixes never overlap, change nothing outside their range, and once applied their findings are gone
 * (how time scales with length is a figure of `npm run bench`, scripts/bench/scaling.ts).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 0) || undefined;
const SEED = 20261123;

function reports(): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  for (const dir of [FIXTURES, join(FIXTURES, 'peers'), join(__dirname, '..', '..', 'examples')]) {
    for (const name of readdirSync(dir).sort()) if (/\.(txt|md|html)$/.test(name)) out.push({ name, text: readFileSync(join(dir, name), 'utf8') });
  }
  return out;
}
const REPORTS = reports();

type Mutation = (lines: string[], rnd: number) => string[];
const pick = <T>(xs: readonly T[], n: number): T => nth(xs, n % xs.length);
const MUTATIONS: Record<string, Mutation> = {
  cut: (ls, n) => ls.slice(0, n % (ls.length + 1)),
  cutStart: (ls, n) => ls.slice(n % (ls.length + 1)),
  cutMidLine: (ls, n) => { const i = n % ls.length; const line = nth(ls, i); return [...ls.slice(0, i), line.slice(0, (n >> 3) % (line.length + 1))]; },
  duplicate: (ls, n) => { const i = n % ls.length; return [...ls.slice(0, i), ...ls.slice(i, i + 1 + ((n >> 4) % 30)), ...ls.slice(i)]; },
  duplicateAll: (ls) => [...ls, ...ls],
  shuffle: (ls, n) => { const out = [...ls]; let s = n || 1; for (let i = out.length - 1; i > 0; i--) { s = (s * 48271) % 2147483647; const j = s % (i + 1); [out[i], out[j]] = [nth(out, j), nth(out, i)]; } return out; },
  swapTwo: (ls, n) => { const out = [...ls]; const i = n % out.length; const j = (n >> 5) % out.length; [out[i], out[j]] = [nth(out, j), nth(out, i)]; return out; },
  reverse: (ls) => [...ls].reverse(),
  crlf: (ls) => ls.map((l) => `${l}\r`),
  loneCr: (ls) => [ls.join('\r')],
  crInside: (ls, n) => ls.map((l, i) => (i % ((n % 4) + 2) === 0 ? l.replace(/(.{3})/, '$1\r') : l)),
  bom: (ls) => [`\ufeff${ls[0] ?? ''}`, ...ls.slice(1)],
  bomEverywhere: (ls) => ls.map((l) => `\ufeff${l}`),
  nul: (ls, n) => ls.map((l, i) => (i % ((n % 6) + 2) === 1 ? `${l.slice(0, 5)}\u0000${l.slice(5)}` : l)),
  fullWidthDigits: (ls) => ls.map((l) => l.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))),
  hugeNumbers: (ls, n) => ls.map((l) => l.replace(/\d+/g, pick(['99999999999999999999', '1e308', '9007199254740993', '0000000000000000001', '-0', '1'.repeat(400)], n))),
  longLine: (ls, n) => { const i = n % (ls.length + 1); return [...ls.slice(0, i), pick(['x', '一', '1', '|', '。', ' '], n).repeat(100_000), ...ls.slice(i)]; },
  oneLine: (ls) => [ls.join(' ')],
  deepNesting: (ls, n) => ls.map((l) => `${'> '.repeat(40 + (n % 60))}${'#'.repeat(6)} ${'（'.repeat(50)}${l}${'）'.repeat(50)}`),
  deepHtml: (ls) => [`${'<div>'.repeat(2000)}${ls.join('\n')}${'</div>'.repeat(2000)}`],
  tabsForPipes: (ls) => ls.map((l) => l.replace(/\|/g, '\t')),
  pipesEverywhere: (ls) => ls.map((l) => `| ${l.split('').join(' | ')} |`),
  surrogates: (ls) => ls.map((l, i) => (i % 3 === 0 ? `${l}\ud800` : i % 3 === 1 ? `\udc00${l}` : l)),
  blankLines: (ls) => ls.flatMap((l) => [l, '', '\u3000', '']),
  noNewlines: (ls) => [ls.join('')],
};
const NAMES = Object.keys(MUTATIONS);

function mutate(text: string, steps: readonly [string, number][]): string {
  let lines = text.split('\n');
  for (const [name, n] of steps) {
    const mutation = MUTATIONS[name];
    assert.ok(mutation, `test setup: no mutation ${name}`);
    lines = mutation(lines.length ? lines : [''], n);
  }
  return lines.join('\n');
}

/** Checks a text; asserts the invariants on ranges and fixes; returns the findings. */
function checked(text: string): readonly Finding[] {
  const { findings } = checkReport(text);
  for (const f of findings) {
    assert.notEqual(f.rule, RULE_ERROR, `a rule threw: ${f.message}`);
    assert.ok(f.range.start >= 0 && f.range.start <= f.range.end && f.range.end <= text.length, `${f.rule}: range outside the document`);
    for (const r of f.related ?? []) assert.ok(r.range.start >= 0 && r.range.start <= r.range.end && r.range.end <= text.length, `${f.rule}: related range outside`);
    if (!f.fix) continue;
    const edits = [...f.fix.edits].sort((a, b) => a.range.start - b.range.start);
    edits.forEach((e, i) => {
      assert.ok(e.range.start >= 0 && e.range.start <= e.range.end && e.range.end <= text.length, `${f.rule}: fix outside the document`);
      const before = edits[i - 1];
      if (before) assert.ok(before.range.end <= e.range.start, `${f.rule}: fix edits overlap`);
    });
    // A fix changes nothing outside its edits: the text before the first and after the last edit stays.
    if (edits.length > 0) {
      const fixedText = applyEdits(text, edits);
      const first = nth(edits, 0).range.start;
      const tail = text.length - nth(edits, edits.length - 1).range.end;
      assert.equal(fixedText.slice(0, first), text.slice(0, first), `${f.rule}: fix changed text before its range`);
      assert.equal(fixedText.slice(fixedText.length - tail), text.slice(text.length - tail), `${f.rule}: fix changed text after its range`);
    }
  }
  return findings;
}

const key = (f: Finding, start = f.range.start) => `${f.rule} ${JSON.stringify(f.data ?? {})} @${String(start)}`;

/**
 * Where `offset` is after the edits are applied. A fixed finding is "still reported" only at its own
 * place: a text with a part heading twice (a duplicated block) has its second copy judged once the
 * first is renumbered, which is another finding with the same facts, not the fix failing.
 */
function mapped(offset: number, edits: readonly TextEdit[]): number {
  let shift = 0;
  for (const e of edits) if (e.range.end <= offset && e.range.start < offset) shift += e.newText.length - (e.range.end - e.range.start);
  return offset + shift;
}

/** Applies every fix (safe or not) whose edits overlap no earlier one, as "fix all" and the lens do. */
function applyAll(text: string, findings: readonly Finding[]): { text: string; fixed: Finding[]; edits: TextEdit[] } {
  const taken: Finding['range'][] = [];
  const fixed: Finding[] = [];
  const edits: TextEdit[] = [];
  for (const f of findings) {
    if (!f.fix || f.fix.edits.length === 0) continue;
    if (f.fix.edits.some((e) => taken.some((range) => editsConflict(e, { range })))) continue;
    for (const e of f.fix.edits) { taken.push(e.range); edits.push(e); }
    fixed.push(f);
  }
  return { text: applyEdits(text, edits), fixed, edits };
}

describe('property: mutations of every corpus report', () => {
  it(`covers ${REPORTS.length} reports`, () => { assert.ok(REPORTS.length >= 20); });

  it('parser and every rule never throw; ranges inside; fixes disjoint, local, and effective', function () {
    this.timeout(300_000);
    fc.assert(
      fc.property(fc.nat(REPORTS.length - 1), fc.array(fc.tuple(fc.constantFrom(...NAMES), fc.nat()), { minLength: 1, maxLength: 3 }), (r, steps) => {
        const text = mutate(nth(REPORTS, r).text, steps);
        const model = parseReport(text);
        // Each rule alone: a rule that threw is named by the runner's finding (data.rule).
        for (const rule of REPORT_RULES) assert.deepEqual(failedRules(runRules(model, [rule])), [], rule.meta.id);
        const findings = checked(text);
        const { text: fixedText, fixed, edits } = applyAll(text, findings);
        if (fixed.length === 0) return;
        const after = new Set(checked(fixedText).map((f) => key(f)));
        for (const f of fixed.filter((x) => defined(x.fix).safe)) assert.ok(!after.has(key(f, mapped(f.range.start, edits))), `${f.rule} still reported after its fix`);
      }),
      { seed: SEED, numRuns: RUNS ?? 1200 },
    );
  });

  it('every mutation on every report, once', function () {
    this.timeout(300_000);
    for (const r of REPORTS) for (const name of NAMES) checked(mutate(r.text, [[name, r.text.length]]));
  });
});
