import assert from 'node:assert/strict';
import { applyEdits, findingsOf } from '../../../support/check';
import { CLEAN_2021, replaceOnce, SEED_001 } from '../../../support/reports';

const RULE = 'structure/unknown-heading';

describe(RULE, () => {
  it('is silent on standard titles and known variants', () => {
    assert.deepEqual(findingsOf(RULE, CLEAN_2021), []);
    assert.deepEqual(findingsOf(RULE, SEED_001), []);
  });

  it('leaves a title with the keywords of the part its number names to structure/heading-variant', () => {
    for (const title of ['四、政府信息公开行政法复议、行政诉讼情况', '四、复议诉讼有关情况']) {
      assert.deepEqual(findingsOf(RULE, replaceOnce(CLEAN_2021, '四、政府信息公开行政复议、行政诉讼情况', title)), [], title);
    }
  });

  it('keeps the error for a title with the keywords of another part (三 written where 四 stands)', () => {
    const text = replaceOnce(CLEAN_2021, '## 四、政府信息公开行政复议、行政诉讼情况', '## 四、依申请公开情况');
    assert.equal(findingsOf(RULE, text).length, 1);
  });

  it('reports an unrecognised title as an error, with an optional fix to the standard title', () => {
    const text = replaceOnce(CLEAN_2021, '## 四、政府信息公开行政复议、行政诉讼情况', '## 四、工作亮点与经验');
    const [finding] = findingsOf(RULE, text);
    assert.ok(finding);
    assert.equal(finding.severity, 'error');
    assert.equal(finding.data?.section, 4);
    assert.match(finding.message, /无法识别第四部分的标题「工作亮点与经验」/);
    assert.equal(finding.fix?.safe, false);
    assert.deepEqual(findingsOf(RULE, applyEdits(text, finding.fix.edits)), []);
  });
});
