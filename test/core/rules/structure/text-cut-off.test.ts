import assert from 'node:assert/strict';
import { corpusText, findingsOf } from '../../../support/check';
import { CLEAN_2021, SEED_000, SEED_002 } from '../../../support/reports';
import { nth } from '../../../support/nth';

const RULE = 'structure/text-cut-off';

describe(RULE, () => {
  it('is silent on reports that end properly (signature, page chrome, a closing sentence)', () => {
    for (const text of [CLEAN_2021, SEED_000, SEED_002, corpusText('real/pages/017.txt'), corpusText('real/pages/008.txt')]) {
      assert.deepEqual(findingsOf(RULE, text), []);
    }
  });

  it('says once, as info, that a copy stops mid-sentence (page 016)', () => {
    const found = findingsOf(RULE, corpusText('real/pages/016.txt'));
    assert.equal(found.length, 1);
    assert.equal(nth(found, 0).severity, 'info');
    assert.match(nth(found, 0).message, /并加强」/);
  });
});
