import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRulePack } from '../../../server/src/core/editor/rule-pack';
import type { LocalRules } from '../../../server/src/core/rules/local-rules';
import { checkReport } from '../../../server/src/core/check';
import { corpusReports, corpusText, findingsOf } from '../../support/check';
import { defined } from '../../support/nth';
import { CLEAN_2019, CLEAN_2021, SEED_000, SEED_001 } from '../../support/reports';

/**
 * The rules a rule pack drives, on real reports. SEED_001 is 乌当区人民政府's 2020 report
 * (published 2021-01-30, line 2; its part 一 runs over several long paragraphs and names
 * 《乌当区2020年政务公开工作要点》 under （三）政府信息管理; its part 六 says only 暂无). page-017
 * is 浑南区民族和宗教事务局's 2021 report: a part 一 of four short numbered lines, a part 六 on fees.
 */
const PAGE_017 = corpusText('real/pages/017.txt');
const LOCAL_RULES = ['date/local-deadline', 'content/part-one-length', 'content/required-phrase'];
const pack = (rules: Omit<LocalRules, 'name'>): LocalRules => ({ name: '某市要求', ...rules });

describe('rules a rule pack drives: none without a pack, the example pack on a real report', () => {
  it('with no pack, none of them says anything on any corpus report or example', () => {
    for (const text of [...corpusReports().map(corpusText), CLEAN_2019, CLEAN_2021]) {
      const found = checkReport(text).findings.filter((f) => LOCAL_RULES.includes(f.rule));
      assert.deepEqual(found, []);
    }
  });

  it('the example pack on a real report: a short part 一 without 政务公开工作要点, a part 六 without 建议提案办理', () => {
    const reading = parseRulePack(readFileSync(join(__dirname, '..', '..', '..', 'examples', 'packs', '示例市.govreport-pack.json'), 'utf8'), 'x');
    const { findings } = checkReport(PAGE_017, { local: reading.pack?.local, severities: reading.pack?.severities });
    const local = findings.filter((f) => LOCAL_RULES.includes(f.rule)).map((f) => `${f.rule} ${PAGE_017.slice(f.range.start, f.range.end)}`);
    assert.deepEqual(local, ['content/part-one-length 一、总体情况', 'content/required-phrase 一、总体情况', 'content/required-phrase 六、其他需要报告的事项']);
  });
});

describe('rules a rule pack drives: date/local-deadline', () => {
  const RULE = 'date/local-deadline';
  it('finds a government report published after the local deadline, at its date', () => {
    const found = findingsOf(RULE, SEED_001, { local: pack({ deadlines: { government: { month: 1, day: 20 } } }) });
    assert.equal(found.length, 1);
    const f = defined(found[0]);
    assert.equal(f.severity, 'warning');
    assert.equal(SEED_001.slice(f.range.start, f.range.end), '2021-01-30');
    assert.equal(f.message, '发布日期2021年1月30日晚于本地规定的期限2021年1月20日（规则包「某市要求」）。');
  });
  it('is silent when the date is within the local deadline, or the pack sets only the other level’s', () => {
    assert.deepEqual(findingsOf(RULE, SEED_001, { local: pack({ deadlines: { government: { month: 3, day: 15 } } }) }), []);
    assert.deepEqual(findingsOf(RULE, SEED_001, { local: pack({ deadlines: { department: { month: 1, day: 20 } } }) }), []);
  });
  it('leaves a date past the national deadline to date/after-deadline (one finding, not two)', () => {
    const late = SEED_001.replace('2021-01-30', '2021-04-02');
    const local = pack({ deadlines: { government: { month: 1, day: 20 } } });
    assert.deepEqual(findingsOf(RULE, late, { local }), []);
    assert.equal(findingsOf('date/after-deadline', late, { local }).length, 1);
  });
  it('does not judge reports under the 2007 条例', () => {
    assert.deepEqual(findingsOf(RULE, SEED_000, { local: pack({ deadlines: { government: { month: 1, day: 2 }, department: { month: 1, day: 2 } } }) }), []);
  });
});

describe('rules a rule pack drives: content/part-one-length', () => {
  const RULE = 'content/part-one-length';
  it('finds a part 一 of four short lines under a minimum of 800 characters, at its heading', () => {
    const found = findingsOf(RULE, PAGE_017, { local: pack({ partOne: { minChars: 800 } }) });
    assert.equal(found.length, 1);
    const [f] = found;
    assert.equal(PAGE_017.slice(f?.range.start, f?.range.end), '一、总体情况');
    assert.match(f?.message ?? '', /^第一部分「总体情况」约 \d+ 字，少于本地要求的 800 字（规则包「某市要求」）。$/);
    const length = Number(f?.data?.length);
    assert.ok(length > 100 && length < 400, `four short lines: ${String(length)}`);
    assert.deepEqual(findingsOf(RULE, PAGE_017, { local: pack({ partOne: { minChars: 100 } }) }), []);
  });
  it('finds a part 一 of several long paragraphs over a maximum of 1,000 characters', () => {
    const found = findingsOf(RULE, SEED_001, { local: pack({ partOne: { maxChars: 1000 } }) });
    assert.equal(found.length, 1);
    assert.match(found[0]?.message ?? '', /超过本地要求的 1000 字/);
    assert.deepEqual(findingsOf(RULE, SEED_001, { local: pack({ partOne: { maxChars: 20_000 } }) }), []);
  });
  it('does not judge a part 一 that no later part follows (a copy cut off)', () => {
    const cut = PAGE_017.slice(0, PAGE_017.indexOf('二、主动公开'));
    assert.deepEqual(findingsOf(RULE, cut, { local: pack({ partOne: { minChars: 800 } }) }), []);
  });
});

describe('rules a rule pack drives: content/required-phrase', () => {
  const RULE = 'content/required-phrase';
  it('is met by the phrase where it stands, in traditional characters or broken by a line', () => {
    for (const anyOf of [['政务公开工作要点'], ['政務公開工作要點'], ['没有这句', '政务公开工作要点']]) {
      assert.deepEqual(findingsOf(RULE, SEED_001, { local: pack({ phrases: [{ anyOf, scope: 1 }] }) }), [], anyOf.join());
    }
    const broken = SEED_001.replace('2020年政务公开工作要点', '2020年政务公开\n工作要点');
    assert.deepEqual(findingsOf(RULE, broken, { local: pack({ phrases: [{ anyOf: ['政务公开工作要点'], scope: 1 }] }) }), []);
    assert.deepEqual(findingsOf(RULE, SEED_001, { local: pack({ phrases: [{ anyOf: ['政府信息公开专栏'], scope: 'preamble' }, { anyOf: ['暂无'], scope: 'any' }] }) }), []);
  });
  it('finds a part 六 that does not state what the pack requires, at the part’s heading, with the note', () => {
    const local = pack({ phrases: [{ anyOf: ['建议提案办理', '建议和提案办理'], scope: 6, note: '市政务公开办要求说明建议提案办理结果公开情况' }] });
    const found = findingsOf(RULE, PAGE_017, { local });
    assert.equal(found.length, 1);
    const [f] = found;
    assert.equal(PAGE_017.slice(f?.range.start, f?.range.end), '六、其他需要报告的事项');
    assert.equal(f?.message, '第六部分没有写到「建议提案办理」或「建议和提案办理」：市政务公开办要求说明建议提案办理结果公开情况（规则包「某市要求」）。');
    assert.deepEqual(findingsOf(RULE, SEED_001, { local }).length, 1, 'SEED_001’s part 六 is 暂无');
  });
  it('finds a phrase missing from the opening at the title, and from a part that lacks it', () => {
    const found = findingsOf(RULE, SEED_001, { local: pack({ phrases: [{ anyOf: ['政府信息公开指南'], scope: 'preamble' }, { anyOf: ['政务公开工作要点'], scope: 2 }] }) });
    assert.deepEqual(found.map((f) => SEED_001.slice(f.range.start, f.range.end)), ['2020年乌当区人民政府信息公开工作年度报告', '二、主动公开政府信息情况']);
  });
  it('does not judge a part that is missing or cut off', () => {
    const cut = PAGE_017.slice(0, PAGE_017.indexOf('二、主动公开'));
    assert.deepEqual(findingsOf(RULE, cut, { local: pack({ phrases: [{ anyOf: ['政务公开工作要点'], scope: 1 }, { anyOf: ['建议提案'], scope: 6 }] }) }), []);
  });
});
