import assert from 'node:assert/strict';
import { corpusText, covered, findingsOf } from '../../../support/check';
import { CLEAN_2021, replaceOnce } from '../../../support/reports';

/**
 * Content the 2021 format asks of parts 一, 五 and 六, and the issuing body. Valid cases are real
 * reports of the corpus (page-017: 2021, page-020: 2022) and the clean example; invalid ones are
 * the same texts with the content taken out, as reviewers find it.
 */
const PAGE_017 = corpusText('real/pages/017.txt');
const PAGE_020 = corpusText('real/pages/020.txt');
/** Part 五 of page-017 (real text): one problem, one measure. */
const FIVE_017 = '对外宣传的力度不够。下一步将加大政府信息对外宣传力度。';

describe('content/part-one-topics', () => {
  const RULE = 'content/part-one-topics';
  it('is silent on real 2021-format reports whose part 一 covers the five topics', () => {
    assert.deepEqual(findingsOf(RULE, PAGE_017), []);
    assert.deepEqual(findingsOf(RULE, PAGE_020), []);
    assert.deepEqual(findingsOf(RULE, CLEAN_2021), []);
  });
  it('names, in one hint at the heading, the topics of which part 一 says nothing', () => {
    const text = replaceOnce(CLEAN_2021, '（四）政府信息公开平台建设。优化局门户网站“政府信息公开”专栏，做好政务新媒体信息发布。\n\n（五）监督保障。将政府信息公开工作纳入年度考核，组织业务培训2次。', '（四）主动公开目录。全年更新主动公开目录36项，政策文件、行政执法等各类信息均按目录公开，做到应公开尽公开。');
    const [f, ...rest] = findingsOf(RULE, text);
    assert.ok(f);
    assert.deepEqual(rest, []);
    assert.equal(f.severity, 'info');
    assert.equal(covered(text, f), '一、总体情况');
    assert.deepEqual(f.data?.missing, ['政府信息公开平台建设', '监督保障']);
    assert.match(f.message, /没有写到政府信息公开平台建设、监督保障方面/);
  });
  it('does not judge a part 一 of a sentence or two (a draft or a skeleton)', () => {
    const text = CLEAN_2021.replace(/## 一、总体情况\n[\s\S]*?## 二、/, '## 一、总体情况\n\n2023年，示例市生态环境局持续推进政府信息公开工作，全年主动公开政府信息1260条。\n\n## 二、');
    assert.deepEqual(findingsOf(RULE, text), []);
  });
});

describe('content/problems-and-measures', () => {
  const RULE = 'content/problems-and-measures';
  it('is silent when part 五 states a problem and a measure (page-017, page-020)', () => {
    assert.ok(PAGE_017.includes(FIVE_017));
    assert.deepEqual(findingsOf(RULE, PAGE_017), []);
    assert.deepEqual(findingsOf(RULE, PAGE_020), []);
  });
  it('finds a part 五 of problems only', () => {
    const text = replaceOnce(PAGE_017, FIVE_017, '对外宣传的力度不够。');
    const [f, ...rest] = findingsOf(RULE, text);
    assert.ok(f);
    assert.deepEqual(rest, []);
    assert.equal(covered(text, f), '五、存在的主要问题及改进情况');
    assert.match(f.message, /没有写明改进情况或措施/);
  });
  it('finds a part 五 of measures only', () => {
    const text = replaceOnce(PAGE_017, FIVE_017, '下一步将加大政府信息对外宣传力度。');
    assert.match(findingsOf(RULE, text)[0]?.message ?? '', /没有写明存在的主要问题/);
  });
  it('leaves a part 五 of "无" to structure/empty-part', () => {
    const text = replaceOnce(PAGE_017, FIVE_017, '无。');
    assert.deepEqual(findingsOf(RULE, text), []);
    assert.equal(findingsOf('structure/empty-part', text).length, 1);
  });
});

describe('content/fee-statement', () => {
  const RULE = 'content/fee-statement';
  it('is silent when the report says whether it charged 信息处理费 (page-017, page-020)', () => {
    assert.deepEqual(findingsOf(RULE, PAGE_017), []);
    assert.deepEqual(findingsOf(RULE, PAGE_020), []);
    assert.deepEqual(findingsOf(RULE, CLEAN_2021), []);
  });
  it('hints at part 六 when nothing in the report is about fees', () => {
    const text = replaceOnce(CLEAN_2021, '依据《政府信息公开信息处理费管理办法》，本年度未收取信息处理费。', '无。');
    const [f, ...rest] = findingsOf(RULE, text);
    assert.ok(f);
    assert.deepEqual(rest, []);
    assert.equal(f.severity, 'info');
    assert.equal(covered(text, f), '六、其他需要报告的事项');
  });
});

describe('content/issuer-missing', () => {
  const RULE = 'content/issuer-missing';
  it('is silent when the title or the 落款 names the body', () => {
    assert.deepEqual(findingsOf(RULE, CLEAN_2021), []);
    assert.deepEqual(findingsOf(RULE, replaceOnce(CLEAN_2021, '# 示例市生态环境局2023年', '# 2023年')), []);
  });
  it('finds a report that names its body neither in the title nor in the 落款', () => {
    const text = replaceOnce(replaceOnce(CLEAN_2021, '# 示例市生态环境局2023年', '# 2023年'), '示例市生态环境局\n2024年1月20日', '2024年1月20日');
    const [f, ...rest] = findingsOf(RULE, text);
    assert.ok(f);
    assert.deepEqual(rest, []);
    assert.equal(covered(text, f), '2023年政府信息公开工作年度报告');
  });
});
