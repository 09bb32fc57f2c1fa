import assert from 'node:assert/strict';
import { corpusText, covered, findingsOf } from '../../../support/check';
import { CLEAN_2021, SEED_000, SEED_001, SEED_002, SEED_003 } from '../../../support/reports';

/**
 * The body a report speaks as. page-003 is a real town report (唐村镇, "我镇" six times), page-020 a
 * real bureau's (浑南区国资局, "我局"); the invalid cases plant the other kind's self word, as a
 * report copied from another unit keeps it.
 */
const RULE = 'content/issuer-mismatch';
const TOWN = corpusText('real/pages/003.txt');

describe('content/issuer-mismatch', () => {
  it('is silent on real reports that speak as their own body', () => {
    for (const text of [TOWN, corpusText('real/pages/020.txt'), corpusText('real/pages/001.txt'), corpusText('real/pages/010.txt'), SEED_000, SEED_001, SEED_002, SEED_003, CLEAN_2021]) {
      assert.deepEqual(findingsOf(RULE, text), []);
    }
  });
  it('finds a town’s report that calls itself 我局, once, at the first, with the others related', () => {
    const text = TOWN.replace(/我镇/g, (m, at: number) => (at > TOWN.indexOf('我镇') ? '我局' : m));
    const found = findingsOf(RULE, text);
    assert.equal(found.length, 1);
    const [f] = found;
    assert.ok(f);
    assert.equal(f.severity, 'warning');
    assert.equal(covered(text, f), '我局');
    assert.equal(f.data?.count, 5);
    assert.match(f.message, /报告主体是「唐村镇」，正文却出现「我局」（共 5 处）/);
    assert.equal(f.related?.length, 5);
  });
  it('does not take 本局面 or 我委托 for a self word', () => {
    const text = TOWN.replace('我镇', '当前本局面下我镇');
    assert.deepEqual(findingsOf(RULE, text), []);
  });
});
