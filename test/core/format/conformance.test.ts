import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ERAS, eraForYear, publicationDeadline } from '../../../server/src/core/format/eras';
import type { EraId } from '../../../server/src/core/format/eras';
import { SECTIONS, standardHeading } from '../../../server/src/core/format/sections';
import { CONTENT_ITEMS_2007, mentionsTopic } from '../../../server/src/core/format/content-items-2007';
import { TABLE_TEMPLATES, templateRows } from '../../../server/src/core/format/tables';
import type { BlockSpec, CellKind, Relation, TableEra, TableId, TableTemplate } from '../../../server/src/core/format/tables';
import { normalizeLabel } from '../../../server/src/core/text/normalize';
import { defined } from '../../support/nth';

/**
 * The format data (server/src/core/format/) against the format spec it was written from
 * (test/fixtures/spec/format-spec.json, an unchanged copy with its provenance): every era and
 * deadline, every section title and variant, the 2007 content items, every table label, cell
 * kind and relation. The expectations are read from the spec, never from the data. Where the
 * spec is unsure ([V1], [M]) the data may accept more (extra variants); it may never accept less.
 */

interface SpecColumn { readonly label: string; readonly kind: string; readonly parent?: string }
interface SpecRow { readonly label: string; readonly level: number; readonly hasCells: boolean; readonly parent?: string }
interface SpecRelation { readonly id: string; readonly expr: string; readonly scope?: string; readonly severity: string }
interface SpecTable {
  readonly id: string;
  readonly section: string | null;
  readonly block?: string;
  readonly title?: string;
  readonly headerNote?: string;
  readonly firstColumnHeader?: string;
  readonly rows: readonly SpecRow[];
  readonly columns: readonly SpecColumn[];
  readonly relations: readonly SpecRelation[];
  readonly cellCount?: number;
  readonly verification: string;
}
interface SpecSection { readonly num: string; readonly title: string; readonly variants: readonly string[]; readonly optional?: boolean }
interface SpecEra {
  readonly id: string;
  readonly years: readonly [number, number | null];
  readonly publicationDeadline: string;
  readonly requiredContent?: readonly string[];
  readonly sections: readonly SpecSection[];
  readonly tables: readonly SpecTable[];
}
interface Spec { readonly eras: readonly SpecEra[] }

const SPEC = JSON.parse(readFileSync(join(__dirname, '../../fixtures/spec/format-spec.json'), 'utf8')) as Spec;
const ERA_OF_SPEC: Readonly<Record<string, EraId>> = { gov2007: '2007', fmt2019: '2019', fmt2021: '2021' };

function specEra(id: EraId): SpecEra {
  return defined(SPEC.eras.find((e) => ERA_OF_SPEC[e.id] === id), `spec era ${id}`);
}

/** "二、主动公开政府信息的情况" → "主动公开政府信息的情况" (the data keeps titles without numbering). */
function withoutNumber(title: string): string {
  return title.replace(/^[一二三四五六七八九十]+、/, '');
}

describe('format data conforms to format-spec.json: eras and deadlines', () => {
  for (const spec of SPEC.eras) {
    const id = defined(ERA_OF_SPEC[spec.id], `an era for ${spec.id}`);
    const [first, last] = spec.years;
    it(`${spec.id}: reports for ${String(first)}–${String(last ?? '')} are era ${id}`, () => {
      assert.equal(ERAS[id].firstYear, first);
      assert.equal(ERAS[id].lastYear, last ?? undefined);
      for (let year = first; year <= (last ?? first + 10); year++) assert.equal(eraForYear(year), id, String(year));
    });
  }

  // The deadlines are prose in the spec: "每年3月31日前 (all …)"; "…部门: 每年1月31日前 …; …本级政府 report 每年3月31日前"; "same as fmt2019".
  const dates = (text: string): { month: number; day: number }[] =>
    [...text.matchAll(/(\d{1,2})月(\d{1,2})日前/g)].map((m) => ({ month: Number(m[1]), day: Number(m[2]) }));

  it('gov2007: every body by the date the spec states, the next year', () => {
    const [date] = dates(specEra('2007').publicationDeadline);
    const expected = defined(date, 'a deadline in the 2007 spec');
    for (const level of ['department', 'government', undefined] as const) {
      assert.deepEqual(publicationDeadline(2015, level), { year: 2016, ...expected });
    }
  });

  for (const era of ['2019', '2021'] as const) {
    it(`${era}: departments and governments by the dates the spec states (unknown level: the later, lenient)`, () => {
      const text = specEra(era).publicationDeadline === 'same as fmt2019' ? specEra('2019').publicationDeadline : specEra(era).publicationDeadline;
      const [department, government] = dates(text);
      assert.ok(text.indexOf('部门') < text.indexOf('本级政府'), 'the spec names departments first');
      const year = ERAS[era].firstYear;
      assert.deepEqual(publicationDeadline(year, 'department'), { year: year + 1, ...defined(department, 'department deadline') });
      assert.deepEqual(publicationDeadline(year, 'government'), { year: year + 1, ...defined(government, 'government deadline') });
      assert.deepEqual(publicationDeadline(year, undefined), { year: year + 1, ...defined(government) });
    });
  }
});

describe('format data conforms to format-spec.json: the six parts (2019 and 2021)', () => {
  for (const era of ['2019', '2021'] as const) {
    for (const spec of specEra(era).sections) {
      it(`${era} ${spec.title}: standard title and every variant the spec lists`, () => {
        const section = defined(SECTIONS.find((s) => s.numeral === spec.num), `part ${spec.num}`);
        assert.equal(standardHeading(section), spec.title);
        for (const variant of spec.variants) {
          assert.ok(section.variants.includes(withoutNumber(variant)), `variant ${variant} missing from the data`);
        }
      });
    }
  }
});

describe('format data conforms to format-spec.json: the 2007 content items (第三十二条)', () => {
  const spec = specEra('2007');
  it('are the six items of the spec, in order, worded as the article', () => {
    assert.deepEqual(CONTENT_ITEMS_2007.map((i) => i.title), spec.requiredContent);
  });
  // The spec's typical 2007 headings: 一、概述 has no item; the next six are the items in order.
  for (const section of spec.sections.filter((s) => s.optional !== true && s.num !== '1')) {
    const item = defined(CONTENT_ITEMS_2007[Number(section.num) - 2], `item for heading ${section.num}`);
    for (const title of [section.title, ...section.variants]) {
      it(`heading 「${title}」 reports item ${String(item.number)}`, () => {
        assert.ok(mentionsTopic(item, normalizeLabel(withoutNumber(title))), `${title} does not match item ${String(item.number)}'s topic`);
      });
    }
  }
});

describe('format data conforms to format-spec.json: tables', () => {
  for (const era of ['2019', '2021'] as const) {
    for (const spec of specEra(era).tables) {
      const table = defined(spec.section, `section of ${spec.id}`) as TableId;
      const template = TABLE_TEMPLATES[era][table];
      describe(`${era} ${spec.id}`, () => { tableConforms(spec, template, era); });
    }
    it(`${era}: the data has no table the spec lacks`, () => {
      for (const table of ['二', '三', '四'] as const) {
        const blocks = TABLE_TEMPLATES[era][table].blocks.length;
        const spec = specEra(era).tables.filter((t) => t.section === table).length;
        assert.equal(table === '二' ? blocks : 1, spec, `table ${table}`);
      }
    });
  }
  it('gov2007: no fixed table is enforced (the spec: "do not enforce structure")', () => {
    assert.ok(specEra('2007').tables.every((t) => t.section === null && t.verification.includes('do not enforce structure')));
    assert.deepEqual(Object.keys(TABLE_TEMPLATES).sort(), ['2019', '2021']);
  });
  it('2021 （六）其他处理 rows also accept "，" for "、" (the spec is unsure of that character, §8 q2)', () => {
    for (const row of templateRows(TABLE_TEMPLATES['2021']['三']).filter((r) => r.label.includes('、行政机关'))) {
      assert.ok(row.variants?.includes(row.label.replace('、行政机关', '，行政机关')), row.label);
    }
  });
});

const KIND_OF: Readonly<Record<string, CellKind>> = { 'int>=0': 'count', signedInt: 'signed', 'decimal>=0': 'amount' };

function tableConforms(spec: SpecTable, template: TableTemplate, era: TableEra): void {
  const block = spec.block === undefined ? defined(template.blocks[0]) : defined(template.blocks.find((b) => b.heading === spec.block), `block ${spec.block}`);
  if (spec.section === '四') table4Conforms(spec, template);
  else {
    it('rows: every label in order, groups and their parents', () => { rowsConform(spec, block); });
    it('columns: every label in order, with its kind and header group', () => {
      assert.deepEqual(block.columns.map((c) => c.label), spec.columns.map((c) => c.label));
      for (const [i, column] of spec.columns.entries()) {
        const data = defined(block.columns[i]);
        assert.equal(data.kind, KIND_OF[column.kind], column.label);
        if (column.parent !== undefined) assert.equal(data.groups?.at(-1), column.parent, column.label);
      }
    });
  }
  it('title, corner and header note', () => {
    if (spec.title !== undefined) assert.equal(template.title, spec.title);
    if (spec.firstColumnHeader !== undefined) assert.equal(block.corner, spec.firstColumnHeader);
    assert.equal(template.note, spec.headerNote);
  });
  for (const variant of spec.verification.matchAll(/label variant '([^']+)'/g)) {
    it(`accepts the variant the spec saw: ${String(variant[1])}`, () => {
      assert.ok(block.columns.some((c) => c.variants?.includes(defined(variant[1]))) || block.rows.some((r) => r.variants?.includes(defined(variant[1]))));
    });
  }
  it('relations: every equality and soft check, cell by cell, with its severity', () => { relationsConform(spec, template, block, era); });
}

function rowsConform(spec: SpecTable, block: BlockSpec): void {
  const dataRows = spec.rows.filter((r) => r.hasCells);
  assert.deepEqual(block.rows.map((r) => r.label), dataRows.map((r) => r.label));
  for (const [i, row] of dataRows.entries()) {
    const data = defined(block.rows[i]);
    assert.equal(data.level, row.level, row.label);
    assert.equal(data.groups?.at(-1), row.parent, `parent of ${row.label}`);
  }
  const groups = spec.rows.filter((r) => !r.hasCells);
  assert.deepEqual(block.groups.map((g) => g.label).sort(), groups.map((g) => g.label).sort());
  for (const group of groups) {
    const rows = block.groups.find((g) => g.label === group.label)?.rows ?? [];
    const under = block.rows.filter((r) => r.groups?.includes(group.label) === true).map((r) => r.key);
    assert.deepEqual(rows, under, `rows under ${group.label}`);
  }
}

/** Table 四 is one row of 15 cells in the spec, 3 rows × 5 columns in the data (printed flat in the same order). */
function table4Conforms(spec: SpecTable, template: TableTemplate): void {
  it('the 15 cells in the printed order, each under its header', () => {
    const flat = defined(template.flat, 'flat order');
    assert.equal(flat.length, spec.cellCount);
    assert.equal(flat.length, spec.columns.length);
    for (const [i, column] of spec.columns.entries()) {
      const cell = defined(flat[i]);
      const row = defined(templateRows(template).find((r) => r.key === cell.row));
      const data = defined(template.blocks[0]?.columns.find((c) => c.key === cell.column));
      assert.equal(row.label, column.parent, `cell ${String(i + 1)}`);
      assert.equal(data.label, column.label, `cell ${String(i + 1)}`);
      assert.equal(data.kind, KIND_OF[column.kind]);
    }
  });
}

/** A relation instance as a comparable string: "<cells>=<cells>" or "<cells><=<cells>", cells sorted; sides of an equality in either order. */
function relationKey(lhs: readonly string[], rhs: readonly string[], kind: 'eq' | 'le'): string {
  const side = (cells: readonly string[]): string => [...cells].sort().join('+');
  if (kind === 'le') return `${side(lhs)}<=${side(rhs)}`;
  return [side(lhs), side(rhs)].sort().join('=');
}

const ENFORCED = /^(R3-[123]|R4-[123]|S2-(19|21)-1)$/;

function relationsConform(spec: SpecTable, template: TableTemplate, block: BlockSpec, era: TableEra): void {
  const cellName = (row: string, column: string): string => `${row}|${column}`;
  const dataRows = block.rows;
  for (const relation of spec.relations.filter((r) => ENFORCED.test(r.id))) {
    const id = relation.id.startsWith('S2-') ? 'S2-1' : relation.id;
    const kind = relation.expr.includes('<=') ? 'le' : 'eq';
    const [left = '', right = ''] = relation.expr.split(kind === 'le' ? '<=' : '=');
    // Each instance of the relation: per column (eachColumn), per data row (eachDataRow, and table 二's [r]), or once.
    const instances: { row?: string; column?: string }[] =
      relation.scope === 'eachColumn' ? block.columns.map((c) => ({ column: c.label }))
        : relation.scope === 'eachDataRow' || relation.expr.includes('[r]') ? dataRows.map((r) => ({ row: r.label }))
          : [{}];
    const expected = instances.map((at) => relationKey(termsOf(left, at, template, block).map((c) => cellName(c.row, c.column)), termsOf(right, at, template, block).map((c) => cellName(c.row, c.column)), kind)).sort();
    const actual = template.relations.filter((r: Relation) => r.id === id && blockHas(block, r))
      .map((r) => relationKey(r.lhs.map((c) => cellName(c.row, c.column)), r.rhs.map((c) => cellName(c.row, c.column)), r.kind)).sort();
    assert.deepEqual(actual, expected, `${era} ${relation.id}`);
    const soft = template.relations.filter((r) => r.id === id && blockHas(block, r)).map((r) => r.soft);
    assert.ok(soft.every((s) => s === relation.severity.startsWith('warning')), `${relation.id} severity ${relation.severity}`);
  }
}

function blockHas(block: BlockSpec, relation: Relation): boolean {
  return relation.lhs.every((c) => block.rows.some((r) => r.key === c.row));
}

/**
 * The cells a side of a spec expression names: "一、本年新收…[C]" (a row in column C),
 * "总计[r]" (a column in row r), "行政复议.总计" (row.column), "Σ（三）不予公开[…]" (every row of a
 * group), "（一）予以公开" (a row in the instance's column).
 */
function termsOf(side: string, at: { row?: string; column?: string }, template: TableTemplate, block: BlockSpec): { row: string; column: string }[] {
  const rowKey = (label: string): string | undefined => block.rows.find((r) => r.label === label)?.key;
  const columnKey = (label: string): string | undefined => block.columns.find((c) => c.label === label)?.key;
  return splitTerms(side).flatMap((raw) => {
    const term = raw.replace(/\[[^\]]*\]$/, '').trim();
    if (term.startsWith('Σ')) {
      const group = term.slice(1);
      const rows = defined(block.groups.find((g) => g.label === group), `group ${group}`).rows;
      return rows.map((row) => ({ row, column: defined(columnKey(defined(at.column))) }));
    }
    const dot = term.indexOf('.');
    if (template.table === '四' && dot > 0) {
      return [{ row: defined(rowKey(term.slice(0, dot)), term), column: defined(columnKey(term.slice(dot + 1)), term) }];
    }
    const row = rowKey(term);
    if (row !== undefined) return [{ row, column: defined(columnKey(defined(at.column, `column for ${term}`))) }];
    return [{ row: defined(rowKey(defined(at.row, `row for ${term}`))), column: defined(columnKey(term), `label ${term}`) }];
  });
}

/** Terms joined by " + " at the top level (a Σ term's bracketed list holds its own "+"-free commas). */
function splitTerms(side: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const c of side) {
    if (c === '[') depth++;
    else if (c === ']') depth--;
    if (c === '+' && depth === 0) { out.push(current); current = ''; } else current += c;
  }
  out.push(current);
  return out.map((t) => t.trim()).filter((t) => t !== '');
}
