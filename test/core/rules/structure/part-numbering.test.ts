import assert from 'node:assert/strict';
import { applyEdits, findingsOf } from '../../../support/check';
import { CLEAN_2021, replaceOnce, SEED_001, withoutPart } from '../../../support/reports';
import { defined } from '../../../support/nth';

const RULE = 'structure/part-numbering';

describe(RULE, () => {
  it('is silent on correctly numbered parts', () => {
    assert.deepEqual(findingsOf(RULE, CLEAN_2021), []);
    assert.deepEqual(findingsOf(RULE, SEED_001), []);
  });

  it('renumbers a part whose number does not match what it is', () => {
    const text = replaceOnce(withoutPart(CLEAN_2021, '## 五、存在的主要问题及改进情况'), '## 六、其他需要报告的事项', '## 五、其他需要报告的事项');
    const [finding, ...rest] = findingsOf(RULE, text);
    assert.ok(finding);
    assert.equal(rest.length, 0);
    assert.equal(finding.severity, 'warning');
    assert.equal(finding.data?.section, 6);
    assert.equal(text.slice(finding.range.start, finding.range.end), '五');
    assert.ok(finding.fix?.safe);
    const fixed = applyEdits(text, finding.fix.edits);
    assert.ok(fixed.includes('## 六、其他需要报告的事项'));
    assert.deepEqual(findingsOf(RULE, fixed), []);
  });

  it('gives a standard title written without its number the number, as a safe fix', () => {
    const text = replaceOnce(CLEAN_2021, '## 二、主动公开政府信息情况', '## 主动公开政府信息情况');
    const [first, ...rest] = findingsOf(RULE, text);
    const finding = defined(first);
    assert.equal(rest.length, 0);
    assert.equal(finding.data?.section, 2);
    assert.match(finding.message, /标题前缺少编号「二、」/);
    const fixed = applyEdits(text, defined(finding.fix).edits);
    assert.ok(fixed.includes('## 二、主动公开政府信息情况'));
    assert.deepEqual(findingsOf(RULE, fixed), []);
    assert.deepEqual(findingsOf('structure/missing-part', text), []);
  });

  it('gives a title that lost its number but kept the 、 only the number (no second 、)', () => {
    const text = replaceOnce(CLEAN_2021, '## 二、主动公开政府信息情况', '## 、主动公开政府信息情况');
    const finding = defined(findingsOf(RULE, text)[0]);
    assert.equal(finding.data?.section, 2);
    const fixed = applyEdits(text, defined(finding.fix).edits);
    assert.ok(fixed.includes('## 二、主动公开政府信息情况\n'), fixed.slice(0, 400));
    assert.deepEqual(findingsOf(RULE, fixed), []);
  });
});
