import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync, strFromU8 } from 'fflate';
import { main } from '../../server/src/cli/main';
import { renderDocx } from '../../server/src/office/docx';
import { readSheetRows, renderXlsx } from '../../server/src/office/xlsx';
import { displayWidth } from '../../server/src/core/text/display-width';
import { memoryIO } from '../support/memory-io';
import { defined, nth } from '../support/nth';
import { CLEAN_2021, SEED_001 } from '../support/reports';

/** `govreport report` in-process: the 校验报告 in each format, read back as a user's program would. */
const CORPUS = join(__dirname, '..', 'fixtures', 'corpus');
const AGGREGATE = join(__dirname, '..', 'fixtures', 'office', 'aggregate');
const exporters = () => ({ renderXlsx, renderDocx, readSheetRows });
const NOW = () => new Date(2026, 1, 1);

function corpusFolder(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(CORPUS).filter((n) => n.endsWith('.txt')).sort()) files[`d/${name}`] = readFileSync(join(CORPUS, name), 'utf8');
  return files;
}

function aggregateFolder(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(AGGREGATE).filter((n) => n.endsWith('.txt') || n === '.govreportrc.json')) files[`/w/agg/${name}`] = readFileSync(join(AGGREGATE, name), 'utf8');
  return files;
}

const decode = (b: Uint8Array | undefined): string => new TextDecoder().decode(b);
const unescape = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

describe('govreport report (in-process): the HTML page', () => {
  it('lists every file of the corpus once, with exactly the findings of check, in order', async () => {
    const files = corpusFolder();
    const checkIO = memoryIO(files);
    const checkCode = await main(['check', '--format', 'json', 'd'], checkIO);
    const checked = JSON.parse(checkIO.out()) as { files: { path: string; findings: { rule: string; message: string; range: { start: { line: number } } }[] }[] };
    const io = Object.assign(memoryIO(files), { exporters, now: NOW });
    const code = await main(['report', 'd', '--out', 'out/校验报告.html'], io);
    assert.equal(code, checkCode);
    assert.match(io.out(), /^已生成校验报告 out\/校验报告\.html：共 13 份报告，8 份可以发布，5 份需整改。\n$/);
    const html = decode(io.written.get('out/校验报告.html'));
    const summary = html.slice(html.indexOf('<table class="summary">'), html.indexOf('</table>', html.indexOf('<table class="summary">')));
    for (const f of checked.files) assert.equal(summary.split(`<td>${f.path.slice(2)}</td>`).length - 1, 1, `${f.path} once in the summary`);
    const sections = html.split(/<section class="unit(?: short)?">/).slice(1);
    assert.equal(sections.length, checked.files.length);
    checked.files.forEach((file, k) => {
      const section = nth(sections, k);
      assert.ok(section.includes(escape(file.path)), file.path);
      const shown = [...section.matchAll(/<td>([^<]*)(?:<br><span class="place">[^<]*<\/span>)?<br><span class="place">([a-z-]+\/[a-z0-9-]+)<\/span><\/td>/g)].map((m) => [m[2], unescape(nth(m, 1))]);
      assert.deepEqual(shown, file.findings.map((f) => [f.rule, f.message]), file.path);
      const lines = [...section.matchAll(/<td>第(\d+)行<br>/g)].map((m) => Number(m[1]));
      assert.deepEqual(lines, file.findings.map((f) => f.range.start.line + 1), `${file.path}: lines`);
    });
  });

  it('escapes every piece of report text and has no script', async () => {
    const hostile = CLEAN_2021.replace('## 四、政府信息公开行政复议、行政诉讼情况', '## 四、政府信息公开行政复议和<img src=x onerror=alert(1)>诉讼情况');
    const io = Object.assign(memoryIO({ 'h/a.md': hostile }), { now: NOW });
    await main(['report', 'h', '--out', 'r.html'], io);
    const html = decode(io.written.get('r.html'));
    assert.doesNotMatch(html, /<script|<img|onerror=alert\(1\)>/i);
    assert.match(html, /&lt;img src=x onerror=alert/);
    assert.match(html, /Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"/);
  });
});

describe('govreport report (in-process): the workbook and the Word document', () => {
  it('writes an .xlsx with one row per unit and one sheet of findings (read back with exceljs)', async () => {
    const io = Object.assign(memoryIO(aggregateFolder()), { exporters, now: NOW, cwd: '/w' });
    assert.equal(await main(['report', '/w/agg', '--out', '/w/r.xlsx'], io), 0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(defined(io.written.get('/w/r.xlsx'))) as unknown as ArrayBuffer);
    assert.deepEqual(book.worksheets.map((s) => s.name), ['汇总表', '问题清单', '汇总核对']);
    const summary = defined(book.getWorksheet('汇总表'), 'the sheet 汇总表');
    const rows = summary.getSheetValues().filter((r) => Array.isArray(r)) as unknown[][];
    assert.deepEqual(nth(rows, 0).slice(1), ['序号', '单位', '年度', '格式', '文件', '错误', '警告', '提示', '结论', '发布日期', '是否逾期']);
    assert.deepEqual(rows.slice(1).map((r) => [r[2], r[3], r[9]]), [['测试市', 2025, '可以发布'], ['测试市丙区', 2025, '可以发布'], ['测试市乙区', 2025, '可以发布'], ['测试市甲区', 2025, '可以发布']]);
    const findings = defined(book.getWorksheet('问题清单'), 'the sheet 问题清单');
    assert.equal(findings.rowCount, 1 + 4, 'one heading-variant warning per report');
    assert.equal(findings.getRow(2).getCell(9).value, 'structure/heading-variant');
    assert.match(findings.getRow(2).getCell(11).text, /^structure\/heading-variant:[0-9a-f]{13}$/);
  });

  it('writes a .docx whose tables repeat their header row and keep rows whole, with page numbers', async () => {
    const io = Object.assign(memoryIO(aggregateFolder()), { exporters, now: NOW, cwd: '/w' });
    await main(['report', '/w/agg', '--out', '/w/r.docx'], io);
    const zip = unzipSync(defined(io.written.get('/w/r.docx')));
    const xml = strFromU8(defined(zip['word/document.xml'], 'word/document.xml'));
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    assert.ok(text.startsWith('测试市2025年度政府信息公开工作年度报告校验报告'), text.slice(0, 60));
    for (const name of ['测试市丙区', '测试市乙区', '测试市甲区', '汇总核对', '汇总报告表二、表三、表四各单元格与各单位合计一致。']) assert.ok(text.includes(name), name);
    assert.ok((xml.match(/<w:tblHeader\/>/g) ?? []).length >= 2);
    assert.ok((xml.match(/<w:cantSplit\/>/g) ?? []).length > 8);
    const footer = defined(Object.keys(zip).find((k) => /^word\/footer\d*\.xml$/.test(k)), 'a footer part');
    assert.match(strFromU8(defined(zip[footer])), /PAGE/);
  });

  it('says where each finding of a Word file is in the .docx (表三第20行第4列, 第4段), not a line of its rendering', async () => {
    // The planted cell and sentence are read from the fixture's source (test/fixtures/word/city-2025-planted.md:
    // 「2.重复申请」/自然人 = 174 in Word table 3 row 20 column 4; 14096 in paragraph 4).
    const docx = readFileSync(join(__dirname, '..', 'fixtures', 'word', 'city-2025-planted.docx'));
    const io = Object.assign(memoryIO({ '/w/u/planted.docx': docx }), { exporters, now: NOW, cwd: '/w' });
    await main(['report', '/w/u', '--out', '/w/r.html'], io);
    const html = unescape(decode(io.written.get('/w/r.html')));
    const rowOf = (rule: string): string => defined([...html.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => m[1] ?? '').find((row) => row.includes(rule)), rule);
    assert.match(rowOf('table/wrong-cell'), /表三第20行第4列/);
    assert.match(rowOf('prose/table-mismatch'), /第4段/);
    assert.doesNotMatch(rowOf('table/wrong-cell'), /第\d+行(?!第)/);
  });
});

describe('govreport report (in-process): re-checks, rosters and deadlines', () => {
  it('records the findings, then a re-check shows what is fixed, still open and new', async () => {
    const first = Object.assign(memoryIO({ '/w/r/seed.txt': SEED_001 }), { now: NOW, cwd: '/w' });
    assert.equal(await main(['report', '/w/r', '--out', '/w/one.html', '--record'], first), 1);
    const sidecar = decode(first.written.get('/w/r/.govreport-decisions.json'));
    const entries = (JSON.parse(sidecar) as { entries: { rule: string; decision: string }[] }).entries;
    assert.deepEqual(entries.map((e) => [e.rule, e.decision]), [['table/wrong-cell', ''], ['table/wrong-cell', ''], ['structure/heading-variant', '']]);
    assert.match(first.out(), /已把 3 个问题记入 \/w\/r\/\.govreport-decisions\.json/);
    // The unit fixes its heading and adds a paragraph (lines move); the reviewer marks one cell 不是问题.
    const edited = sidecar.replace('"decision": ""', '"decision": "不是问题"');
    const fixed = SEED_001.replace('四、政府信息公开行政复议和行政诉讼情况', '四、政府信息公开行政复议、行政诉讼情况').replace('一、总体情况', '一、总体情况\n新增一段。\n');
    const second = Object.assign(memoryIO({ '/w/r/seed.txt': fixed, '/w/r/.govreport-decisions.json': edited }), { now: NOW, cwd: '/w' });
    assert.equal(await main(['report', '/w/r', '--out', '/w/two.html'], second), 1);
    const html = decode(second.written.get('/w/two.html'));
    const states = [...html.matchAll(/<td class="state">([^<]*)<\/td>/g)].map((m) => m[1]);
    assert.deepEqual(states, ['仍未整改 · 不是问题', '仍未整改']);
    const fixedPart = html.slice(html.indexOf('已整改的问题'));
    assert.match(fixedPart, /第四部分标题「政府信息公开行政复议和行政诉讼情况」不是规范写法/);
    assert.match(html, /错误 1 · 警告 0 · 提示 0/);
  });

  it('lists who has not submitted from a roster file named in .govreportrc.json, and who published late', async () => {
    const files = {
      ...aggregateFolder(),
      '/w/agg/.govreportrc.json': JSON.stringify({ office: { roster: '名单.csv', deadlines: { government: '01-15' } } }),
      '/w/agg/名单.csv': '单位名称\n测试市甲区\n测试市乙区\n测试市丙区\n测试市丁区\n测试市\n',
    };
    const io = Object.assign(memoryIO(files), { now: NOW, cwd: '/w' });
    await main(['report', '/w/agg', '--out', '/w/r.html'], io);
    const html = decode(io.written.get('/w/r.html'));
    assert.match(html, /名单内单位 5 个，已报送 4 个，未报送 1 个。/);
    assert.match(html, /<b>未报送：<\/b>测试市丁区/);
    assert.match(html, /<b>逾期发布：<\/b>无/);
  });

  it('reads an .xlsx roster (written by exceljs, as Excel would) given with --roster', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('名单');
    sheet.addRows([['序号', '单位名称', '类型'], [1, '测试市', '汇总'], [2, '测试市甲区', ''], [3, '测试市乙区', ''], [4, '测试市丙区', ''], [5, '测试市戊区', '']]);
    const roster = new Uint8Array(await book.xlsx.writeBuffer());
    const files = { ...aggregateFolder(), '/w/名单.xlsx': roster };
    delete (files as Record<string, unknown>)['/w/agg/.govreportrc.json'];
    const io = Object.assign(memoryIO(files), { exporters, now: NOW, cwd: '/w' });
    assert.equal(await main(['report', '/w/agg', '--roster', '/w/名单.xlsx', '--out', '/w/r.html'], io), 0);
    const html = decode(io.written.get('/w/r.html'));
    assert.match(html, /名单内单位 5 个，已报送 4 个，未报送 1 个。/);
    assert.match(html, /<b>未报送：<\/b>测试市戊区/);
    // The roster's 类型 column made 测试市 the aggregate of the other four; 戊区 has not reported.
    assert.match(html, /汇总报告：测试市；汇总单位 4 个：测试市甲区、测试市乙区、测试市丙区、测试市戊区。/);
    assert.match(html, /汇总的下级单位「测试市戊区」没有报告/);
  });
});

describe('govreport report (in-process): progress and refusals', () => {
  it('draws a progress bar on a terminal, erased at the end, and nothing when stderr is not one', async () => {
    const files = corpusFolder();
    const tty = Object.assign(memoryIO(files), { now: NOW, terminal: { columns: 60 } });
    await main(['report', 'd', '--out', 'r.html'], tty);
    const frames = tty.err().split('\r').filter((f) => f !== '');
    assert.ok(frames.length >= 2, tty.err());
    assert.match(nth(frames, 0), /^检查 \[[█░]{24}\] \d+\/13 /);
    assert.ok(frames.some((f) => f.startsWith(`检查 [${'█'.repeat(24)}] 13/13 `)), 'the last file is drawn');
    assert.ok(tty.err().endsWith('\r\u001b[K'), 'erased at the end');
    for (const f of frames) assert.ok(displayWidth(f.replace('\u001b[K', '')) <= 59, `wider than the terminal: ${f}`);
    const piped = Object.assign(memoryIO(files), { now: NOW });
    await main(['report', 'd', '--out', 'r.html'], piped);
    assert.equal(piped.err(), '');
    const off = Object.assign(memoryIO(files), { now: NOW, terminal: { columns: 60 } });
    await main(['report', 'd', '--out', 'r.html', '--no-progress'], off);
    assert.equal(off.err(), '');
  });

  it('refuses an output it cannot write as, and a roster it cannot read, with exit 2', async () => {
    const io = memoryIO({ 'd/a.md': CLEAN_2021 });
    assert.equal(await main(['report', 'd', '--out', 'r.pdf'], io), 2);
    assert.match(io.err(), /校验报告只能保存为 \.html、\.xlsx 或 \.docx，收到「r\.pdf」/);
    const noRoster = memoryIO({ 'd/a.md': CLEAN_2021 });
    assert.equal(await main(['report', 'd', '--out', 'r.html', '--roster', 'gone.csv'], noRoster), 2);
    assert.match(noRoster.err(), /无法读取单位名单 gone\.csv/);
    assert.ok(noRoster.written.has('r.html'), 'the report is still written');
  });
});

function escape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

describe('govreport report (in-process): a rule pack\'s deadlines', () => {
  // examples/2020-示例县-2019年格式.txt: a county government's 2020 report signed 2021年3月20日
  // (its last line); the example pack asks governments to publish by 3月15日.
  const COUNTY = readFileSync(join(__dirname, '..', '..', 'examples', '2020-示例县-2019年格式.txt'), 'utf8');
  const PACK = readFileSync(join(__dirname, '..', '..', 'examples', 'packs', '示例市.govreport-pack.json'), 'utf8');
  const run = async (rc: unknown, argv: readonly string[] = []) => {
    const io = Object.assign(memoryIO({ '/w/r/县.txt': COUNTY, '/w/r/pack.json': PACK, '/w/r/.govreportrc.json': JSON.stringify(rc) }), { now: NOW, cwd: '/w' });
    await main(['report', '/w/r', '--out', '/w/r.html', ...argv], io);
    return unescape(decode(io.written.get('/w/r.html')));
  };
  const late = (html: string) => /<b>逾期发布：<\/b>([^<]*)/.exec(html)?.[1];

  it('judges 及时性 by the pack named in .govreportrc.json, said once (the check\'s finding, no second office one)', async () => {
    const html = await run({ pack: 'pack.json' });
    assert.match(late(html) ?? '', /^示例县/);
    assert.equal(html.split('晚于本地规定的期限2021年3月15日').length - 1, 1);
    assert.ok(!html.includes('晚于本地要求的发布期限'));
  });

  it('takes the earlier of office.deadlines and the pack\'s, and the pack given with --pack', async () => {
    assert.match(late(await run({ office: { deadlines: { government: '03-25' } } }, ['--pack', '/w/r/pack.json'])) ?? '', /^示例县/);
    assert.equal(late(await run({ office: { deadlines: { government: '03-25' } } })), undefined, 'on time by 3月25日: no one listed late');
    const officeOnly = await run({ office: { deadlines: { government: '03-18' } } });
    assert.match(late(officeOnly) ?? '', /^示例县/);
    assert.equal(officeOnly.split('晚于本地要求的发布期限2021年3月18日').length - 1, 1);
  });
});
