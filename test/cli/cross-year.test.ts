import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../server/src/cli/main';
import { parseArgs } from '../../server/src/cli/args';
import { replaceOnce } from '../support/reports';
import { memoryIO } from '../support/memory-io';
import { defined, nth } from '../support/nth';

const DIR = join(__dirname, '..', 'fixtures', 'cross-year');
const Y2025 = readFileSync(join(DIR, 'city-2025.txt'), 'utf8');
const Y2026 = readFileSync(join(DIR, 'city-2026.txt'), 'utf8');
const BROKEN_2026 = replaceOnce(Y2026, '| 二、上年结转政府信息公开申请数量 | < | < | 783 |', '| 二、上年结转政府信息公开申请数量 | < | < | 780 |');

interface JsonFile { path: string; findings: { rule: string; severity: string; message: string; data?: Record<string, unknown> }[] }
const crossYear = (json: string, path: string) => defined((JSON.parse(json) as { files: JsonFile[] }).files.find((f) => f.path === path)).findings.filter((f) => f.rule.startsWith('cross-year/'));

describe('CLI: cross-year, --previous and pairs in a folder', () => {
  it('parses --previous', () => {
    assert.deepEqual(parseArgs(['check', 'a.md', '--previous', 'b.md']), { kind: 'check', format: 'text', era: undefined, level: undefined, locale: 'zh-cn', paths: ['a.md'], previous: 'b.md' });
    assert.equal(parseArgs(['check', 'a.md', '--previous']).kind, 'usage-error');
  });

  it('checks a report against --previous (json)', async () => {
    const io = memoryIO({ 'r/2026.txt': BROKEN_2026, 'old/2025.txt': Y2025 });
    await main(['check', '--format', 'json', 'r/2026.txt', '--previous', 'old/2025.txt'], io);
    const found = crossYear(io.out(), 'r/2026.txt');
    assert.deepEqual(found.map((f) => [f.rule, f.data?.column]), [['cross-year/carried-over', 'natural']]);
  });

  it('pairs consecutive years of one body inside a folder; the earlier year gets nothing', async () => {
    const io = memoryIO({ 'reports/2025.txt': Y2025, 'reports/2026.txt': BROKEN_2026 });
    await main(['check', '--format', 'json', 'reports'], io);
    assert.equal(crossYear(io.out(), 'reports/2026.txt').length, 1);
    assert.equal(crossYear(io.out(), 'reports/2025.txt').length, 0);
  });

  it('is silent when the pair is consistent, and shows findings in text and sarif', async () => {
    const ok = memoryIO({ 'reports/2025.txt': Y2025, 'reports/2026.txt': Y2026 });
    await main(['check', '--format', 'json', 'reports'], ok);
    assert.equal(crossYear(ok.out(), 'reports/2026.txt').length, 0);
    const text = memoryIO({ 'reports/2025.txt': Y2025, 'reports/2026.txt': BROKEN_2026 });
    await main(['check', 'reports'], text);
    assert.match(text.out(), /cross-year\/carried-over/);
    const sarif = memoryIO({ 'reports/2025.txt': Y2025, 'reports/2026.txt': BROKEN_2026 });
    await main(['check', '--format', 'sarif', 'reports'], sarif);
    assert.match(sarif.out(), /"ruleId": ?"cross-year\/carried-over"/);
  });

  it('fails with exit code 2 when --previous cannot be read', async () => {
    const io = memoryIO({ 'r/2026.txt': Y2026 });
    assert.equal(await main(['check', '--format', 'json', 'r/2026.txt', '--previous', 'missing.txt'], io), 2);
  });
});

describe('CLI: cross-year rules in SARIF, under settings, and far apart in a folder', () => {
  it('lists the cross-year rules in SARIF, and applies .govreportrc.json severities and disable comments to them', async () => {
    const sarif = memoryIO({ 'reports/2025.txt': Y2025, 'reports/2026.txt': BROKEN_2026 });
    await main(['check', '--format', 'sarif', 'reports'], sarif);
    const { runs } = (JSON.parse(sarif.out()) as { runs: { tool: { driver: { rules: { id: string }[] } } }[] });
    const ids = nth(runs, 0).tool.driver.rules.map((r) => r.id);
    for (const id of ['cross-year/carried-over', 'cross-year/in-force', 'cross-year/repeated-text']) assert.ok(ids.includes(id), id);
    const rc = { ...memoryIO({ '/w/.govreportrc.json': JSON.stringify({ rules: { 'cross-year/carried-over': 'error' } }), 'reports/2025.txt': Y2025, 'reports/2026.txt': BROKEN_2026 }), cwd: '/w' };
    await main(['check', '--format', 'json', 'reports'], rc);
    assert.deepEqual(crossYear(rc.out(), 'reports/2026.txt').map((f) => f.severity), ['error']);
    const row = '| 二、上年结转政府信息公开申请数量 | < | < | 780 |';
    const silenced = replaceOnce(BROKEN_2026, row, `<!-- govreport-disable-next-line cross-year/carried-over 原因：上年数字已更正 -->\n${row}`);
    const quiet = memoryIO({ 'reports/2025.txt': Y2025, 'reports/2026.txt': silenced });
    await main(['check', '--format', 'json', 'reports'], quiet);
    assert.deepEqual(crossYear(quiet.out(), 'reports/2026.txt'), []);
  });
  it('pairs a report with a previous year met later in the folder, and after many reports in between (analysed again): same findings as side by side', async function () {
    this.timeout(120_000);
    const expected = [['cross-year/carried-over', 'natural']];
    // The current year first in the run's order: its pair is found when the previous year comes.
    const later = memoryIO({ 'reports/a-2026.txt': BROKEN_2026, 'reports/b-2025.txt': Y2025 });
    await main(['check', '--format', 'json', 'reports'], later);
    assert.deepEqual(crossYear(later.out(), 'reports/a-2026.txt').map((f) => [f.rule, f.data?.column]), expected);
    assert.deepEqual(crossYear(later.out(), 'reports/b-2025.txt'), []);
    // 100 other reports between the two years: neither analysis is kept, both are read again.
    const filler = readFileSync(join(__dirname, '..', 'fixtures', 'corpus', '000_7cc22e727452566f.txt'), 'utf8');
    const files: Record<string, string> = { 'reports/a-2025.txt': Y2025, 'reports/z-2026.txt': BROKEN_2026 };
    for (let i = 0; i < 100; i++) files[`reports/m-${String(i).padStart(3, '0')}.txt`] = filler;
    for (const [first, second] of [['a-2025.txt', 'z-2026.txt'], ['z-2025.txt', 'a-2026.txt']] as const) {
      const named: Record<string, string> = { ...files };
      delete named['reports/a-2025.txt'];
      delete named['reports/z-2026.txt'];
      named[`reports/${first}`] = Y2025;
      named[`reports/${second}`] = BROKEN_2026;
      const apart = memoryIO(named);
      await main(['check', '--format', 'json', 'reports'], apart);
      assert.deepEqual(crossYear(apart.out(), `reports/${second}`).map((f) => [f.rule, f.data?.column]), expected, `${first} then ${second}`);
      assert.equal(apart.err(), '', 'nothing said twice when a file is analysed again');
      const files100 = (JSON.parse(apart.out()) as { files: JsonFile[] }).files;
      assert.equal(files100.length, 102);
      assert.deepEqual(files100.map((f) => f.path), [...files100.map((f) => f.path)].sort(), 'results in the order of the walk');
    }
  });

  it('takes --previous for a single report whatever the file names say', async () => {
    const single = memoryIO({ 'r/x.txt': BROKEN_2026, 'old/y.txt': Y2025 });
    await main(['check', '--format', 'json', 'r/x.txt', '--previous', 'old/y.txt'], single);
    assert.deepEqual(crossYear(single.out(), 'r/x.txt').map((f) => f.rule), ['cross-year/carried-over']);
  });
});
