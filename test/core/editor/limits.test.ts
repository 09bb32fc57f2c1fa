import { strict as assert } from 'node:assert';
import { MAX_CHECKED_LENGTH, notCheckedReason } from '../../../server/src/core/editor/limits';

describe('editor limits: notCheckedReason', () => {
  it('checks text up to the limit; a longer one is too large', () => {
    assert.equal(notCheckedReason('一'.repeat(MAX_CHECKED_LENGTH)), undefined);
    assert.equal(notCheckedReason('一'.repeat(MAX_CHECKED_LENGTH + 1)), 'too-large');
    assert.equal(notCheckedReason('一二三', 2), 'too-large');
  });

  it('calls a text binary for a NUL, or for more than one control character in ten near the start', () => {
    assert.equal(notCheckedReason('正文\u0000'), 'binary');
    assert.equal(notCheckedReason('\u0001\u0002正文正文正文正文'), 'binary');
    assert.equal(notCheckedReason('\u0001正文正文正文正文正文'), undefined);
    assert.equal(notCheckedReason('表\t格\r\n换\f页'), undefined, 'tabs, line breaks and form feeds are text');
    assert.equal(notCheckedReason(`${'正'.repeat(8192)}\u0000`), undefined, 'only the first 8 K characters are looked at');
  });
});
