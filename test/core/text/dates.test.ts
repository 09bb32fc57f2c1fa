import assert from 'node:assert/strict';
import { findDates, isoDate } from '../../../server/src/core/text/dates';
import { LineIndex } from '../../../server/src/core/text/line-index';
import { parseChineseNumber, toChineseNumber } from '../../../server/src/core/text/numerals';

describe('dates, numerals and positions', () => {
  it('finds written, dashed and Chinese-numeral dates', () => {
    const text = '落款2019年1月3日；发布日期:2021-01-30 18:41；二〇一九年一月十五日；2020 年 12 月 31 日';
    assert.deepEqual(findDates(text).map(isoDate), ['2019-01-03', '2021-01-30', '2019-01-15', '2020-12-31']);
  });
  it('rejects impossible dates', () => {
    assert.deepEqual(findDates('2021年2月30日 2021-13-01'), []);
  });
  it('reads part numerals', () => {
    assert.deepEqual(['一', '六', '十', '十二', '二十'].map(parseChineseNumber), [1, 6, 10, 12, 20]);
    assert.ok(Number.isNaN(parseChineseNumber('是')));
    assert.equal(toChineseNumber(6), '六');
  });
  it('maps offsets to 0-based UTF-16 positions over \\n, \\r\\n and \\r', () => {
    const index = new LineIndex('一\r\n二\r三\n𠀋四');
    assert.deepEqual(index.positionAt(3), { line: 1, character: 0 });
    assert.deepEqual(index.positionAt(5), { line: 2, character: 0 });
    assert.deepEqual(index.positionAt(9), { line: 3, character: 2 }); // 𠀋 is two UTF-16 units
    assert.equal(index.offsetAt({ line: 3, character: 2 }), 9);
    assert.equal(index.lineCount, 4);
  });
});
