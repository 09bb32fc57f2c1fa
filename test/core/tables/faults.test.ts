import assert from 'node:assert/strict';
import { parseReport } from '../../../server/src/core/model/parse-report';
import type { TableId } from '../../../server/src/core/format/tables';
import { tablesOf } from '../../../server/src/core/tables/tables-of';
import type { ReadTable, TableCell } from '../../../server/src/core/tables/types';
import type { Finding } from '../../../server/src/core/rules/types';
import { applyEdits, corpusText, findingsOf } from '../../support/check';
import { CLEAN_2019, CLEAN_2021, SEED_001 } from '../../support/reports';
import { pdfLayout } from './layouts';
import { defined, nth } from '../../support/nth';

/**
 * Fault injection: real tables of the corpus in every layout, with one wrong cell, two wrong
 * cells, a total left at 0 or a transposed digit; the checker must name exactly the injected
 * cells whenever the smallest explanation is unique.
 */

const WRONG = 'table/wrong-cell';

function table(text: string, id: TableId): ReadTable {
  const t = tablesOf(parseReport(text)).find((x) => x.id === id);
  assert.ok(t, `table ${id} not read`);
  return t;
}

/** Replaces the text of cells (by row and column key). */
function inject(text: string, id: TableId, changes: readonly { row: string; column: string; to: string }[]): string {
  const t = table(text, id);
  return applyEdits(text, changes.map((c) => {
    const cell = t.cell(c.row, c.column);
    assert.ok(cell, `no cell ${c.row}|${c.column}`);
    return { range: cell.range, newText: c.to };
  }));
}

/** A finding's fact as text: a scalar as String() writes it, anything else as JSON. */
const fact = (f: Finding, key: string): string => {
  const value = f.data?.[key];
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
};
const named = (text: string): string[] => findingsOf(WRONG, text).map((f) => `${fact(f, 'row')}|${fact(f, 'column')}|${fact(f, 'expected')}`).sort();
const label = (c: TableCell, expected: number): string => `${c.row.label}|${c.column.label}|${expected}`;

function transposed(value: string): string | undefined {
  for (let i = 0; i + 1 < value.length; i++) if (value[i] !== value[i + 1]) return value.slice(0, i) + value.charAt(i + 1) + value.charAt(i) + value.slice(i + 2);
  return undefined;
}

/** SEED_001 with its two wrong cells set right: a consistent scraped-layout report. */
const SEED_001_FIXED = applyEdits(SEED_001, findingsOf(WRONG, SEED_001).map((f) => nth(f.fix?.edits ?? [], 0)));
const CITY_TXT = corpusText('real/peers/city-2025-tables.txt');
const CITY_HTML = corpusText('real/peers/city-2025-tables.html');

const LAYOUTS: readonly { name: string; text: string; layout: string }[] = [
  { name: 'scraped (seed 001, fixed)', text: SEED_001_FIXED, layout: 'pipes' },
  { name: 'Markdown (city 2025)', text: CITY_TXT, layout: 'markdown' },
  { name: 'Markdown (clean 2021 example)', text: CLEAN_2021, layout: 'markdown' },
  { name: 'tabs (clean 2019 example)', text: CLEAN_2019, layout: 'tabs' },
  { name: 'HTML colspan/rowspan (city 2025 page)', text: CITY_HTML, layout: 'html' },
  { name: 'PDF text (city 2025, split header characters)', text: pdfLayout(CITY_TXT), layout: 'words' },
];

/** A layout's tables read whole, and any one wrong cell of table 三 named. */
function readsAndNamesOneCell(text: string, layout: string): void {
  it('reads the three tables in this layout, all relations holding, no table finding', () => {
    const tables = tablesOf(parseReport(text));
    assert.deepEqual(tables.map((t) => t.id), ['二', '三', '四']);
    for (const t of tables) {
      assert.equal(t.layout, layout);
      assert.equal(t.missingRows.length, 0, `${t.id} missing ${t.missingRows.map((r) => r.label).join(',')}`);
      assert.equal(t.localisation.kind, 'consistent', t.id);
      assert.ok(t.relations.every((r) => r.status === 'holds'), `${t.id}: ${t.relations.filter((r) => r.status !== 'holds').map((r) => r.relation.id).join(',')}`);
    }
    assert.deepEqual(checkTableFindings(text), []);
  });

  it('names any one wrong cell of table 三', () => {
    const t = table(text, '三');
    assert.equal(t.cells.length, t.era === '2019' ? 161 : 175);
    for (const c of t.cells) {
      const wrong = String(defined(c.value) + 7);
      assert.deepEqual(named(inject(text, '三', [{ row: c.row.key, column: c.column.key, to: wrong }])), [label(c, defined(c.value))], `${c.row.label} × ${c.column.label}`);
    }
  });
}

/** Two wrong cells, a total left at 0, a transposed digit. */
function namesSeveralFaults(text: string): void {
  it('names two wrong cells of table 三', () => {
    const t = table(text, '三');
    const cells = t.cells;
    let unique = 0;
    for (let i = 0; i < cells.length; i += 11) {
      const a = cells[i];
      assert.ok(a);
      const b = cells[(i * 7 + 40) % cells.length];
      assert.ok(b);
      if (a === b) continue;
      const faulty = inject(text, '三', [
        { row: a.row.key, column: a.column.key, to: String(defined(a.value) + 3) },
        { row: b.row.key, column: b.column.key, to: String(defined(b.value) + 5) },
      ]);
      const loc = table(faulty, '三').localisation;
      if (loc.kind !== 'unique') continue;
      unique++;
      assert.deepEqual(named(faulty), [label(a, defined(a.value)), label(b, defined(b.value))].sort(), `${a.row.label}×${a.column.label} + ${b.row.label}×${b.column.label}`);
    }
    assert.ok(unique >= 10, `only ${unique} unique pairs`);
  });

  it('names a total left at 0 and a transposed digit', () => {
    const t = table(text, '三');
    for (const c of t.cells.filter((x) => (x.row.total === true || x.column.total === true) && defined(x.value) > 0)) {
      assert.deepEqual(named(inject(text, '三', [{ row: c.row.key, column: c.column.key, to: '0' }])), [label(c, defined(c.value))]);
    }
    for (const c of t.cells) {
      const swapped = transposed(c.text);
      if (!swapped) continue;
      assert.deepEqual(named(inject(text, '三', [{ row: c.row.key, column: c.column.key, to: swapped }])), [label(c, defined(c.value))]);
    }
  });
}

/** Table 四: a wrong figure names candidates, no cell. */
function namesNoCellOfTable4(text: string): void {
  it('a wrong figure of table 四 names no cell: its total and each detail are equal candidates, listed at the total', () => {
    const t = table(text, '四');
    for (const c of t.cells) {
      const faulty = inject(text, '四', [{ row: c.row.key, column: c.column.key, to: String(defined(c.value) + 2) }]);
      assert.deepEqual(named(faulty), []);
      const total = defined(table(faulty, '四').cell(c.row.key, 'total'));
      const rel = findingsOf('table/relation', faulty);
      assert.deepEqual(rel.map((f) => faulty.slice(f.range.start, f.range.end)), [total.text]);
      assert.match(nth(rel, 0).message, /可能是.*；或/);
    }
  });

}

describe('table engine: fault injection', () => {
  for (const { name, text, layout } of LAYOUTS) {
    describe(name, () => {
      readsAndNamesOneCell(text, layout);
      namesSeveralFaults(text);
      namesNoCellOfTable4(text);
    });
  }
});

describe('table engine: fault injection, named cases', () => {
  it('seed 001: exactly the two cells, nothing else from its tables', () => {
    const all = checkTableFindings(SEED_001);
    assert.deepEqual(all.map((f) => `${f.rule} ${fact(f, 'row')}|${fact(f, 'column')}|${fact(f, 'found')}|${fact(f, 'expected')}`), [
      'table/wrong-cell （七）总计|自然人|0|88',
      'table/wrong-cell （七）总计|商业企业|0|11',
    ]);
    for (const f of all) assert.equal(SEED_001.slice(f.range.start, f.range.end), '0');
    // Related: the 19 result rows added up, the zeros said once ("其余 N 项为 0"), not listed.
    for (const f of all) {
      const related = f.related ?? [];
      const zeros = /其余 (\d+) 项为 0/.exec(related.at(-1)?.message ?? '');
      assert.ok(zeros, 'the zeros are said once, at the end');
      assert.ok(related.slice(0, -1).every((r) => !r.message.endsWith('= 0')), 'no addend of 0 is listed');
      assert.equal(related.length - 1 + Number(zeros[1]), 19, 'related: the 19 result rows added up');
    }
  });

  it('the flat 15-number table 四 of the PDF excerpt: consistent; a total left at 0 whose details cannot shrink is named', () => {
    const text = corpusText('real/peers/dapuqiao-2025-excerpt.md');
    const t = table(text, '四');
    assert.equal(t.cells.length, 15);
    assert.equal(t.localisation.kind, 'consistent');
    const faulty = inject(text, '四', [{ row: 'suit-after', column: 'total', to: '0' }]);
    // Its details cannot drop by 2 without going negative: the total is the one repair.
    assert.deepEqual(named(faulty), ['复议后起诉|总计|2']);
  });

  it('says when the explanation is not unique, at the total cell, listing the candidates', () => {
    // Two equal errors on a rectangle: {a, b} and the opposite corners explain them equally well.
    const faulty = inject(CITY_TXT, '三', [
      { row: 'open', column: 'natural', to: '5346' },
      { row: 'partial', column: 'business', to: '40' },
    ]);
    const loc = table(faulty, '三').localisation;
    assert.equal(loc.kind, 'ambiguous');
    assert.deepEqual(findingsOf(WRONG, faulty), []);
    const rel = findingsOf('table/relation', faulty);
    assert.ok(rel.length > 0);
    assert.ok(rel.every((f) => f.rule === 'table/relation' && f.severity === 'error' && (f.related?.length ?? 0) > 0));
    assert.ok(rel.some((f) => /可能是.*或/.test(f.message)), rel.map((f) => f.message).join('\n'));
  });

  it('falls back to the failing relations past the search bound', () => {
    const faulty = inject(CITY_TXT, '三', [
      { row: 'open', column: 'natural', to: '1' },
      { row: 'partial', column: 'business', to: '2' },
      { row: 'deny-1', column: 'research', to: '3' },
      { row: 'deny-2', column: 'legal', to: '4' },
    ]);
    assert.equal(table(faulty, '三').localisation.kind, 'unknown');
    const rel = findingsOf('table/relation', faulty);
    assert.ok(rel.length >= 4);
    assert.ok(rel.every((f) => f.message.includes('不止三个')));
  });
});

function checkTableFindings(text: string) {
  return ['table/wrong-cell', 'table/relation', 'table/cell-value', 'table/missing-row', 'table/missing-column', 'table/extra-row', 'table/outdated-template', 'table/soft-check']
    .flatMap((r) => findingsOf(r, text));
}
