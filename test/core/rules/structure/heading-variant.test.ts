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
});
