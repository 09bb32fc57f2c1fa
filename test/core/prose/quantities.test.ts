import assert from 'node:assert/strict';
import { foldProse } from '../../../server/src/core/prose/fold';
import { findQuantities } from '../../../server/src/core/prose/quantities';
import { nth } from '../../support/nth';

const q = (text: string) => findQuantities(foldProse(text)).map((x) => `${x.value}${x.unit}:${x.kind}${x.approximate ? '~' : ''}`);

describe('prose quantities', () => {
  it('reads counts with their units, longest unit first', () => {
    assert.deepEqual(q('共受理91人次政府信息公开申请99件'), ['91人次:count', '99件:count']);
    assert.deepEqual(q('转办592件次，召开发布会7场次'), ['592件次:count', '7场次:count']);
  });

  it('keeps years, dates, document numbers and ordinals out of the counts', () => {
    assert.deepEqual(q('2018年12月31日，保政办函〔2018〕37号，第3件'), ['2018年:other', '12月:other', '31日:other', '2018:bare', '37号:other']);
  });

  it('marks approximate figures', () => {
    assert.deepEqual(q('发布15400余条，累计2万余条，约300件，近50条，100件以上'), ['15400条:count~', '2条:count~', '300件:count~', '50条:count~', '100件:count~']);
  });

  it('reads full-width digits, thousands separators and percentages', () => {
    const found = findQuantities(foldProse('公开１２３条，共37,153条，占15.8％'));
    assert.deepEqual(found.map((x) => [x.value, x.kind, x.decimals]), [[123, 'count', 0], [37153, 'count', 0], [15.8, 'percent', 1]]);
    assert.equal(nth(found, 0).numberRange.end - nth(found, 0).numberRange.start, 3);
  });
});
