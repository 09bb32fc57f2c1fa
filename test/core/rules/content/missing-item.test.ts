import assert from 'node:assert/strict';
import { corpusText, findingsOf } from '../../../support/check';
import { CLEAN_2021, SEED_000, SEED_002, SEED_003, SEED_004 } from '../../../support/reports';

const RULE = 'content/missing-item';
const items = (text: string): unknown[] => findingsOf(RULE, text).map((f) => f.data?.item);

describe(RULE, () => {
  it('finds all six items by topic in headings and numbered items', () => {
    const text = '某局2012年政府信息公开工作年度报告\n一、概述\n正文。\n二、主动公开政府信息情况\n正文。\n三、依申请公开和不予公开政府信息情况\n正文。\n四、政府信息公开收费及减免情况\n未收费。\n五、因政府信息公开申请行政复议、提起行政诉讼情况\n无。\n六、存在的主要问题及改进情况\n正文。\n七、其他需要报告的事项\n无。\n';
    assert.deepEqual(items(text), []);
  });

  it('names the items the seeds lack, as warnings', () => {
    assert.deepEqual(items(SEED_000), [3, 6]);
    assert.deepEqual(items(SEED_002), [2]);
    assert.deepEqual(items(SEED_003), [6]);
    assert.deepEqual(items(SEED_004), [3, 4, 6]);
    const [finding] = findingsOf(RULE, SEED_002);
    assert.ok(finding);
    assert.equal(finding.severity, 'warning');
    assert.match(finding.message, /「行政机关依申请公开政府信息和不予公开政府信息的情况」/);
  });

  it('reads a plain "政府信息公开情况" part as the 主动公开 item (page 003)', () => {
    assert.deepEqual(items(corpusText('real/pages/003.txt')), [5, 6]);
  });

  it('only applies to reports under the 2007 条例', () => {
    assert.deepEqual(items(CLEAN_2021), []);
  });
});
