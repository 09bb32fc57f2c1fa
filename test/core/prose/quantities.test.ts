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
    assert.deepEqual(q('发布15400余条，累计2万余条，约300件，近50条，100件以上'), ['15400条:count~', '20000条:count~', '300件:count~', '50条:count~', '100件:count~']);
  });

  it('stores a quantity as its value (2万余条 = 20000, 3千 = 3000), the digits as written in numberRange, and says which are lower bounds', () => {
    const text = foldProse('累计2万余条，约300件，超过1.5万人次，逾40件，100件以上，3千份左右');
    const found = findQuantities(text);
    assert.deepEqual(found.map((x) => [x.value, x.unit, x.more]), [[20000, '条', true], [300, '件', false], [15000, '人次', true], [40, '件', true], [100, '件', true], [3000, '份', false]]);
    assert.deepEqual(found.map((x) => text.slice(x.numberRange.start, x.numberRange.end)), ['2', '300', '1.5', '40', '100', '3']);
    assert.deepEqual(found.map((x) => text.slice(x.range.start, x.range.end)), ['2万余条', '约300件', '超过1.5万人次', '逾40件', '100件', '3千份']);
  });

  it('reads 批次 as one unit, not 批', () => {
    assert.deepEqual(q('抽查3批次'), ['3批次:count']);
  });

  it('reads full-width digits, thousands separators and percentages', () => {
    const found = findQuantities(foldProse('公开１２３条，共37,153条，占15.8％'));
    assert.deepEqual(found.map((x) => [x.value, x.kind, x.decimals]), [[123, 'count', 0], [37153, 'count', 0], [15.8, 'percent', 1]]);
    assert.equal(nth(found, 0).numberRange.end - nth(found, 0).numberRange.start, 3);
  });
});
