import assert from 'node:assert/strict';
import { isWhiteSpaceCode } from '../../../server/src/core/text/white-space';

describe('text/white-space', () => {
  it('is white space exactly where a regular expression\'s \\s is, for every UTF-16 unit', () => {
    const differ: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (isWhiteSpaceCode(code) !== /\s/.test(String.fromCharCode(code))) differ.push(code);
    }
    assert.deepEqual(differ, []);
  });
});
