import assert from 'node:assert/strict';
import { corpusText, covered, findingsOf } from '../../../support/check';
import { replaceOnce, SEED_000 } from '../../../support/reports';

/**
 * page-005 is a real 2013 report (道县文广新局) whose only statements of the year are its title,
 * part 一's opening ("2013年度主动公开…") and the 落款 (2014年3月25日). A title left at last year's
 * year is what this rule finds.
 */
const RULE = 'date/title-year';
const PAGE_005 = corpusText('real/pages/005.txt');

describe('date/title-year', () => {
  it('is silent when the title, the opening and the 落款 agree', () => {
    assert.deepEqual(findingsOf(RULE, PAGE_005), []);
    assert.deepEqual(findingsOf(RULE, SEED_000), []);
  });
  it('hints at a title year the 落款 and part 一 both contradict', () => {
    const text = replaceOnce(PAGE_005, '道县文广新局2013年度', '道县文广新局2012年度');
    const [f, ...rest] = findingsOf(RULE, text);
    assert.ok(f);
    assert.deepEqual(rest, []);
    assert.equal(f.severity, 'info');
    assert.equal(covered(text, f), '2012');
    assert.equal(f.data?.expected, 2013);
    assert.deepEqual(findingsOf('date/year-mismatch', text), []);
  });
  it('leaves a title contradicted by the statistics period to date/year-mismatch', () => {
    const text = SEED_000.replace(/^楚雄市人民政府2018年/m, '楚雄市人民政府2017年');
    assert.deepEqual(findingsOf(RULE, text), []);
    assert.ok(findingsOf('date/year-mismatch', text).length > 0);
  });
});
