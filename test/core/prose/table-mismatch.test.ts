import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReport } from '../../../server/src/core/model/parse-report';
import { tableStatementsOf } from '../../../server/src/core/prose/statements';
import { applyEdits, covered, findingsOf } from '../../support/check';
import { CLEAN_2019, CLEAN_2021, replaceOnce, SEED_000, SEED_001, SEED_002, SEED_003, SEED_004 } from '../../support/reports';
import { defined, nth } from '../../support/nth';

const RULE = 'prose/table-mismatch';
const EXAMPLES = join(__dirname, '..', '..', '..', 'examples');
const MISTAKES_2022 = readFileSync(join(EXAMPLES, '2022-示例镇-常见错误.md'), 'utf8');
/** The peer project's complete city-level 2025 table set (real figures, 2021 format, Markdown tables). */
const Y2025 = readFileSync(join(__dirname, '..', '..', 'fixtures', 'cross-year', 'city-2025.txt'), 'utf8');
const withSentence = (s: string, base = Y2025) => replaceOnce(base, '主动公开方面成效明显。', `主动公开方面成效明显。${s}`);

/** The one finding of the rule, with the covered text, the cited cells' text, and the text after the fix. */
function single(text: string) {
  const found = findingsOf(RULE, text);
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  const f = found[0];
  assert.ok(f);
  return { f, at: covered(text, f), cells: defined(f.related).map((r) => covered(text, r)), fixed: applyEdits(text, defined(f.fix).edits) };
}

describe(RULE, () => {
  it('is silent on the seeds (001: 共受理91人次政府信息公开申请99件 = 本年新收 99) and the examples', () => {
    for (const seed of [SEED_000, SEED_001, SEED_002, SEED_003, SEED_004]) assert.deepEqual(findingsOf(RULE, seed), []);
    for (const example of [CLEAN_2019, CLEAN_2021, MISTAKES_2022, Y2025]) assert.deepEqual(findingsOf(RULE, example), []);
  });

  it('reads every figure the examples state (and they all agree)', () => {
    assert.deepEqual(tableStatementsOf(parseReport(CLEAN_2021)).map((s) => [s.kind, s.quantity.value]), [['normative-issued', 3], ['received', 142], ['carried', 7], ['handled', 135], ['carry-over', 14]]);
    assert.deepEqual(tableStatementsOf(parseReport(CLEAN_2019)).map((s) => [s.kind, s.quantity.value]), [['received', 90], ['carried', 3], ['handled', 84], ['carry-over', 9]]);
  });

  it('flags a received count that differs from 本年新收 总计, at the prose figure, citing the cell, with an align fix', () => {
    const text = replaceOnce(SEED_001, '政府信息公开申请99件', '政府信息公开申请98件');
    const { f, at, cells, fixed } = single(text);
    assert.equal(f.severity, 'warning');
    assert.equal(at, '98');
    assert.equal(f.message, '正文称本年新收申请 98 件，统计表「一、本年新收政府信息公开申请数量」总计为 99 件。');
    assert.deepEqual(cells, ['99']);
    assert.deepEqual(f.data, { kind: 'received', stated: 98, table: 99, cells: ['三/new/total'] });
    assert.deepEqual(findingsOf(RULE, fixed), []);
  });
});

describe(`${RULE}: table 三: 上年结转, 办结 (（七）总计) and 结转下年度 (2021 and 2019 formats)`, () => {
  const cases: [string, string, string, string, string][] = [
    // base, from, to, expected message, cited cell text
    [CLEAN_2021, '上年结转7件', '上年结转8件', '正文称上年结转申请 8 件，统计表「二、上年结转政府信息公开申请数量」总计为 7 件。', '7'],
    [CLEAN_2021, '办结135件', '办结153件', '正文称办结申请 153 件，统计表「（七）总计」总计为 135 件。', '135'],
    [CLEAN_2021, '结转下年度继续办理14件', '结转下年度继续办理41件', '正文称结转下年度继续办理 41 件，统计表「四、结转下年度继续办理」总计为 14 件。', '14'],
    [CLEAN_2019, '上年结转3件', '上年结转2件', '正文称上年结转申请 2 件，统计表「二、上年结转政府信息公开申请数量」总计为 3 件。', '3'],
    [CLEAN_2019, '已办结84件', '已办结85件', '正文称办结申请 85 件，统计表「（七）总计」总计为 84 件。', '84'],
    [CLEAN_2019, '结转下年度9件', '结转下年度6件', '正文称结转下年度继续办理 6 件，统计表「四、结转下年度继续办理」总计为 9 件。', '9'],
  ];
  for (const [base, from, to, message, cell] of cases) {
    it(`${from} → ${to}`, () => {
      const { f, at, cells, fixed } = single(replaceOnce(base, from, to));
      assert.equal(f.message, message);
      assert.equal(at, defined(/\d+/.exec(to))[0]);
      assert.deepEqual(cells, [cell]);
      assert.equal(fixed, base);
    });
  }
});

describe(`${RULE}: results: 予以公开, 部分公开, and the sums of （三）…（六）`, () => {
  const ALL = '全年办结政府信息公开申请13810件，其中予以公开5548件、部分公开2168件、不予公开730件、无法提供3421件、不予处理457件、其他处理1486件。';

  it('agrees with the real 2025 table (13810 = 5548 + 2168 + 730 + 3421 + 457 + 1486)', () => {
    const text = withSentence(ALL);
    assert.deepEqual(tableStatementsOf(parseReport(text)).map((s) => s.kind), ['handled', 'open', 'partial', 'deny', 'unable', 'reject', 'other']);
    assert.deepEqual(findingsOf(RULE, text), []);
  });

  it('flags a single row and a sum, citing every cell added up', () => {
    const open = single(withSentence(ALL.replace('予以公开5548件', '予以公开5584件')));
    assert.equal(open.f.message, '正文称予以公开 5584 件，统计表「（一）予以公开」总计为 5548 件。');
    const deny = single(withSentence(ALL.replace('不予公开730件', '不予公开703件')));
    assert.equal(deny.f.message, '正文称不予公开 703 件，统计表「（三）不予公开」各项总计之和为 730 件。');
    assert.deepEqual(deny.cells, ['13', '30', '11', '51', '104', '85', '286', '150']);
    assert.equal(nth(deny.f.related ?? [], 0).message, '统计表「1.属于国家秘密」总计 13');
    assert.deepEqual(deny.f.data?.cells, ['三/deny-1/total', '三/deny-2/total', '三/deny-3/total', '三/deny-4/total', '三/deny-5/total', '三/deny-6/total', '三/deny-7/total', '三/deny-8/total']);
    const other = single(withSentence(ALL.replace('其他处理1486件', '其他处理1468件')));
    assert.deepEqual(other.cells, ['318', '203', '965']);
    assert.equal(single(withSentence(ALL.replace('无法提供3421件', '无法提供3412件'))).f.data?.table, 3421);
    assert.equal(single(withSentence(ALL.replace('不予处理457件', '不予处理475件'))).f.data?.table, 457);
  });

  it('reads （六）其他处理 as one row in the 2019 format', () => {
    const base = replaceOnce(CLEAN_2019, '已办结84件，', '已办结84件，其中予以公开45件、其他处理2件，');
    assert.deepEqual(findingsOf(RULE, base), []);
    const { f } = single(replaceOnce(base, '其他处理2件', '其他处理3件'));
    assert.equal(f.message, '正文称其他处理 3 件，统计表「（六）其他处理」总计为 2 件。');
  });

  it('takes results after "收到…其中" only when nothing was carried over (then they cover every application)', () => {
    // 2025: 560 carried over, so "收到14069件，其中予以公开…" may count only this year's applications.
    assert.deepEqual(findingsOf(RULE, withSentence('全年共收到政府信息公开申请14069件，其中予以公开5000件。')), []);
    // The 2022 example carried nothing over: its 予以公开 8 is the whole figure.
    const text = replaceOnce(MISTAKES_2022, '收到政府信息公开申请12件。', '收到政府信息公开申请12件，其中予以公开9件。');
    assert.equal(single(text).f.message, '正文称予以公开 9 件，统计表「（一）予以公开」总计为 8 件。');
    assert.deepEqual(findingsOf(RULE, text.replace('予以公开9件', '予以公开8件')), []);
  });
});

describe(`${RULE}: table 四: 行政复议 and 行政诉讼`, () => {
  it('agrees with the real 2025 table (复议 790; 诉讼 56 + 156 = 212)', () => {
    for (const s of [
      '全年因政府信息公开被申请行政复议790件，被提起行政诉讼212件，其中未经复议直接起诉56件，复议后起诉156件。',
      '2025年全市因政府信息公开申请引起行政复议790件，行政诉讼212件。',
      '因政府信息公开引起行政复议和行政诉讼共1002件，其中行政复议790件，行政诉讼212件。',
    ]) {
      assert.ok(tableStatementsOf(parseReport(withSentence(s))).some((x) => x.kind === 'review'), s);
      assert.deepEqual(findingsOf(RULE, withSentence(s)), [], s);
    }
  });

  it('flags 行政复议 against R4-1 总计 and 行政诉讼 against the two 总计 cells', () => {
    const review = single(withSentence('全年因政府信息公开被申请行政复议709件。'));
    assert.equal(review.f.message, '正文称政府信息公开行政复议 709 件，统计表「行政复议」总计为 790 件。');
    assert.deepEqual(review.cells, ['790']);
    const suits = single(withSentence('全年因政府信息公开被提起行政诉讼221件。'));
    assert.equal(suits.f.message, '正文称政府信息公开行政诉讼 221 件，统计表「行政诉讼」各项总计之和为 212 件。');
    assert.deepEqual(suits.cells, ['56', '156']);
    const direct = single(withSentence('因政府信息公开被提起行政诉讼212件，其中未经复议直接起诉65件，复议后起诉156件。'));
    assert.deepEqual([direct.f.data?.kind, direct.cells], ['suit-direct', ['56']]);
    const example = single(replaceOnce(CLEAN_2021, '组织业务培训2次。', '组织业务培训2次。全年因政府信息公开被申请行政复议5件。'));
    assert.equal(example.f.data?.table, 4);
  });

  it('leaves the 复议 a body handles for others, results and combined counts alone', () => {
    for (const s of [
      '全年办理行政复议案件120件，其中涉及政府信息公开的5件。',
      '本机关作为复议机关，审理政府信息公开类行政复议案件20件。',
      '全年受理政府信息公开行政复议申请30件。',
      '因政府信息公开被申请行政复议790件，其中结果维持375件。',
      '因政府信息公开引起的行政复议和行政诉讼共1000件。',
      '全年行政复议案件600件。',
    ]) assert.deepEqual(findingsOf(RULE, withSentence(s)), [], s);
  });
});

describe(`${RULE}: table 二: 规章 and 行政规范性文件`, () => {
  it('agrees with the real 2025 table and flags each column', () => {
    const s = '全年制发规章3件，制发行政规范性文件564件，废止行政规范性文件984件，现行有效行政规范性文件4185件。';
    assert.deepEqual(tableStatementsOf(parseReport(withSentence(s))).map((x) => x.kind), ['rules-issued', 'normative-issued', 'normative-repealed', 'normative-in-force']);
    assert.deepEqual(findingsOf(RULE, withSentence(s)), []);
    const inForce = single(withSentence(s.replace('4185件', '4158件')));
    assert.equal(inForce.f.message, '正文称现行有效行政规范性文件 4158 件，统计表「行政规范性文件」现行有效件数为 4185 件。');
    assert.equal(single(withSentence(s.replace('制发规章3件', '制发规章4件'))).f.message, '正文称制发规章 4 件，统计表「规章」本年制发件数为 3 件。');
    const example = single(replaceOnce(CLEAN_2021, '制发行政规范性文件3件', '制发行政规范性文件4件'));
    assert.deepEqual([example.at, example.cells], ['4', ['3']]);
  });

  it('reads 本年新制作数量 in the 2019 format; 对外公开总数量 is not 现行有效', () => {
    const base = replaceOnce(CLEAN_2019, '全县共收到', '制发规范性文件5件，全县共收到');
    assert.equal(single(base).f.message, '正文称制发行政规范性文件 5 件，统计表「规范性文件」本年新制作数量为 4 件。');
    assert.deepEqual(findingsOf(RULE, replaceOnce(CLEAN_2019, '全县共收到', '现行有效规范性文件30件，全县共收到')), []);
  });

  it('leaves documents of other bodies, reviewed or cleaned-up ones alone', () => {
    for (const s of [
      '全市各部门共制发行政规范性文件600件。',
      '审核行政规范性文件80件。',
      '清理行政规范性文件1200件，废止984件。',
      '备案审查规范性文件35件。',
      '公开行政规范性文件600件。',
    ]) assert.deepEqual(findingsOf(RULE, withSentence(s)), [], s);
  });
});

describe(`${RULE}: whole-year figures only, blank and suspect cells`, () => {
  it('agrees with a Markdown table', () => {
    assert.deepEqual(findingsOf(RULE, withSentence('全年共收到政府信息公开申请14069件。')), []);
    assert.equal(findingsOf(RULE, withSentence('全年共收到政府信息公开申请14096件。')).length, 1);
  });

  it('leaves subsets, sub-periods, 人次, other subjects, cumulative, approximate and comparative figures alone', () => {
    for (const s of [
      '其中网上收到申请14件。',
      '全年共收到政府信息公开申请14069件，其中网上申请9000件。',
      '上半年收到政府信息公开申请7000件。',
      '1-11月共收到政府信息公开申请13000件。',
      '一季度办结政府信息公开申请3000件。',
      '共受理申请人13000人次。',
      '全年共收到政府信息公开申请约14000件。',
      '全年共受理申请14629件（含上年结转560件）。',
      '通过网络平台收到申请9000件。',
      '全年共收到人大建议和政协提案申请30件。',
      '“市长信箱”共收到各类信件239件，已回复办结239件。',
      '12345热线共受理群众咨询申请5000件。',
      '累计办结政府信息公开申请99999件。',
      '全年收到政府信息公开申请14069件，同比增加120件。',
      '全年收到政府信息公开申请14069件，已按时办结13000件。',
      '2024年共收到政府信息公开申请12000件。',
      '全年收到政府信息公开申请14069件，其中办结13000件。',
    ]) assert.deepEqual(findingsOf(RULE, withSentence(s)), [], s);
    // A sentence dated with the whole year is a whole-year statement.
    assert.equal(findingsOf(RULE, withSentence('2025年1月1日至12月31日，共收到政府信息公开申请14096件。')).length, 1);
  });

  it('says nothing when a row is blank or the table’s own check names a cell as wrong', () => {
    const blankRow = replaceOnce(Y2025, '| （一）予以公开 | < | 5345 | 129 | 0 | 41 | 19 | 14 | 5548 |', '| （一）予以公开 | < |  |  |  |  |  |  |  |');
    assert.deepEqual(findingsOf(RULE, withSentence('全年办结政府信息公开申请13810件，其中予以公开5000件。', blankRow)), []);
    // The 2022 example's （七）总计 reads 0 in the 总计 column although 11 + 1 were handled: a table error, not the prose's.
    assert.deepEqual(findingsOf(RULE, replaceOnce(MISTAKES_2022, '收到政府信息公开申请12件。', '收到政府信息公开申请12件，办结12件。')), []);
  });

  it('reads a 总计 left blank on a detail row as the sum of its applicant cells (spec §5.2: some bodies fill 总计 only on 一, 二, （七）, 四)', () => {
    const blankTotal = replaceOnce(Y2025, '| （一）予以公开 | < | 5345 | 129 | 0 | 41 | 19 | 14 | 5548 |', '| （一）予以公开 | < | 5345 | 129 |  | 41 | 19 | 14 |  |');
    const sentence = '全年办结政府信息公开申请13810件，其中予以公开5000件。';
    const { f, cells } = single(withSentence(sentence, blankTotal));
    assert.deepEqual([f.data?.stated, f.data?.table], [5000, 5548]);
    assert.equal(f.message, '正文称予以公开 5000 件，统计表「（一）予以公开」行「总计」栏空白，各类申请人之和为 5548 件。');
    assert.deepEqual(cells, ['5345', '129', '41', '19', '14']);
    assert.deepEqual(findingsOf(RULE, withSentence(sentence.replace('5000', '5548'), blankTotal)), []);
  });
});

describe(`${RULE}: every reading the sentence allows (issue 9)`, () => {
  // The 2025 table: 本年新收 14069, 上年结转 560, 办结 13810, 结转 819; 14069 + 560 = 13810 + 819 = 14629.
  it('"共收到申请N件" fits 本年新收, or 本年新收 + 上年结转 (= 办结 + 结转)', () => {
    assert.deepEqual(findingsOf(RULE, withSentence('全年共收到政府信息公开申请14069件。')), []);
    assert.deepEqual(findingsOf(RULE, withSentence('全年共受理政府信息公开申请14629件。')), []);
    const { f } = single(withSentence('全年共受理政府信息公开申请14630件。'));
    assert.equal(f.message, '正文称本年新收申请 14630 件，统计表「一、本年新收政府信息公开申请数量」总计为 14069 件。');
  });

  it('"予以公开及部分公开N件" is the two rows together (5548 + 2168 = 7716), after a sentence about applications', () => {
    const before = '全年办结政府信息公开申请13810件。';
    assert.deepEqual(findingsOf(RULE, withSentence(`${before}予以公开及部分公开7716件，占55.9%。`)), []);
    const { f, cells } = single(withSentence(`${before}予以公开及部分公开7000件，占50.7%。`));
    assert.equal(f.message, '正文称予以公开及部分公开 7000 件，统计表「（一）予以公开、（二）部分公开」各项总计之和为 7716 件。');
    assert.deepEqual(cells, ['5548', '2168']);
    // Without a sentence about applications before it, a result figure is not read.
    assert.deepEqual(findingsOf(RULE, withSentence('予以公开及部分公开7000件。')), []);
  });

  it('"因…等原因无法提供N件" is the whole group; a single reason without 等 may be its own row and is left alone', () => {
    const before = '全年办结政府信息公开申请13810件。';
    assert.deepEqual(findingsOf(RULE, withSentence(`${before}因本机关不掌握等原因无法提供3421件。`)), []);
    assert.equal(single(withSentence(`${before}因本机关不掌握等原因无法提供3000件。`)).f.data?.table, 3421);
    assert.deepEqual(findingsOf(RULE, withSentence(`${before}因本机关不掌握相关政府信息无法提供3000件。`)), []);
  });
});

describe(`${RULE}: English`, () => {
  it('speaks English when asked', () => {
    const [f] = findingsOf(RULE, replaceOnce(CLEAN_2021, '办结135件', '办结153件'), { locale: 'en' });
    assert.ok(f);
    assert.equal(f.message, 'The text states applications handled: 153 件; the table’s “（七）总计” 总计 is 135.');
  });
});
