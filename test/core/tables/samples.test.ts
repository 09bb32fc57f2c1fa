import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import { checkReport } from '../../../server/src/core/check';
import { rowSpec, columnSpec, tableTemplate } from '../../../server/src/core/format/tables';
import type { TableEra, TableId } from '../../../server/src/core/format/tables';
import { parseReport } from '../../../server/src/core/model/parse-report';
import { tablesOf } from '../../../server/src/core/tables/tables-of';
import type { PresetTable, ReadTable, TableCell } from '../../../server/src/core/tables/types';
import { importFile } from '../../../server/src/import/registry';

/**
 * Real-tool samples (docs/testing.md, "Real-tool samples"): every layout a real tool made of each
 * source in test/fixtures/samples/ is read by the core, and EVERY cell of tables 二, 三 and 四 is
 * compared with expected.json, which a person typed from the source (never from the checker).
 * The consistent sources must give no table error; the planted-error variant must give exactly
 * its planted cells.
 *
 * Layouts the reader does not read right today are listed in KNOWN_FAILING with their first
 * mismatch. The list is exact both ways: a listed layout that starts passing, or that fails in
 * another way, fails the test (shrink or update the list); an unlisted layout that fails, fails.
 */
/*
 * The three left are plain pdftotext (no -layout) whose text does not say which number is in which
 * cell; the checker says so in one table/unreadable finding per table and raises no table error:
 * - own-2021-web/chromium-pdf-plain.txt, table 三 (3.其他, （七）总计, 四、结转下年度继续办理): with
 *   the zero-width spaces Chromium lays the page out otherwise and the flow order prints 结转's
 *   numbers as "119 102 4 5 / 理其政府信息公开申请 / 3.其他 / （七）总计 / 四、结转下年度继续办理 /
 *   24 57 311": its 24 (商业企业) after the labels. Read by order the row's own sum holds but four
 *   columns fail, and moving the 24 back makes them hold: the order is not the table's, so the
 *   three rows stay unread (order-rows.ts `contradicted`) instead of four false relation errors.
 * - city-2025/chromium-pdf-plain.txt, table 三: Chromium's PDF is read in page columns, not rows.
 *   The labels down to 4.保护第三方合法权益 come first with only the 自然人/商业企业 numbers among
 *   them ("13612 252 0 / 45 / 128 / 535 6 / …"), then the 其他 and 总计 columns of three rows
 *   ("32 14069 / 0 560 / 14 5548"), then 部分公开's last six, then four rows' columns one after
 *   another ("0 0 0 2 | 0 0 0 0 | … | 13 30 11 51"): the numbers are not in the table's order, no
 *   label or header marks where a column's run ends, and reading by order fails its equalities.
 *   The -layout and pdf.js texts of the same PDF keep the positions and read right.
 * - city-2025/lo-docx-pdf-plain.txt, table 二 (first mismatch; table 三 as well): "规章 | 3 |
 *   行政规范性文件 564 | 5 | 74 | 984 | 4185": the first column beside the labels, the other two
 *   after them with no header between; table 二 has no equality, so nothing tells 3 5 74 / 564 984
 *   4185 from 3 564 5 / 74 984 4185. In table 三 the first column's numbers are printed with the
 *   labels apart from the rest of their rows ("… 535 | 6 | 0 | 1 | 18 | 0 | 560 | 129 | 0 | 41 | 19
 *   | 14 | 5548", 予以公开's 5345 only after 3.危及…), and 2.重复申请, 3.其他, （七）总计, 四、结转
 *   are printed after the last number.
 */
const KNOWN_FAILING: Readonly<Partial<Record<string, string>>> = {
  'own-2021-web/chromium-pdf-plain.txt': '表三 other-3×natural: expected 87, no cell read',
  'city-2025/chromium-pdf-plain.txt': '表三 new×natural: expected 13612, no cell read',
  'city-2025/lo-docx-pdf-plain.txt': '表二 rules×issued: expected 3, no cell read',
};

/**
 * Layouts in which the tool itself destroyed the cell boundaries (the text nodes of a row
 * concatenated: "…申请数量34031609…"): no reader can recover the cells, so they are not compared
 * cell by cell. Instead the test proves the loss from the source (the 一、本年新收 row's values, from
 * expected.json, stand run together in the text) and requires that the checker raise no
 * arithmetic error there (table/wrong-cell, table/relation): a table it cannot read must not
 * produce claims about its numbers. Saying that it could not read them (a missing column, an
 * invalid cell) is right.
 */
const LOSSY: ReadonlySet<string> = new Set([
  'city-2025/cheerio-text.txt', 'city-2025/html-to-text.txt',
  'own-2019/cheerio-text.txt', 'own-2019/html-to-text.txt',
  'own-2021/cheerio-text.txt', 'own-2021/html-to-text.txt',
  'own-2021-errors/cheerio-text.txt', 'own-2021-errors/html-to-text.txt',
]);

/**
 * Binary layouts not read yet: each is a pending test, and their number is pinned here so none is
 * forgotten when an importer lands. Word files (.docx, .doc) and PDFs are read through their importers.
 */
const WAITING_FOR_IMPORTER = 0;

const SAMPLES = join(__dirname, '..', '..', 'fixtures', 'samples');
const BINARY = new Set(['.pdf', '.docx', '.doc']);
/** Binary layouts read through the importers (server/src/import): their rendering and preset grids. */
const IMPORTED = new Set(['.docx', '.doc', '.pdf']);
const NOT_SAMPLES = new Set(['expected.json', 'PROVENANCE.json']);

interface ExpectedCell { readonly table: TableId; readonly row: string; readonly column: string; readonly value: number }
interface PlantedFinding { readonly rule: string; readonly table: TableId; readonly row: string; readonly column: string; readonly found: number; readonly expected: number }
interface Expected {
  readonly era: TableEra;
  readonly cells: readonly ExpectedCell[];
  /** Only in a planted-error variant: the wrong cells and the values they should have. */
  readonly findings?: readonly PlantedFinding[];
}
interface Provenance { readonly files: readonly { readonly file: string; readonly tool: string; readonly command: string }[] }

interface Source { readonly id: string; readonly expected: Expected; readonly files: readonly string[]; readonly provenance: Provenance }

function loadSources(): Source[] {
  return readdirSync(SAMPLES).sort().map((id) => {
    const dir = join(SAMPLES, id);
    return {
      id,
      expected: JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected,
      provenance: JSON.parse(readFileSync(join(dir, 'PROVENANCE.json'), 'utf8')) as Provenance,
      files: readdirSync(dir).filter((f) => !NOT_SAMPLES.has(f)).sort(),
    };
  });
}

const show = (c: TableCell): string => (c.value === undefined ? `«${c.text}» (${c.status})` : `${String(c.value)} («${c.text}»)`);

/** Every expected cell against the tables the engine read, in expected.json order; one line per difference. */
function cellMismatches(tables: readonly ReadTable[], expected: Expected): string[] {
  const out: string[] = [];
  const ids = [...new Set(expected.cells.map((c) => c.table))];
  for (const id of ids) {
    const t = tables.find((x) => x.id === id);
    if (!t) {
      out.push(`表${id}: not read (tables read: ${tables.map((x) => x.id).join(', ') || 'none'})`);
      continue;
    }
    if (t.era !== expected.era) out.push(`表${id}: read as the ${t.era} template, expected ${expected.era}`);
    for (const e of expected.cells.filter((c) => c.table === id)) {
      const c = t.cell(e.row, e.column);
      if (!c) out.push(`表${id} ${e.row}×${e.column}: expected ${String(e.value)}, no cell read`);
      else if (c.value !== e.value) out.push(`表${id} ${e.row}×${e.column}: expected ${String(e.value)}, read ${show(c)}`);
    }
  }
  return out;
}

/** The checker's table errors against the planted ones (none for a consistent source). */
function findingMismatches(text: string, expected: Expected, tables?: readonly PresetTable[]): string[] {
  const errors = checkReport(text, tables ? { tables } : {}).findings.filter((f) => f.rule.startsWith('table/') && f.severity === 'error');
  const planted = (expected.findings ?? []).map((p) => {
    const template = tableTemplate(p.table, expected.era);
    const row = rowSpec(template, p.row)?.label ?? `?${p.row}`;
    const column = columnSpec(template, p.row, p.column)?.label ?? `?${p.column}`;
    return `${p.rule} 表${p.table} ${row}×${column}: ${String(p.found)} → ${String(p.expected)}`;
  });
  const raised = errors.map((f) => {
    const d = (key: string): string => JSON.stringify(f.data?.[key] ?? null).replace(/^"|"$/g, '');
    return f.rule === 'table/wrong-cell' ? `${f.rule} 表${d('table')} ${d('row')}×${d('column')}: ${d('found')} → ${d('expected')}` : `${f.rule}: ${f.message}`;
  });
  return [
    ...planted.filter((p) => !raised.includes(p)).map((p) => `planted error not found: ${p}`),
    ...raised.filter((r) => !planted.includes(r)).map((r) => `unexpected error: ${r}`),
  ];
}

/** Everything that differs from the truth for one sample text: cells first, then findings. */
function mismatches(text: string, expected: Expected, tables?: readonly PresetTable[]): string[] {
  const cells = cellMismatches(tablesOf(parseReport(text, tables ? { tables } : {})), expected);
  return cells.length > 0 ? cells : findingMismatches(text, expected, tables);
}

const NEW_ROW_LABEL = '一、本年新收政府信息公开申请数量';

const ARITHMETIC = new Set(['table/wrong-cell', 'table/relation']);

/** A lossy layout: the loss shown in the text itself, then no arithmetic error from the checker. */
function lossyMismatches(text: string, expected: Expected): string[] {
  const values = expected.cells.filter((c) => c.table === '三' && c.row === 'new').map((c) => String(c.value));
  const runTogether = NEW_ROW_LABEL + values.join('');
  if (!text.includes(runTogether)) return [`not lossy: «${runTogether}» does not occur (compare it cell by cell instead)`];
  return checkReport(text).findings
    .filter((f) => ARITHMETIC.has(f.rule) && f.severity === 'error')
    .map((f) => `arithmetic error on an unreadable table: ${f.rule}: ${f.message}`);
}

const sources = loadSources();

describe('real-tool samples: the sources and their provenance', () => {
  it('has the sources and their layouts', () => {
    assert.deepEqual(sources.map((s) => s.id), ['city-2025', 'own-2019', 'own-2021', 'own-2021-errors', 'own-2021-web', 'word-2021']);
    for (const s of sources) assert.ok(s.files.length >= 9, `${s.id}: ${String(s.files.length)} files`);
  });

  it('PROVENANCE.json lists every sample file with its tool and command, and nothing else', () => {
    for (const s of sources) {
      assert.deepEqual(s.provenance.files.map((f) => f.file).sort(), [...s.files], s.id);
      for (const f of s.provenance.files) assert.ok(f.tool.length > 0 && f.command.length > 0, `${s.id}/${f.file}`);
    }
  });

  it('KNOWN_FAILING and LOSSY name only samples that exist and are read', () => {
    const readable = new Set(sources.flatMap((s) => s.files.filter((f) => !BINARY.has(extname(f)) || IMPORTED.has(extname(f))).map((f) => `${s.id}/${f}`)));
    for (const name of [...Object.keys(KNOWN_FAILING), ...LOSSY]) assert.ok(readable.has(name), `${name} is not a sample that is read`);
  });
});

/** The planted errors of a source set right: the values every relation of the format must satisfy. */
function correctedValues(s: Source): Map<string, number> {
  const value = new Map(s.expected.cells.map((c) => [`${c.table}|${c.row}|${c.column}`, c.value]));
  for (const f of s.expected.findings ?? []) {
    assert.equal(value.get(`${f.table}|${f.row}|${f.column}`), f.found, `${s.id}: the planted cell ${f.row}×${f.column} is written as found`);
    value.set(`${f.table}|${f.row}|${f.column}`, f.expected);
  }
  return value;
}

/** Every cell of the template of table `id`, once (a cell forgotten or typed twice is caught), and every hard relation holds. */
function assertTableTruth(s: Source, id: TableId, value: ReadonlyMap<string, number>): void {
  const template = tableTemplate(id, s.expected.era);
  const keys = template.blocks.flatMap((b) => b.rows.flatMap((r) => b.columns.map((c) => `${id}|${r.key}|${c.key}`)));
  const typed = s.expected.cells.filter((c) => c.table === id).map((c) => `${id}|${c.row}|${c.column}`);
  assert.deepEqual([...typed].sort(), [...keys].sort(), `${s.id}: the cells of table ${id}`);
  for (const r of template.relations.filter((x) => !x.soft)) {
    const sum = (side: readonly { row: string; column: string }[]): number => side.reduce((a, c) => a + (value.get(`${id}|${c.row}|${c.column}`) ?? NaN), 0);
    assert.equal(sum(r.lhs), sum(r.rhs), `${s.id}: ${r.id} along ${r.along.row || r.along.column}`);
  }
}

describe('real-tool samples: the truth itself (expected.json) is consistent', () => {
  for (const s of sources) {
    it(s.id, () => {
      const value = correctedValues(s);
      for (const id of ['二', '三', '四'] as const) assertTableTruth(s, id, value);
      if (s.id.startsWith('own-') || s.id.startsWith('word-')) {
        const three = s.expected.cells.filter((c) => c.table === '三').map((c) => value.get(`三|${c.row}|${c.column}`));
        assert.equal(new Set(three).size, three.length, `${s.id}: every cell of table 三 differs (a swapped row or column reads other numbers)`);
      }
    });
  }
});

/** A sample's mismatches against KNOWN_FAILING: none when unlisted, exactly the listed first one when listed. */
function assertKnown(name: string, found: readonly string[], unreadable: string): void {
  const known = KNOWN_FAILING[name];
  if (known === undefined) {
    assert.deepEqual(found.slice(0, 10), [], `${name}: ${String(found.length)} mismatches, the first: ${found[0] ?? ''} (list it in KNOWN_FAILING only if ${unreadable})`);
  } else {
    assert.ok(found.length > 0, `${name} now reads correctly: remove it from KNOWN_FAILING`);
    assert.equal(found[0], known, `${name} fails differently now (${String(found.length)} mismatches): update its KNOWN_FAILING entry`);
  }
}

/** One test per sample file of a source: binary files through their importer, text files read as they are. */
function sampleTests(s: Source): number {
  let waiting = 0;
  for (const file of s.files) {
    const name = `${s.id}/${file}`;
    if (IMPORTED.has(extname(file))) {
      it(`${file} (through the importer)`, async () => {
        const outcome = await importFile(new Uint8Array(readFileSync(join(SAMPLES, s.id, file))), file, 'zh-cn');
        if (outcome.kind !== 'imported') assert.fail(`${name}: ${outcome.kind === 'failed' ? outcome.message : 'read as text'}`);
        assertKnown(name, mismatches(outcome.report.text, s.expected, outcome.report.tables), 'the importer cannot read this file yet');
      });
    } else if (BINARY.has(extname(file))) {
      waiting++;
      it(`${file}: binary (${extname(file)}), not read yet; its importer will enable it`, function () {
        this.skip();
      });
    } else {
      it(file, () => {
        const text = readFileSync(join(SAMPLES, s.id, file), 'utf8');
        assertKnown(name, LOSSY.has(name) ? lossyMismatches(text, s.expected) : mismatches(text, s.expected), 'the reader cannot read this layout yet');
      });
    }
  }
  return waiting;
}

describe('real-tool samples: every cell of every layout against the hand-written truth', () => {
  let waiting = 0;
  for (const s of sources) describe(s.id, () => { waiting += sampleTests(s); });

  it(`counts the binary samples waiting for the importers (${String(WAITING_FOR_IMPORTER)})`, () => {
    assert.equal(waiting, WAITING_FOR_IMPORTER);
  });
});

describe('real-tool samples: the comparison catches a misread table (mutation check)', () => {
  const own = sources.find((s) => s.id === 'own-2021');
  assert.ok(own);
  const html = readFileSync(join(SAMPLES, 'own-2021', 'source.html'), 'utf8');

  /** The engine's tables with two columns (or two rows) of table 三 exchanged, as a faulty reader would give them. */
  function swapped(tables: readonly ReadTable[], swap: { readonly rows?: readonly [string, string]; readonly columns?: readonly [string, string] }): ReadTable[] {
    const other = (key: string, pair: readonly [string, string] | undefined): string => (pair === undefined ? key : key === pair[0] ? pair[1] : key === pair[1] ? pair[0] : key);
    return tables.map((t) => (t.id !== '三' ? t : { ...t, cell: (row: string, column: string) => t.cell(other(row, swap.rows), other(column, swap.columns)) }));
  }

  it('the unmutated source reads without a mismatch (the mutations below start from a passing read)', () => {
    assert.deepEqual(mismatches(html, own.expected), []);
  });

  it('two columns of table 三 exchanged in the engine output: every cell of both columns is reported', () => {
    const found = cellMismatches(swapped(tablesOf(parseReport(html)), { columns: ['natural', 'business'] }), own.expected);
    assert.equal(found.length, 2 * 25, found.join('\n'));
    assert.ok(found.every((m) => /^表三 [\w-]+×(natural|business): /.test(m)), found.join('\n'));
  });

  it('two rows of table 三 exchanged in the engine output: every cell of both rows is reported', () => {
    const found = cellMismatches(swapped(tablesOf(parseReport(html)), { rows: ['deny-1', 'deny-2'] }), own.expected);
    assert.equal(found.length, 2 * 7, found.join('\n'));
  });

  it('two columns exchanged in the source text itself: the whole pipeline reports them', () => {
    // In every data row of table 三, exchange the 科研机构 and 社会公益组织 cells (3rd and 4th numbers).
    let rows = 0;
    const mutated = html.replace(/(<td[^>]*>([^<]*)<\/td>)((?:<td>\d+<\/td>){7})<\/tr>/g, (m, label: string, labelText: string, cells: string) => {
      if (!/\D/.test(labelText)) return m;
      rows++;
      const v = cells.match(/\d+/g) ?? [];
      return `${label}${[0, 1, 3, 2, 4, 5, 6].map((i) => `<td>${v.at(i) ?? ''}</td>`).join('')}</tr>`;
    });
    assert.equal(rows, 25, 'test setup: the 25 data rows of table 三');
    const found = mismatches(mutated, own.expected);
    assert.equal(found.length, 2 * 25, found.join('\n'));
    assert.ok(found.every((m) => /^表三 [\w-]+×(research|public-interest): /.test(m)), found.join('\n'));
  });
});
