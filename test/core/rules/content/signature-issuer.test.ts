import assert from 'node:assert/strict';
import { covered, findingsOf } from '../../../support/check';
import { CLEAN_2021 } from '../../../support/reports';

/** The 落款 against the title. */

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
