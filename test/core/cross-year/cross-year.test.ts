import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkAgainstPrevious } from '../../../server/src/core/check';
import { parseRcText } from '../../../server/src/core/editor/options';
import { bodyKey, isPreviousReport, pairConsecutiveYears } from '../../../server/src/core/cross-year/pairing';
import { parseReport } from '../../../server/src/core/model/parse-report';
import { applyEdits, covered } from '../../support/check';
import { replaceOnce, SEED_000, SEED_001 } from '../../support/reports';
import { defined, nth } from '../../support/nth';

/**
 * Year pairs built from the corpus: city-2025 is the peer project's complete 2025 table set
 * (unchanged); city-2024 and city-2026 are derived from it so that every cross-year relation holds
 * (2024 结转下年度 = 2025 上年结转, 现行有效 chained through 制发/废止), each internally consistent.
 */
const DIR = join(__dirname, '..', '..', 'fixtures', 'cross-year');
const Y2024 = readFileSync(join(DIR, 'city-2024.txt'), 'utf8');
const Y2025 = readFileSync(join(DIR, 'city-2025.txt'), 'utf8');
const Y2026 = readFileSync(join(DIR, 'city-2026.txt'), 'utf8');

const pair = (current: string, previous: string, rule?: string) =>
  checkAgainstPrevious(parseReport(current), parseReport(previous)).filter((f) => !rule || f.rule === rule);

describe('cross-year: pairing', () => {
  it('pairs the same body’s consecutive years, in any order', () => {
    const models = [Y2026, Y2024, Y2025].map((t) => parseReport(t));
    assert.deepEqual(pairConsecutiveYears(models), [2, -1, 1]);
    assert.ok(isPreviousReport(nth(models, 2), nth(models, 1)));
    assert.ok(!isPreviousReport(nth(models, 1), nth(models, 2)));
  });

  it('takes "乌当区人民政府" and "乌当区" as one body, a department of the city as another', () => {
    assert.equal(bodyKey(parseReport(SEED_001)), bodyKey(parseReport(SEED_001.replace('2020年乌当区人民政府信息公开', '2020年乌当区政府信息公开'))));
    assert.notEqual(bodyKey(parseReport(Y2025)), bodyKey(parseReport(Y2025.replace('测试市2025年', '测试市生态环境局2025年'))));
    assert.deepEqual(pairConsecutiveYears([parseReport(Y2025), parseReport(Y2024.replace('测试市2024年', '另一市2024年'))]), [-1, -1]);
  });
});

describe('cross-year/carried-over', () => {
  it('is silent when 上年结转 is last year’s 结转下年度继续办理 (2024→2025, 2025→2026)', () => {
    assert.deepEqual(pair(Y2025, Y2024), []);
    assert.deepEqual(pair(Y2026, Y2025), []);
  });

  it('flags each column that differs, at this year’s cell, citing last year’s figure, with a fix', () => {
    const text = replaceOnce(Y2026, '| 二、上年结转政府信息公开申请数量 | < | < | 783 | 6 | 0 | 2 | 25 | 3 | 819 |', '| 二、上年结转政府信息公开申请数量 | < | < | 780 | 6 | 0 | 2 | 25 | 3 | 816 |');
    const found = pair(text, Y2025, 'cross-year/carried-over');
    assert.deepEqual(found.map((f) => [f.data?.column, covered(text, f), f.data?.expected]), [['natural', '780', 783], ['total', '816', 819]]);
    assert.equal(nth(found, 0).severity, 'warning');
    assert.equal(nth(found, 0).message, '表三「二、上年结转政府信息公开申请数量」的「自然人」为 780，与上一年度（2025年）报告「四、结转下年度继续办理」的 783 不一致（上一年度报告第50行）。');
    const fixed = applyEdits(text, found.flatMap((f) => defined(f.fix).edits));
    assert.equal(fixed, Y2026);
  });

  it('flags last year’s side too: a 2025 report whose 结转 does not reach 2026', () => {
    const previous = replaceOnce(Y2025, '| 四、结转下年度继续办理 | < | < | 783 |', '| 四、结转下年度继续办理 | < | < | 738 |');
    assert.equal(pair(Y2026, previous, 'cross-year/carried-over').length, 1);
  });

  it('does not apply to 2007-era reports', () => {
    assert.deepEqual(pair(SEED_000, SEED_000.replace(/2018年/g, '2017年'), 'cross-year/carried-over'), []);
  });
});

describe('cross-year/in-force', () => {
  it('is silent when 现行有效 = last year’s + 制发 − 废止', () => {
    assert.deepEqual(pair(Y2025, Y2024, 'cross-year/in-force'), []);
    assert.deepEqual(pair(Y2026, Y2025, 'cross-year/in-force'), []);
  });

  it('flags a broken chain with all four figures', () => {
    const text = replaceOnce(Y2026, '| 行政规范性文件 | 300 | 100 | 4385 |', '| 行政规范性文件 | 300 | 100 | 4358 |');
    const found = pair(text, Y2025, 'cross-year/in-force');
    assert.equal(found.length, 1);
    assert.equal(covered(text, nth(found, 0)), '4358');
    assert.equal(nth(found, 0).message, '表二「行政规范性文件」现行有效件数为 4358，按上一年度（2025年）现行有效件数 4185 + 本年制发 300 − 本年废止 100 应为 4385。');
    assert.equal(nth(found, 0).related?.length, 2);
  });

  it('flags a change in last year’s figure as well, and skips a 2019-format previous report', () => {
    const previous = replaceOnce(Y2025, '| 规章 | 3 | 5 | 74 |', '| 规章 | 3 | 5 | 70 |');
    assert.equal(pair(Y2026, previous, 'cross-year/in-force').length, 1);
    const asEra2019 = checkAgainstPrevious(parseReport(Y2026), parseReport(previous, { era: '2019' })).filter((f) => f.rule === 'cross-year/in-force');
    assert.deepEqual(asEra2019, []);
  });
});

describe('cross-year/repeated-text', () => {
  it('reports a copy of last year’s prose with its share', () => {
    const copy = SEED_001.replace(/2020年/g, '2021年').replace(/2019年/g, '2020年');
    const found = pair(copy, SEED_001, 'cross-year/repeated-text');
    assert.equal(found.length, 1);
    assert.equal(nth(found, 0).severity, 'info');
    assert.ok((nth(found, 0).data?.share as number) > 0.9);
    assert.match(nth(found, 0).message, /^本报告正文约 \d+% 的内容（\d+\/\d+ 句）与上一年度（2020年）报告逐句相同/);
  });

  it('is silent on rewritten reports', () => {
    assert.deepEqual(pair(Y2025, Y2024, 'cross-year/repeated-text'), []);
    assert.deepEqual(pair(SEED_001, SEED_000, 'cross-year/repeated-text'), []);
  });
});

describe('cross-year: severities, locale and disable comments', () => {
  it('honours severities and the locale', () => {
    const text = replaceOnce(Y2026, '| 行政规范性文件 | 300 | 100 | 4385 |', '| 行政规范性文件 | 300 | 100 | 4358 |');
    const off = checkAgainstPrevious(parseReport(text), parseReport(Y2025), { severities: { 'cross-year/in-force': 'off' } });
    assert.deepEqual(off, []);
    const en = checkAgainstPrevious(parseReport(text), parseReport(Y2025), { locale: 'en' });
    assert.match(nth(en, 0).message, /gives 4385/);
  });

  it('reads the cross-year rules’ severities from settings (.govreportrc.json, govreport.rules)', () => {
    const { options, problems } = parseRcText(JSON.stringify({ rules: { 'cross-year/in-force': 'error', 'cross-year/repeated-text': 'off' } }));
    assert.deepEqual(problems, []);
    const text = replaceOnce(Y2026, '| 行政规范性文件 | 300 | 100 | 4385 |', '| 行政规范性文件 | 300 | 100 | 4358 |');
    const found = checkAgainstPrevious(parseReport(text), parseReport(Y2025), { severities: options.severities });
    assert.deepEqual(found.map((f) => [f.rule, f.severity]), [['cross-year/in-force', 'error']]);
  });

  it('honours inline disable comments on the line of the finding', () => {
    const row = '| 行政规范性文件 | 300 | 100 | 4358 |';
    const text = replaceOnce(Y2026, '| 行政规范性文件 | 300 | 100 | 4385 |', row);
    assert.equal(pair(text, Y2025, 'cross-year/in-force').length, 1);
    const silenced = replaceOnce(text, row, `<!-- govreport-disable-next-line cross-year/in-force 原因：本年新设机关，上年数字口径不同 -->\n${row}`);
    assert.deepEqual(pair(silenced, Y2025, 'cross-year/in-force'), []);
    const other = replaceOnce(text, row, `<!-- govreport-disable-next-line cross-year/carried-over 原因：其他规则 -->\n${row}`);
    assert.equal(pair(other, Y2025, 'cross-year/in-force').length, 1);
  });
});
