import assert from 'node:assert/strict';
import { applyEdits, findingsOf } from '../../../support/check';
import { CLEAN_2021, replaceOnce, SEED_001, withoutPart } from '../../../support/reports';

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
});
