import assert from 'node:assert/strict';
import { applyEdits, findingsOf } from '../../../support/check';
import { CLEAN_2021, replaceOnce, SEED_001 } from '../../../support/reports';
import { defined } from '../../../support/nth';

const RULE = 'structure/heading-variant';

describe(RULE, () => {
  it('is silent on standard titles', () => {
    assert.deepEqual(findingsOf(RULE, CLEAN_2021), []);
  });

  it('warns on the known variant of seed 001 and fixes it to the standard title', () => {
    const [finding, ...rest] = findingsOf(RULE, SEED_001);
    assert.ok(finding);
    assert.equal(rest.length, 0);
    assert.equal(finding.severity, 'warning');
    assert.equal(finding.data?.section, 4);
    assert.equal(SEED_001.slice(finding.range.start, finding.range.end), '政府信息公开行政复议和行政诉讼情况');
    const fixed = applyEdits(SEED_001, defined(finding.fix).edits);
    assert.ok(fixed.includes('\n四、政府信息公开行政复议、行政诉讼情况\n'));
    assert.deepEqual(findingsOf(RULE, fixed), []);
  });

  it('knows the variants of the spec for other parts too', () => {
    const text = replaceOnce(CLEAN_2021, '## 六、其他需要报告的事项', '## 六、其他事项');
    assert.deepEqual(findingsOf(RULE, text).map((f) => f.data?.section), [6]);
  });

  it('warns, with a fix the user picks, on a title that is clearly the part: 的, other words, a typo', () => {
    const cases: [string, string, number, boolean][] = [
      ['## 二、主动公开政府信息情况', '## 二、主动公开政府信息的情况', 2, true],
      ['## 五、存在的主要问题及改进情况', '## 五、存在的主要问题及整改措施', 5, false],
      ['## 五、存在的主要问题及改进情况', '## 五、政府信息公开工作存在的主要问题及改进情况', 5, true],
      ['## 四、政府信息公开行政复议、行政诉讼情况', '## 四、因政府信息公开工作被申请行政复议和提起行政诉讼情况', 4, true],
      ['## 四、政府信息公开行政复议、行政诉讼情况', '## 四、政府信息公开行政法复议、行政诉讼情况', 4, false],
    ];
    for (const [from, to, section, safe] of cases) {
      const text = replaceOnce(CLEAN_2021, from, to);
      const [finding, ...rest] = findingsOf(RULE, text);
      assert.equal(rest.length, 0, to);
      assert.equal(defined(finding).data?.section, section, to);
      assert.equal(defined(defined(finding).fix).safe, safe, to);
      assert.deepEqual(findingsOf('structure/unknown-heading', text), [], to);
      assert.ok(applyEdits(text, defined(defined(finding).fix).edits).includes(from), to);
    }
  });

  it('leaves a title that is not the part to structure/unknown-heading', () => {
    const text = replaceOnce(CLEAN_2021, '## 五、存在的主要问题及改进情况', '## 五、工作亮点与经验做法');
    assert.deepEqual(findingsOf(RULE, text), []);
    assert.equal(findingsOf('structure/unknown-heading', text).length, 1);
  });
});
