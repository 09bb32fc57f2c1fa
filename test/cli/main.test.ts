import assert from 'node:assert/strict';
import { main } from '../../server/src/cli/main';
import { encodeGb18030 } from '../support/gb18030';
import { memoryIO } from '../support/memory-io';
import { SEED_001, SEED_002, SEED_003 } from '../support/reports';
import { defined, nth } from '../support/nth';

const json = (io: { out(): string }): { version: number; files: { path: string; era: string; year: number; error?: string; findings: { rule: string; severity: string; range: { start: { line: number; character: number } }; data: Record<string, unknown> }[] }[] } => JSON.parse(io.out()) as { version: number; files: { path: string; era: string; year: number; error?: string; findings: { rule: string; severity: string; range: { start: { line: number; character: number } }; data: Record<string, unknown> }[] }[] };

describe('govreport check (in-process): output formats and exit codes', () => {
  it('prints path:line:col  severity  rule  message, 1-based, and exits 1 on an error', async () => {
    const io = memoryIO({ 'r/002.txt': SEED_002 });
    assert.equal(await main(['check', 'r/002.txt'], io), 1);
    const lines = io.out().trim().split('\n');
    assert.ok(lines.includes('r/002.txt:4:4028  error  date/before-period-end  落款日期2017年2月23日早于统计年度结束（2017年12月31日）：年度报告应在统计期结束后编制发布。'), io.out());
    assert.match(lines.at(-1) ?? '', /^共检查 1 个文件：1 个错误，2 个警告，\d+ 条提示。$/);
  });

  it('exits 0 when there is no error-severity finding', async () => {
    assert.equal(await main(['check', 'a.txt'], memoryIO({ 'a.txt': SEED_003 })), 0);
  });

  it('writes the JSON contract with 0-based UTF-16 ranges and section/item/date data', async () => {
    const io = memoryIO({ 'x/001.txt': SEED_001, 'x/002.txt': SEED_002 });
    await main(['check', '--format', 'json', 'x'], io);
    const out = json(io);
    assert.equal(out.version, 1);
    assert.deepEqual(out.files.map((f) => [f.path, f.era, f.year]), [['x/001.txt', '2019', 2020], ['x/002.txt', '2007', 2017]]);
    const variant = defined(nth(out.files, 0).findings.find((f) => f.rule === 'structure/heading-variant'));
    assert.deepEqual([variant.severity, variant.range.start, variant.data.section], ['warning', { line: 269, character: 2 }, 4]);
    const item = defined(nth(out.files, 1).findings.find((f) => f.rule === 'content/missing-item'));
    assert.equal(item.data.item, 2);
    const date = defined(nth(out.files, 1).findings.find((f) => f.rule === 'date/before-period-end'));
    assert.equal(date.data.date, '2017-02-23');
  });

  it('writes SARIF 2.1.0 with every rule and 1-based regions', async () => {
    const io = memoryIO({ '002.txt': SEED_002 });
    await main(['check', '--format=sarif', '002.txt'], io);
    const sarif = JSON.parse(io.out()) as {
      version: string;
      runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string; level: string; locations: { physicalLocation: { region: { startLine: number; startColumn: number } } }[] }[] }[];
    };
    assert.equal(sarif.version, '2.1.0');
    const run = nth(sarif.runs, 0);
    assert.ok(run.tool.driver.rules.some((r: { id: string }) => r.id === 'date/before-period-end'));
    const result = run.results.find((r: { ruleId: string }) => r.ruleId === 'date/before-period-end');
    assert.ok(result);
    assert.equal(result.level, 'error');
    const { region } = nth(result.locations, 0).physicalLocation;
    assert.deepEqual([region.startLine, region.startColumn], [4, 4028]);
  });
});

describe('govreport check (in-process): encodings, bad files and folders', () => {
  it('decodes GB18030 files instead of rejecting them', async () => {
    const text = '某局2023年政府信息公开工作年度报告\n一、总体情况\n正文。';
    const bytes = encodeGb18030(text);
    const io = memoryIO({ 'gb.txt': bytes });
    await main(['check', '--format', 'json', 'gb.txt'], io);
    const file = json(io).files[0];
    assert.ok(file);
    assert.equal(file.year, 2023);
    assert.ok(file.findings.some((f) => f.rule === 'structure/missing-part'));
  });

  it('gives a clear Chinese message for binary, empty and missing files; exit 2 only for real failures', async () => {
    const io = memoryIO({ 'doc.txt': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2]), 'empty.md': '', 'ok.txt': SEED_003 });
    assert.equal(await main(['check', 'doc.txt', 'empty.md', 'ok.txt', 'gone.txt'], io), 2);
    const out = io.out();
    assert.match(out, /doc\.txt:1:1  error  file  这是二进制文件/);
    assert.match(out, /empty\.md:1:1  info  file  文件是空的/);
    assert.match(out, /gone\.txt:1:1  error  file  文件不存在/);
    assert.match(out, /共检查 1 个文件（2 个无法检查，1 个已跳过）/);
    const empty = memoryIO({ 'empty.md': '' });
    assert.equal(await main(['check', 'empty.md'], empty), 0);
  });

  it('checks every .md/.txt in a folder, in order, skipping other files', async () => {
    const io = memoryIO({ 'd/b.md': SEED_003, 'd/a.txt': SEED_003, 'd/pic.png': new Uint8Array([0]), 'd/sub/c.txt': SEED_003, 'd/.git/x.txt': 'x' });
    await main(['check', '--format', 'json', 'd'], io);
    assert.deepEqual(json(io).files.map((f) => f.path), ['d/a.txt', 'd/b.md', 'd/sub/c.txt']);
  });

  it('skips, and says so, a file in a folder that is not a report (a README beside the reports)', async () => {
    const io = memoryIO({ 'd/README.md': '# 说明\n\n本文件夹存放各单位报送的年度报告。', 'd/a.txt': SEED_003 });
    assert.equal(await main(['check', 'd'], io), 0);
    assert.match(io.out(), /d\/README\.md:1:1  info  file  看起来不是政府信息公开工作年度报告/);
    assert.match(io.out(), /共检查 1 个文件（1 个已跳过）/);
    const named = memoryIO({ 'README.md': '# 说明\n\n一、总体情况' });
    await main(['check', '--format', 'json', 'README.md'], named);
    assert.ok(nth(json(named).files, 0).findings.length > 0, 'a file named on the command line is always checked');
  });
});

describe('govreport check (in-process): options and usage', () => {
  it('honours --era and --lang', async () => {
    const io = memoryIO({ '003.txt': SEED_003 });
    await main(['check', '--format', 'json', '--era', '2021', '--lang', 'en', '003.txt'], io);
    const file = json(io).files[0];
    assert.ok(file);
    assert.equal(file.era, '2021');
    assert.ok(file.findings.some((f) => f.rule === 'structure/missing-part'));
    assert.match(io.out(), /The title “基本情况” of part 一 is not the standard wording “一、总体情况”/);
  });

  it('says what happened to each file in English too (--lang en)', async () => {
    const io = memoryIO({ 'doc.txt': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2]), 'ok.txt': SEED_003 });
    assert.equal(await main(['check', '--lang', 'en', 'doc.txt', 'ok.txt'], io), 2);
    assert.match(io.out(), /doc\.txt:1:1  error  file  This is a binary file/);
    assert.match(io.out(), /Checked 1 file\(s\) \(1 could not be checked\): 0 error\(s\), 1 warning\(s\), 0 note\(s\)\./);
  });

  it('refuses bad usage with exit 2 and the usage text', async () => {
    for (const argv of [['check'], ['lint', 'x'], ['check', '--format', 'xml', 'a'], ['check', '--era', '2020', 'a'], ['check', '--bogus', 'a']]) {
      const io = memoryIO({});
      assert.equal(await main(argv, io), 2, argv.join(' '));
      assert.match(io.err(), /用法：govreport check/);
    }
    const help = memoryIO({});
    assert.equal(await main(['--help'], help), 0);
    assert.match(help.out(), /退出码/);
  });
});
