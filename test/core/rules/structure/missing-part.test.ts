import assert from 'node:assert/strict';
import { applyEdits, corpusText, findingsOf } from '../../../support/check';
import { CLEAN_2019, CLEAN_2021, SEED_001, withoutPart } from '../../../support/reports';
import { defined, nth } from '../../../support/nth';

const RULE = 'structure/missing-part';

describe(RULE, () => {
  it('is silent when all six parts are there (2021 Markdown, 2019 plain text, seed 001)', () => {
    assert.deepEqual(findingsOf(RULE, CLEAN_2021), []);
    assert.deepEqual(findingsOf(RULE, CLEAN_2019), []);
    assert.deepEqual(findingsOf(RULE, SEED_001), []);
  });

  it('names each missing part as an error with section data', () => {
    const text = withoutPart(withoutPart(CLEAN_2021, '## 五、存在的主要问题及改进情况'), '## 二、主动公开政府信息情况');
    const found = findingsOf(RULE, text);
    assert.deepEqual(found.map((f) => [f.severity, f.data?.section]), [['error', 2], ['error', 5]]);
    assert.match(nth(found, 1).message, /缺少第五部分「五、存在的主要问题及改进情况」/);
  });

  it('inserts the missing part at its place, in the report\'s heading style', () => {
    const text = withoutPart(CLEAN_2021, '## 五、存在的主要问题及改进情况');
    const [finding] = findingsOf(RULE, text);
    assert.ok(finding);
    const fixed = applyEdits(text, defined(finding.fix).edits);
    assert.ok(fixed.indexOf('## 五、存在的主要问题及改进情况') > fixed.indexOf('## 四、'));
    assert.ok(fixed.indexOf('## 五、存在的主要问题及改进情况') < fixed.indexOf('## 六、'));
    assert.deepEqual(findingsOf(RULE, fixed), []);
  });

  it('appends a missing last part before the signature', () => {
    const text = withoutPart(CLEAN_2021, '## 六、其他需要报告的事项');
    const [finding] = findingsOf(RULE, text);
    assert.ok(finding);
    const fixed = applyEdits(text, defined(finding.fix).edits);
    assert.ok(fixed.indexOf('## 六、其他需要报告的事项') < fixed.indexOf('示例市生态环境局\n2024年1月20日'));
    assert.deepEqual(findingsOf(RULE, fixed), []);
  });

  it('says in one warning which parts are missing after a text that stops mid-sentence (page 016)', () => {
    // The page holds 一 to 五 and stops at "…并加强": 六 is missing or was not copied.
    const found = findingsOf(RULE, corpusText('real/pages/016.txt'));
    assert.equal(found.length, 1);
    assert.equal(nth(found, 0).severity, 'warning');
    assert.deepEqual(nth(found, 0).data?.sections, [6]);
    assert.match(nth(found, 0).message, /其后缺少「六、其他需要报告的事项」/);
  });

  it('does not let a missing final 。 hide missing parts: one finding names them all', () => {
    const text = '某县人民政府2020年政府信息公开工作年度报告\n\n一、总体情况\n\n2020年，我县认真贯彻落实条例，加大主动公开力度，并加强';
    const found = findingsOf(RULE, text);
    assert.equal(found.length, 1);
    assert.deepEqual(nth(found, 0).data?.sections, [2, 3, 4, 5, 6]);
    assert.equal(findingsOf(RULE, `${text}。`).length, 5, 'finished with 。: one error per missing part');
  });

  it('does not apply to 2007-era reports', () => {
    assert.deepEqual(findingsOf(RULE, corpusText('real/pages/005.txt')), []);
  });
});
