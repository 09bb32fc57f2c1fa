import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildOfficeReport } from '../../server/src/core/office/build';
import type { OfficeReport } from '../../server/src/core/office/build';
import type { UnitFacts } from '../../server/src/core/office/types';
import { defined, nth } from '../support/nth';
import { factsOf, replaceOnce } from './support';

/**
 * 汇总 on real tables: the parent is a real city's aggregate report (test/fixtures/office/aggregate,
 * see its PROVENANCE.json); the three districts' figures are ours, split so that they add up to
 * the parent cell by cell. The expected findings are written by hand from the files.
 */
const DIR = join(__dirname, '..', 'fixtures', 'office', 'aggregate');
const read = (name: string): string => readFileSync(join(DIR, name), 'utf8');
const PARENT = read('测试市.txt');
const CHILDREN = ['测试市甲区.txt', '测试市乙区.txt', '测试市丙区.txt'];
const OPTIONS = { name: '测试市', aggregate: { parent: '测试市', children: ['甲区', '乙区', '丙区'] } };

function office(parent: string, children: readonly string[]): OfficeReport {
  const units: UnitFacts[] = [factsOf('d/测试市.txt', parent), ...children.map((c) => factsOf(`d/${c}`, read(c)))];
  return buildOfficeReport({ units, options: OPTIONS, folders: ['d'], generated: { year: 2026, month: 2, day: 1 }, tool: 'govreport test', locale: 'zh-cn' });
}

const officeFindings = (r: OfficeReport): string[][] => r.units.flatMap((u) => u.findings.filter((f) => f.rule.startsWith('office/')).map((f) => [u.facts.name, f.rule, f.severity, f.message]));

describe('汇总: the aggregate report against its units', () => {
  it('finds nothing when every cell of tables 二, 三 and 四 is the sum of the three districts', () => {
    const r = office(PARENT, CHILDREN);
    assert.deepEqual(officeFindings(r), []);
    assert.ok(r.aggregate);
    assert.deepEqual(r.aggregate.children.map((c) => [c.name, c.facts?.path]), [['甲区', 'd/测试市甲区.txt'], ['乙区', 'd/测试市乙区.txt'], ['丙区', 'd/测试市丙区.txt']]);
    // 表二: 2×3 + 4 single cells; 表三: 25 rows × 7 columns; 表四: 15.
    assert.equal(r.aggregate.compared, 10 + 175 + 15);
    assert.equal(r.aggregate.cells.length, 0);
  });

  it('names the one parent cell that differs, with each district\'s value', () => {
    // 行政处罚 6937489 written with two digits swapped.
    const r = office(replaceOnce(PARENT, '| 行政处罚 | 6937489 |', '| 行政处罚 | 6937498 |'), CHILDREN);
    assert.deepEqual(officeFindings(r), [
      ['测试市', 'office/aggregate-mismatch', 'error', '表二「行政处罚 / 本年处理决定数量」：汇总报告填 6937498，各单位合计 6937489（甲区 3468744、乙区 2081246、丙区 1387499）。'],
    ]);
    const parent = nth(r.units, 0);
    const f = defined(parent.findings.find((x) => x.rule === 'office/aggregate-mismatch'), 'the mismatch finding');
    assert.equal(f.line, 17);
    assert.equal(parent.verdict, 'fix');
  });

  it('a wrong cell of table 三 is found alone: totals that agree are not reported', () => {
    // 予以公开 / 自然人: 5345 → 5354; the parent's own 总计 column is then wrong too (the check says so), but the aggregate names only this cell.
    const r = office(replaceOnce(PARENT, '| （一）予以公开 | < | 5345 |', '| （一）予以公开 | < | 5354 |'), CHILDREN);
    assert.deepEqual(officeFindings(r), [
      ['测试市', 'office/aggregate-mismatch', 'error', '表三「（一）予以公开 / 自然人」：汇总报告填 5354，各单位合计 5345（甲区 2673、乙区 1604、丙区 1068）。'],
    ]);
  });

  it('with a district missing: says so once, and reports only a parent cell below what the others add up to', () => {
    // 行政许可 11398889 with a digit dropped (1139889), and 丙区 has not reported.
    const r = office(replaceOnce(PARENT, '| 行政许可 | 11398889 |', '| 行政许可 | 1139889 |'), CHILDREN.slice(0, 2));
    assert.deepEqual(officeFindings(r), [
      ['测试市', 'office/aggregate-missing-child', 'warning', '汇总的下级单位「丙区」没有报告：缺少它的数字，汇总表只核对“不少于已报送单位之和”。'],
      ['测试市', 'office/aggregate-mismatch', 'error', '表二「行政许可 / 本年处理决定数量」：汇总报告填 1139889，少于已报送单位的合计 9119110（甲区 5699444、乙区 3419666、丙区 —）。'],
    ]);
  });

  it('takes the parent and the children from a roster whose 类型 column marks the aggregate report', () => {
    const units: UnitFacts[] = [factsOf('d/测试市.txt', replaceOnce(PARENT, '| 行政强制 | 166105 |', '| 行政强制 | 166150 |')), ...CHILDREN.map((c) => factsOf(`d/${c}`, read(c)))];
    const roster = [{ name: '测试市', aggregate: true }, { name: '测试市甲区' }, { name: '测试市乙区' }, { name: '测试市丙区' }];
    const r = buildOfficeReport({ units, options: {}, roster, folders: ['d'], generated: { year: 2026, month: 2, day: 1 }, tool: 't', locale: 'zh-cn' });
    assert.deepEqual(r.aggregate?.children.map((c) => c.name), ['测试市甲区', '测试市乙区', '测试市丙区']);
    assert.deepEqual(officeFindings(r), [
      ['测试市', 'office/aggregate-mismatch', 'error', '表二「行政强制 / 本年处理决定数量」：汇总报告填 166150，各单位合计 166105（测试市甲区 83052、测试市乙区 49831、测试市丙区 33222）。'],
    ]);
    assert.deepEqual(r.roster, { expected: 4, submitted: 4, missing: [], unlisted: [] });
  });

  it('says when the configured aggregate report is not among the files', () => {
    const units = CHILDREN.map((c) => factsOf(`d/${c}`, read(c)));
    const r = buildOfficeReport({ units, options: { aggregate: { parent: '某某县' } }, folders: ['d'], generated: { year: 2026, month: 2, day: 1 }, tool: 't', locale: 'zh-cn' });
    assert.equal(r.aggregate, undefined);
    assert.equal(r.aggregateNotice, '配置的汇总报告「某某县」不在本次检查的文件中，未做汇总核对。');
  });
});
