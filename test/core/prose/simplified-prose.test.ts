import assert from 'node:assert/strict';
import { parseReport } from '../../../server/src/core/model/parse-report';
import { foldedTextOf, foldProse } from '../../../server/src/core/prose/fold';
import { simplifiedProseOf, simplifiedTextOf } from '../../../server/src/core/prose/simplified-sentences';
import { FILLER } from '../../../server/src/core/text/filler';
import { simplified } from '../../../server/src/core/text/simplified';

/**
 * simplifiedProseOf skips simplifying the folded text when the text itself has no traditional
 * character. That holds only while folding (digits, punctuation) and the page view's digit joining
 * (digits and filler) never write a character that has a traditional form.
 */
describe('simplified prose', () => {
  it('folding writes no character with a traditional form for any UTF-16 unit that has none', () => {
    const wrong: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const unit = String.fromCharCode(code);
      if (simplified(unit) !== unit) continue;
      const folded = foldProse(unit);
      if (simplified(folded) !== folded) wrong.push(unit);
    }
    assert.deepEqual(wrong, []);
    assert.equal(simplified(FILLER), FILLER);
  });

  it('is the folded text for simplified text, and the folded text simplified for traditional text', () => {
    const plain = '一、总体情况\n全年主动公开信息１２３条，占比４５％（见附表）。\n';
    const model = parseReport(plain);
    assert.equal(simplifiedTextOf(model), plain);
    assert.equal(simplifiedProseOf(model), foldedTextOf(model));
    assert.equal(simplifiedProseOf(model), '一、总体情况\n全年主动公开信息123条,占比45%(见附表)。\n');

    const traditional = '一、總體情況\n全年主動公開信息１２３條，佔比４５％。\n';
    const model2 = parseReport(traditional);
    assert.equal(simplifiedTextOf(model2), simplified(traditional));
    assert.equal(simplifiedProseOf(model2), '一、总体情况\n全年主动公开信息123条,占比45%。\n');
  });
});
