import assert from 'node:assert/strict';
import { parseReport } from '../../../server/src/core/model/parse-report';
import { tablesOf } from '../../../server/src/core/tables/tables-of';
import type { ReadTable } from '../../../server/src/core/tables/types';
import { applyEdits, corpusText, findingsOf } from '../../support/check';
import { CLEAN_2019, CLEAN_2021 } from '../../support/reports';

/**
 * Fault injection judged by an independent oracle: the relations of tables 三 and 四 are written
 * here again from the format (§5: 第一项加第二项等于第三项加第四项 per column; （七）总计 is the sum of
 * the results per column; 总计 is the sum of the applicants per row; 表四 总计 per case), and the
 * smallest sets of cells whose change makes them all hold are found by trying every cell and every
 * pair of cells — no hitting sets, no elimination, nothing shared with core/tables/localize.ts.
 * The checker must name exactly the oracle's set when it is the only one, and name no cell when
 * there are several (listing them under table/relation instead). The values of the clean tables are
 * read by the engine; samples.test.ts proves that reading against hand-written grids.
 */

type Grid = Map<string, number>;
interface Eq { readonly plus: readonly string[]; readonly minus: readonly string[] }

const key = (row: string, column: string): string => `${row}|${column}`;
const APPLICANTS = ['natural', 'business', 'research', 'public-interest', 'legal', 'other'];
const COLUMNS_三 = [...APPLICANTS, 'total'];
const RESULTS_2021 = ['open', 'partial', 'deny-1', 'deny-2', 'deny-3', 'deny-4', 'deny-5', 'deny-6', 'deny-7', 'deny-8', 'unable-1', 'unable-2', 'unable-3', 'reject-1', 'reject-2', 'reject-3', 'reject-4', 'reject-5', 'other-1', 'other-2', 'other-3'];
const RESULTS_2019 = [...RESULTS_2021.slice(0, 18), 'other'];

function equations(id: '三' | '四', era: string): Eq[] {
  if (id === '四') {
    return ['review', 'suit-direct', 'suit-after'].map((r) => ({ plus: [key(r, 'total')], minus: ['upheld', 'corrected', 'other', 'pending'].map((c) => key(r, c)) }));
  }
  const results = era === '2019' ? RESULTS_2019 : RESULTS_2021;
  const rows = ['new', 'carried', ...results, 'total', 'carry-over'];
  return [
    ...COLUMNS_三.map((c) => ({ plus: [key('new', c), key('carried', c)], minus: [key('total', c), key('carry-over', c)] })),
    ...COLUMNS_三.map((c) => ({ plus: [key('total', c)], minus: results.map((r) => key(r, c)) })),
    ...rows.map((r) => ({ plus: [key(r, 'total')], minus: APPLICANTS.map((c) => key(r, c)) })),
  ];
}

const residual = (eq: Eq, g: Grid): number => eq.plus.reduce((s, k) => s + (g.get(k) ?? 0), 0) - eq.minus.reduce((s, k) => s + (g.get(k) ?? 0), 0);
const coefficient = (eq: Eq, k: string): number => (eq.plus.includes(k) ? 1 : 0) - (eq.minus.includes(k) ? 1 : 0);

/** The values the cells of `set` must take for every equation to hold, if one assignment does (each changed, whole, not negative). */
function repair(set: readonly string[], eqs: readonly Eq[], g: Grid): Map<string, number> | undefined {
  const value = new Map<string, number>();
  // Determine the cells one at a time from equations in which only one undetermined cell of the set appears.
  for (let progress = true; progress && value.size < set.length;) {
    progress = false;
    for (const eq of eqs) {
      const open = set.filter((k) => !value.has(k) && coefficient(eq, k) !== 0);
      const [only] = open;
      if (open.length !== 1 || only === undefined) continue;
      const trial = new Map(g);
      for (const [k, v] of value) trial.set(k, v);
      trial.set(only, 0);
      value.set(only, -residual(eq, trial) / coefficient(eq, only));
      progress = true;
    }
  }
  if (value.size < set.length) return undefined;
  const fixed = new Map(g);
  for (const [k, v] of value) {
    if (!Number.isInteger(v) || v < 0 || v === g.get(k)) return undefined;
    fixed.set(k, v);
  }
  return eqs.every((eq) => residual(eq, fixed) === 0) ? value : undefined;
}

/** Every smallest set (one cell, else two) that repairs the table; [] when none of size ≤ 2 does. */
function oracle(eqs: readonly Eq[], g: Grid): Map<string, number>[] {
  const failing = eqs.filter((eq) => residual(eq, g) !== 0);
  if (failing.length === 0) return [];
  const cells = [...g.keys()];
  const hitsAll = (set: readonly string[]): boolean => failing.every((eq) => set.some((k) => coefficient(eq, k) !== 0));
  const singles = cells.filter((a) => hitsAll([a])).map((a) => repair([a], eqs, g)).filter((x) => x !== undefined);
  if (singles.length > 0) return singles;
  const pairs: Map<string, number>[] = [];
  for (const [i, a] of cells.entries()) {
    for (const b of cells.slice(i + 1)) {
      if (!hitsAll([a, b])) continue;
      const fix = repair([a, b], eqs, g);
      if (fix) pairs.push(fix);
    }
  }
  return pairs;
}

function read(text: string, id: '三' | '四'): ReadTable {
  const t = tablesOf(parseReport(text)).find((x) => x.id === id);
  assert.ok(t, `table ${id} not read`);
  return t;
}

/** A finding's scalar fact as text. */
const fact = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value));

const labelOf = (t: ReadTable, k: string, v: number): string => {
  const [row = '', column = ''] = k.split('|');
  const cell = t.cell(row, column);
  assert.ok(cell, k);
  return `${cell.row.label}|${cell.column.label}|${String(v)}`;
};

/** Injects `changes` (cell key → new value) and compares the checker's named cells with the oracle. */
function judge(text: string, id: '三' | '四', changes: ReadonlyMap<string, number>): 'unique' | 'several' | 'none' {
  const clean = read(text, id);
  const g: Grid = new Map(clean.cells.map((c) => [key(c.row.key, c.column.key), c.value ?? 0]));
  const edits = [...changes].map(([k, v]) => {
    const [row = '', column = ''] = k.split('|');
    const cell = clean.cell(row, column);
    assert.ok(cell, k);
    g.set(k, v);
    return { range: cell.range, newText: String(v) };
  });
  const faulty = applyEdits(text, edits);
  const truth = oracle(equations(id, clean.era), g);
  const named = findingsOf('table/wrong-cell', faulty).filter((f) => f.data?.table === id).map((f) => `${fact(f.data?.row)}|${fact(f.data?.column)}|${fact(f.data?.expected)}`).sort();
  const what = [...changes].map(([k, v]) => `${k}=${String(v)}`).join(', ');
  const [only] = truth;
  if (truth.length === 1 && only) {
    assert.deepEqual(named, [...only].map(([k, v]) => labelOf(clean, k, v)).sort(), what);
    return 'unique';
  }
  if (truth.length > 1) {
    assert.deepEqual(named, [], `${what}: ${String(truth.length)} equally small repairs, the checker must not name one`);
    assert.ok(findingsOf('table/relation', faulty).some((f) => f.data?.table === id && f.message.includes('可能是')), `${what}: the candidates are listed`);
    return 'several';
  }
  return 'none';
}

const SOURCES = [
  { name: 'clean 2021 example (Markdown)', text: CLEAN_2021 },
  { name: 'clean 2019 example (tabs)', text: CLEAN_2019 },
  { name: 'city 2025 (Markdown)', text: corpusText('real/peers/city-2025-tables.txt') },
];

describe('table engine: fault injection judged by a brute-force oracle', () => {
  for (const { name, text } of SOURCES) {
    describe(name, () => {
      it('one wrong cell anywhere in table 三: the oracle\'s cell, by value', () => {
        const t = read(text, '三');
        const seen = { unique: 0, several: 0, none: 0 };
        for (const c of t.cells) seen[judge(text, '三', new Map([[key(c.row.key, c.column.key), (c.value ?? 0) + 7]]))]++;
        assert.equal(seen.unique, t.cells.length, JSON.stringify(seen));
      });

      it('two wrong cells in one column of table 三 (and a sample of other pairs)', () => {
        const t = read(text, '三');
        const seen = { unique: 0, several: 0, none: 0 };
        for (const column of ['natural', 'total']) {
          const inColumn = t.cells.filter((c) => c.column.key === column);
          for (let i = 0; i < inColumn.length; i += 3) {
            const a = inColumn[i];
            const b = inColumn[(i + 5) % inColumn.length];
            if (!a || !b || a === b) continue;
            seen[judge(text, '三', new Map([[key(a.row.key, a.column.key), (a.value ?? 0) + 3], [key(b.row.key, b.column.key), (b.value ?? 0) + 5]]))]++;
          }
        }
        for (let i = 0; i < t.cells.length; i += 13) {
          const a = t.cells[i];
          const b = t.cells[(i * 7 + 40) % t.cells.length];
          if (!a || !b || a === b) continue;
          seen[judge(text, '三', new Map([[key(a.row.key, a.column.key), (a.value ?? 0) + 3], [key(b.row.key, b.column.key), (b.value ?? 0) + 5]]))]++;
        }
        assert.ok(seen.unique >= 10, JSON.stringify(seen));
      });

      it('table 四: one wrong figure has five equally small repairs; no cell is named', () => {
        const t = read(text, '四');
        for (const c of t.cells) assert.equal(judge(text, '四', new Map([[key(c.row.key, c.column.key), (c.value ?? 0) + 1]])), 'several');
      });
    });
  }
});
