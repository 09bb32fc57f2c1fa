import assert from 'node:assert/strict';
import { corpusText, findingsOf } from '../../../support/check';
import { CLEAN_2021, replaceOnce } from '../../../support/reports';
import { defined } from '../../../support/nth';

const RULE = 'table/relation';

describe(RULE, () => {
  it('is silent on consistent tables and when the wrong cells can be named', () => {
    assert.deepEqual(findingsOf(RULE, CLEAN_2021), []);
    assert.deepEqual(findingsOf(RULE, corpusText('seeds/001_4d29bfef72dd56db.txt')), []);
  });

  it('reports an ambiguous failure at the total cell, with the candidates and the cells added up', () => {
    let text = corpusText('real/peers/city-2025-tables.txt');
    text = replaceOnce(text, '| （一）予以公开 | < | 5345 |', '| （一）予以公开 | < | 5346 |');
    text = replaceOnce(text, '| 2120 | 39 |', '| 2120 | 40 |');
    const found = findingsOf(RULE, text);
    assert.ok(found.length >= 2);
    const natural = defined(found.find((f) => f.data?.column === '自然人' && f.data.row === '（七）总计'));
    assert.equal(natural.data?.relation, 'R3-2');
    assert.match(natural.message, /^表三「（七）总计」行「自然人」列为 13364，而各项办理结果之和为 13365，两者不符。无法确定是哪个单元格填错：可能是/);
    assert.equal(natural.related?.length, 21);
  });
});
