import assert from 'node:assert/strict';
import { covered, findingsOf } from '../../../support/check';
import { CLEAN_2021 } from '../../../support/reports';

/** Part 一's topics under the 2021 format, and the 落款 against the title. */
const PART_ONE_START = CLEAN_2021.indexOf('## 一、总体情况');
const PART_TWO_START = CLEAN_2021.indexOf('## 二、');

describe('content/part-one-topics', () => {
  const RULE = 'content/part-one-topics';
  it('gives nothing when part 一 has its five topics (the clean example)', () => {
    assert.deepEqual(findingsOf(RULE, CLEAN_2021), []);
  });
  it('names the topics a part 一 that only describes the report leaves out (as real 2022–2024 reports do)', () => {
    const onlyStructure = '## 一、总体情况\n\n本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况以及其他需要报告的事项组成。\n\n';
    const text = CLEAN_2021.slice(0, PART_ONE_START) + onlyStructure + CLEAN_2021.slice(PART_TWO_START);
    const [f, ...rest] = findingsOf(RULE, text);
    assert.ok(f);
    assert.deepEqual(rest, []);
    assert.equal(f.severity, 'warning');
    assert.match(f.message, /政府信息管理/);
    assert.match(f.message, /监督保障/);
  });
});

describe('content/signature-issuer', () => {
  const RULE = 'content/signature-issuer';
  const SIGNATURE = '示例市生态环境局\n2024年1月20日';
  it('gives nothing when the 落款 names the body of the title', () => {
    assert.ok(CLEAN_2021.includes(SIGNATURE));
    assert.deepEqual(findingsOf(RULE, CLEAN_2021), []);
  });
  it('finds a 落款 of another body (a report copied from another unit)', () => {
    const text = CLEAN_2021.replace(SIGNATURE, '示例市自然资源局\n2024年1月20日');
    const [f, ...rest] = findingsOf(RULE, text);
    assert.ok(f);
    assert.deepEqual(rest, []);
    assert.equal(covered(text, f), '示例市自然资源局');
    assert.match(f.message, /示例市生态环境局/);
  });
});
