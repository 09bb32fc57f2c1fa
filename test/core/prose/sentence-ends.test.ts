import assert from 'node:assert/strict';
import { sentenceEnds } from '../../../server/src/core/prose/sentences';
import { seededRandom } from '../../support/random';

/** The regular expression the splitter used before its one-pass scan (issue 17): the reference. */
const BREAK = /[。!?]|\n(?=[ \t\u3000\r]{0,38}\n)/g;

function referenceEnds(folded: string, end: number): number[] {
  const ends: number[] = [];
  BREAK.lastIndex = 0;
  for (let m = BREAK.exec(folded); m && m.index < end; m = BREAK.exec(folded)) ends.push(m.index);
  return ends;
}

/** What sentence ends are made of: the marks, line breaks, the blank units (and runs of them near the 38 limit), other text. */
const PIECES = ['。', '!', '?', '\n', '\r\n', ' ', '\t', '\u3000', '\r', '字', 'a', '，', '\u00a0', ' '.repeat(37), ' '.repeat(38), ' '.repeat(39), '\u3000'.repeat(38)];

describe('prose/sentences: sentence ends', () => {
  it('are where the former regular expression found them, on 3,000 random texts and any end', () => {
    const next = seededRandom(17);
    for (let n = 0; n < 3000; n++) {
      let text = '';
      const pieces = Math.floor(next() * 40);
      for (let i = 0; i < pieces; i++) text += PIECES[Math.floor(next() * PIECES.length)] ?? '';
      const end = Math.floor(next() * (text.length + 1));
      assert.deepEqual(sentenceEnds(text, end), referenceEnds(text, end), JSON.stringify([text, end]));
    }
  });

  it('end at a line break before a blank line of at most 38 blank units, not 39', () => {
    assert.deepEqual(sentenceEnds(`a\n${' '.repeat(38)}\nb。`, 45), [1, 42]);
    assert.deepEqual(sentenceEnds(`a\n${' '.repeat(39)}\nb。`, 45), [43]);
  });
});
