import assert from 'node:assert/strict';
import { buildOfficeReport } from '../../server/src/core/office/build';
import type { OfficeInput } from '../../server/src/core/office/build';
import { applySidecar, formatSidecar, parseSidecar, recordSidecar } from '../../server/src/core/office/decisions';
import { normaliseOfficeOptions, parseMonthDay } from '../../server/src/core/editor/office-options';
import { contextOf } from '../../server/src/core/office/place';
import { locationText } from '../../server/src/office/labels';
import { matchRoster, parseCsv, rosterFromRows } from '../../server/src/core/office/roster';
import { sameFiguresAsLastYear, siblingCopies } from '../../server/src/core/office/similarity';
import { timelinessOf } from '../../server/src/core/office/timeliness';
import type { UnitFacts } from '../../server/src/core/office/types';
import { defined, nth } from '../support/nth';
import { CLEAN_2021, SEED_001 } from '../support/reports';
import { factsOf, replaceOnce } from './support';

const base = (units: readonly UnitFacts[], extra: Partial<OfficeInput> = {}): OfficeInput => ({ units, options: {}, folders: ['d'], generated: { year: 2026, month: 2, day: 1 }, tool: 't', locale: 'zh-cn', ...extra });

describe('office core: fingerprints', () => {
  const ids = (text: string): string[] => factsOf('d/seed.txt', text).findings.map((f) => f.fingerprint);

  it('gives each finding of seed 001 its own id: rule and 13 hex digits', () => {
    const list = ids(SEED_001);
    assert.deepEqual(list.map((id) => id.split(':')[0]), ['table/wrong-cell', 'table/wrong-cell', 'structure/heading-variant']);
    for (const id of list) assert.match(id, /^[a-z-]+\/[a-z-]+:[0-9a-f]{13}$/);
    assert.equal(new Set(list).size, 3);
  });

  it('keeps the ids when lines move: paragraphs added above, blank lines, another file name', () => {
    const moved = replaceOnce(SEED_001, '一、总体情况', '一、总体情况\n\n本年度新增的一段说明文字，用来把后面的内容整体下移若干行。\n\n又一段说明。\n');
    const before = factsOf('d/seed.txt', SEED_001).findings;
    const after = factsOf('d/其他名字.txt', moved).findings;
    assert.ok(nth(after, 0).line > nth(before, 0).line, 'the lines did move');
    assert.deepEqual(after.map((f) => f.fingerprint), before.map((f) => f.fingerprint));
  });

  it('changes the id with the unit and the year: the same cell in another body\'s or next year\'s report is another finding', () => {
    const other = replaceOnce(SEED_001, '2020年乌当区人民政府', '2020年花溪区人民政府');
    const nextYear = replaceOnce(SEED_001, '2020年乌当区人民政府', '2021年乌当区人民政府');
    const [a, b] = [ids(other), ids(nextYear)];
    for (const k of [0, 1]) {
      assert.notEqual(a[k], ids(SEED_001)[k]);
      assert.notEqual(b[k], ids(SEED_001)[k]);
    }
  });

  it('places a table finding on its cell and a heading finding on its part', () => {
    const f = factsOf('d/seed.txt', SEED_001).findings;
    assert.deepEqual(f.map((x) => x.place), ['表三「（七）总计 / 自然人」', '表三「（七）总计 / 商业企业」', '第四部分']);
    const heading = nth(f, 2);
    assert.deepEqual(heading.context, { before: '四、', match: '政府信息公开行政复议和行政诉讼情况', after: '' });
    assert.equal(heading.advice, '改为规范标题「四、政府信息公开行政复议、行政诉讼情况」');
  });
});

describe('office core: context and source places', () => {
  it('shows up to 24 characters either side on the finding\'s line, blanks squashed', () => {
    const text = '第一行\n前面的文字很长很长很长很长很长很长很长很长很长很长很长很长ABC后面  的文字\n下一行';
    const at = text.indexOf('ABC');
    assert.deepEqual(contextOf(text, { start: at, end: at + 3 }), { before: '…很长很长很长很长很长很长很长很长很长很长很长很长', match: 'ABC', after: '后面 的文字' });
  });

  it('writes Word and PDF places as a clerk reads them (D4), the line otherwise', () => {
    const finding = { rule: 'table/wrong-cell', severity: 'error', message: '', line: 53, column: 20, place: '', fingerprint: 'table/wrong-cell:0' } as const;
    assert.equal(locationText({ ...finding, source: { kind: 'paragraph', paragraph: 3 } }, 'zh-cn'), '第3段');
    assert.equal(locationText({ ...finding, source: { kind: 'cell', table: 2, row: 5, column: 2 }, sourceTable: '三' }, 'zh-cn'), '表三第5行第2列');
    assert.equal(locationText({ ...finding, source: { kind: 'cell', table: 1, row: 5, column: 2 } }, 'zh-cn'), '第1张表第5行第2列');
    assert.equal(locationText({ ...finding, source: { kind: 'page', page: 4 } }, 'zh-cn'), '第4页');
    assert.equal(locationText(finding, 'zh-cn'), '第53行');
  });
});

describe('office core: roster', () => {
  it('reads a CSV with a BOM, quotes, a 序号 column and a 类型 column marking the aggregate', () => {
    const rows = parseCsv('\ufeff序号,单位名称,类型\r\n1,"某某县人民政府",汇总\r\n2,县发展和改革局,\r\n3,"县教育局, 本级",\r\n\r\n4,县发展和改革局,\r\n');
    assert.deepEqual(rows[2], ['2', '县发展和改革局', '']);
    assert.deepEqual(rosterFromRows(rows), [{ name: '某某县人民政府', aggregate: true }, { name: '县发展和改革局' }, { name: '县教育局, 本级' }]);
  });

  it('takes the first column of a list without a header, and the second after a 序号 header', () => {
    assert.deepEqual(rosterFromRows([['县财政局'], ['县卫健委']]).map((e) => e.name), ['县财政局', '县卫健委']);
    assert.deepEqual(rosterFromRows([['序号', '部门'], ['1', '县财政局']]).map((e) => e.name), ['县财政局']);
  });

  it('matches names that contain one another, one report per entry, and lists the missing and the unlisted', () => {
    const entries = [{ name: '县发展和改革局' }, { name: '县教育局' }, { name: '县财政局' }];
    const m = matchRoster(entries, [
      { name: '某某县发展和改革局', path: 'd/fgj.md' },
      { name: '某某县财政局', path: 'd/czj.md' },
      { name: '某某县卫生健康委员会', path: 'd/wjw.md' },
      { name: '某某县', path: 'd/县教育局2025年报.md' },
    ]);
    assert.deepEqual([...m.matched].map(([e, k]) => [e.name, k]), [['县发展和改革局', 0], ['县财政局', 1], ['县教育局', 3]]);
    assert.deepEqual(m.missing, []);
    assert.deepEqual(m.unlisted, [2]);
  });
});

describe('office core: copying (雷同)', () => {
  const town = (name: string, prose: string): string => replaceOnce(CLEAN_2021.replace('示例市生态环境局', name), CLEAN_2021.slice(CLEAN_2021.indexOf('## 一、总体情况') + '## 一、总体情况'.length, CLEAN_2021.indexOf('## 二、')), `\n\n${prose}\n\n`);
  const PROSE_A = '本单位全年围绕优化营商环境开展政务公开工作，集中发布惠企政策文件和办事指南。开设政策解读专栏，组织线上访谈两期，回应企业关切问题三十余个。完善依申请公开登记台账，统一答复文书格式并加强法律审核。推进基层政务公开标准化建设，更新村居公开栏内容。加强政府网站内容保障，清理过期栏目和无效链接。';
  const PROSE_B = '本年度重点推进财政预决算公开，细化到功能分类项级科目并附情况说明。开展行政执法公示，公开执法主体、依据、程序和结果信息。畅通线上线下申请渠道，为申请人提供申请指引和答复说明。组织业务培训两次，覆盖全部股室和下属单位工作人员。建立季度检查制度，对发现的问题逐项整改销号。';

  it('reports a unit whose prose is largely a sibling\'s in the same folder, with the share and the other report', () => {
    const units = [factsOf('d/a.md', town('某某县财政局', PROSE_A)), factsOf('d/b.md', town('某某县商务局', PROSE_A)), factsOf('d/c.md', town('某某县教育局', PROSE_B))];
    const found = siblingCopies(units, 0.5, 'zh-cn');
    assert.deepEqual([...found.keys()], [0, 1]);
    const a = nth(defined(found.get(0), 'findings of unit 0'), 0);
    assert.equal(a.rule, 'office/similar-text');
    assert.equal(a.other, 'd/b.md');
    assert.match(a.message, /^正文与同一文件夹中「某某县商务局」的报告大量雷同：\d+%的文字相同（\d+\/\d+句）。请核实是否照抄。$/);
  });

  it('does not compare across folders, and leaves out sentences most reports share', () => {
    assert.equal(siblingCopies([factsOf('d1/a.md', town('某某县财政局', PROSE_A)), factsOf('d2/b.md', town('某某县商务局', PROSE_A))], 0.5, 'zh-cn').size, 0);
    // Five reports with the same prose: every sentence is a set phrase of the folder, none is evidence.
    const five = ['财政局', '商务局', '教育局', '民政局', '水利局'].map((n, k) => factsOf(`d/${k}.md`, town(`某某县${n}`, PROSE_A)));
    assert.equal(siblingCopies(five, 0.5, 'zh-cn').size, 0);
  });

  it('reports a year\'s tables identical to last year\'s report of the same body', () => {
    const y2023 = factsOf('d/2023.md', CLEAN_2021);
    const y2022 = factsOf('d/2022.md', CLEAN_2021.replace(/2023年/g, '2022年').replace('2024年1月20日', '2023年1月20日'));
    assert.equal(y2022.year, 2022);
    const found = sameFiguresAsLastYear([y2022, y2023], 'zh-cn');
    assert.deepEqual([...found.keys()], [1]);
    // 67 non-zero cells of the three tables (现行有效件数 left out), all the same.
    assert.equal(nth(defined(found.get(1), 'findings of unit 1'), 0).message, '统计表数字与上一年度（2022年）报告雷同：67个非零单元格中有67个与上年相同（100%）。请核实是否沿用了上年数字。');
    const changed = factsOf('d/2022.md', CLEAN_2021.replace(/2023年/g, '2022年').replace('| 行政许可 | 1256 |', '| 行政许可 | 1100 |').replace('| 行政处罚 | 342 |', '| 行政处罚 | 300 |').replace(/\| 120 \| 15 \| 1 \| 0 \| 4 \| 2 \| 142 \|/, '| 100 | 15 | 1 | 0 | 4 | 2 | 122 |'));
    assert.equal(sameFiguresAsLastYear([changed, y2023], 'zh-cn').size, 1, 'still 90 % the same: 60 or more of 67');
  });
});

describe('office core: deadlines, verdicts and the summary', () => {
  it('is late against a stricter local deadline only when the options set one', () => {
    const unit = factsOf('d/x.md', CLEAN_2021);
    assert.deepEqual(unit.dated?.date, { year: 2024, month: 1, day: 20 });
    assert.equal(timelinessOf(unit, undefined).status, 'on-time');
    assert.deepEqual(timelinessOf(unit, { department: { month: 1, day: 15 } }), { status: 'late-local', deadline: { year: 2024, month: 1, day: 15 } });
    const r = buildOfficeReport(base([unit], { options: { deadlines: { department: { month: 1, day: 15 } } } }));
    const summary = nth(r.units, 0);
    assert.deepEqual(summary.findings.map((f) => [f.rule, f.message]), [['office/late', '落款日期2024年1月20日晚于本地要求的发布期限2024年1月15日。']]);
    assert.equal(summary.verdict, 'ok', 'a warning does not stop publication');
  });

  it('counts units by verdict and findings by severity; a file that could not be read is 无法检查', () => {
    const r = buildOfficeReport(base([factsOf('d/seed.txt', SEED_001), factsOf('d/ok.md', CLEAN_2021), { path: 'd/bad.txt', name: 'bad', cells: {}, tables: {}, sentences: [], findings: [], failure: '这是二进制文件' }]));
    assert.deepEqual(r.units.map((u) => u.verdict), ['fix', 'ok', 'failed']);
    assert.deepEqual(r.totals, { errors: 2, warnings: 1, infos: 0, ok: 1, fix: 1, others: 1, checked: 2 });
    // One report of 2020, one of 2023: the later year names the report.
    assert.equal(r.title, '2023年度政府信息公开工作年度报告校验报告');
  });
});

describe('office core: decisions sidecar', () => {
  it('marks findings new or still open, lists the fixed ones, and drops 不是问题 from counts and verdict', () => {
    const seed = factsOf('d/seed.txt', SEED_001);
    const [cellA, cellB, heading] = seed.findings;
    const sidecar = parseSidecar(JSON.stringify({ version: 1, entries: [
      { fingerprint: defined(cellA).fingerprint, decision: '不是问题', note: '单位说明：按口径不计' },
      { fingerprint: defined(cellB).fingerprint, decision: 'not-a-problem' },
      { fingerprint: 'structure/missing-part:0000000000000', unit: '旧单位', place: '第五部分', message: '缺少第五部分' },
    ] }));
    assert.deepEqual(sidecar.problems, []);
    const r = buildOfficeReport(base([seed], { sidecar: defined(sidecar.sidecar, 'the sidecar') }));
    const unit = nth(r.units, 0);
    assert.deepEqual(unit.findings.map((f) => [f.state, f.decision, f.note]), [['open', 'not-a-problem', '单位说明：按口径不计'], ['open', 'not-a-problem', undefined], ['new', undefined, undefined]]);
    assert.deepEqual(unit.counts, { errors: 0, warnings: 1, infos: 0 });
    assert.equal(unit.verdict, 'ok');
    assert.deepEqual(r.fixed.map((e) => e.message), ['缺少第五部分']);
    assert.equal(defined(heading).rule, 'structure/heading-variant');
  });

  it('records the current findings, keeping decisions; says what is wrong in a hand-edited file', () => {
    const seed = factsOf('d/seed.txt', SEED_001);
    const old = defined(parseSidecar(JSON.stringify({ version: 1, entries: [{ fingerprint: nth(seed.findings, 0).fingerprint, decision: '已核实', note: '已通知单位' }] })).sidecar, 'the sidecar');
    const applied = applySidecar([{ facts: seed, findings: seed.findings }], old);
    const written = recordSidecar(applied.units, old, '2026-02-01');
    assert.equal(written.entries.length, 3);
    const [first, second] = [nth(written.entries, 0), nth(written.entries, 1)];
    assert.deepEqual([first.decision, first.note, second.decision], ['verified', '已通知单位', undefined]);
    const text = formatSidecar(written);
    assert.match(text, /"decision": "已核实"/);
    assert.deepEqual(parseSidecar(text).sidecar?.entries.map((e) => e.fingerprint), written.entries.map((e) => e.fingerprint));
    assert.match(nth(parseSidecar('{').problems, 0), /不是有效的 JSON/);
    assert.deepEqual(parseSidecar(JSON.stringify({ version: 1, entries: [{ fingerprint: 'x', decision: '待定' }, {}] })).problems, [
      '.govreport-decisions.json 第 1 条的 decision 只能是 "已核实"（verified）或 "不是问题"（not-a-problem），收到 "待定"。',
      '.govreport-decisions.json 第 2 条没有 fingerprint，已忽略。',
    ]);
  });
});

describe('office core: options', () => {
  it('reads roster, aggregate, deadlines and similarity, and says in Chinese what it skipped', () => {
    assert.deepEqual(parseMonthDay('1月26日'), { month: 1, day: 26 });
    assert.equal(parseMonthDay('02-30'), undefined);
    const ok = normaliseOfficeOptions({ name: '某某县', roster: '名单.xlsx', aggregate: { parent: '某某县人民政府' }, deadlines: { department: '01-26' }, similarity: 0.6 });
    assert.deepEqual(ok, { office: { name: '某某县', roster: { file: '名单.xlsx' }, aggregate: { parent: '某某县人民政府' }, deadlines: { department: { month: 1, day: 26 } }, similarity: 0.6 }, problems: [] });
    const bad = normaliseOfficeOptions({ roster: 3, deadlines: { department: '02-10', town: '01-01' }, similarity: 2, extra: true });
    assert.deepEqual(bad.problems, [
      'office 中未知的选项「extra」，已忽略（可用的选项：name、roster、aggregate、deadlines、similarity）。',
      'office.roster 应为单位名称的列表，或 .csv / .xlsx 名单文件的路径。',
      'office.deadlines.department（2月10日）晚于法定期限（1月31日），已忽略：本地要求只能更早。',
      'office.deadlines 中未知的主体「town」（只能是 department 或 government）。',
      'office.similarity 应为 0 到 1 之间的比例（如 0.5），或 false 表示不查雷同。',
    ]);
  });
});
