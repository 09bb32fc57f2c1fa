import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits, covered, findingsOf } from '../../support/check';
import { replaceOnce, SEED_000, SEED_001, SEED_002, SEED_003, SEED_004 } from '../../support/reports';

const RULE = 'prose/table-mismatch';
const Y2025 = readFileSync(join(__dirname, '..', '..', 'fixtures', 'cross-year', 'city-2025.txt'), 'utf8');
const withSentence = (s: string) => replaceOnce(Y2025, '主动公开方面成效明显。', `主动公开方面成效明显。${s}`);

describe(RULE, () => {
  it('is silent on the seeds (001: 共受理91人次政府信息公开申请99件 = 本年新收 99)', () => {
    for (const seed of [SEED_000, SEED_001, SEED_002, SEED_003, SEED_004]) assert.deepEqual(findingsOf(RULE, seed), []);
  });

  it('flags a received count that differs from 本年新收 总计, at the prose figure, citing the cell, with an align fix', () => {
    const text = replaceOnce(SEED_001, '政府信息公开申请99件', '政府信息公开申请98件');
    const found = findingsOf(RULE, text);
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'warning');
    assert.equal(covered(text, found[0]), '98');
    assert.equal(found[0].message, '正文所述收到申请 98 件，与表三「一、本年新收政府信息公开申请数量」总计 99 件不一致。');
    assert.equal(covered(text, found[0].related![0]), '99');
    assert.deepEqual(findingsOf(RULE, applyEdits(text, found[0].fix!.edits)), []);
  });

  it('agrees with a Markdown table', () => {
    assert.deepEqual(findingsOf(RULE, withSentence('全年共收到政府信息公开申请14069件。')), []);
    assert.equal(findingsOf(RULE, withSentence('全年共收到政府信息公开申请14096件。')).length, 1);
  });

  it('leaves subsets, sub-periods, 人次, approximations and figures including 结转 alone', () => {
    for (const s of [
      '其中网上收到申请14件。',
      '上半年收到政府信息公开申请7000件。',
      '共受理申请人13000人次。',
      '全年共收到政府信息公开申请约14000件。',
      '全年共受理申请14629件（含上年结转560件）。',
      '通过网络平台收到申请9000件。',
    ]) assert.deepEqual(findingsOf(RULE, withSentence(s)), [], s);
  });
});
