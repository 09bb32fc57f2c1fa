import assert from 'node:assert/strict';
import { anyOf, anyWordOf, optional, wholeOf } from '../../../server/src/core/prose/words';

describe('prose word lists → patterns', () => {
  it('anyOf matches any word, longest first, with pattern characters taken literally', () => {
    assert.equal(anyOf(['并', '并且', 'a.b']), '(?:a\\.b|并且|并)');
    assert.deepEqual(new RegExp(anyOf(['结转', '结转至'])).exec('结转至下年度')?.[0], '结转至');
    assert.equal(new RegExp(anyOf(['a.b'])).test('axb'), false);
  });

  it('anyWordOf finds a word of any list anywhere; wholeOf and optional build a whole-text pattern from parts', () => {
    const words = anyWordOf(['人大', '政协'], ['累计']);
    assert.deepEqual(['市人大代表建议', '累计办结', '收到申请'].map((t) => words.test(t)), [true, true, false]);
    const handled = wholeOf(optional('本年'), anyOf(['办结', '办理完毕']));
    assert.deepEqual(['办结', '本年办理完毕', '本年', '已办结'].map((t) => handled.test(t)), [true, true, false, false]);
  });
});
