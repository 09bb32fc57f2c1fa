import assert from 'node:assert/strict';
import { bigramSimilarity, looseLabel, normalizeLabel, normalizeWithMap } from '../../../server/src/core/text/normalize';
import { nth } from '../../support/nth';
import { retainedBytes } from '../../support/heap';

describe('label normalisation', () => {
  it('folds full-width punctuation and digits, removes whitespace and line breaks', () => {
    assert.equal(normalizeLabel('第二十条第（一）项'), normalizeLabel('第二十条第(一)项'));
    assert.equal(normalizeLabel('商业\n企业'), '商业企业');
    assert.equal(normalizeLabel('本年新 公开数量'), '本年新公开数量');
    assert.equal(normalizeLabel('１２３'), '123');
  });
  it('treats curly and straight quotes alike', () => {
    assert.equal(normalizeLabel('3.危及“三安全一稳定”'), normalizeLabel('3.危及"三安全一稳定"'));
  });
  it('reads list markers 1、 1． 1. alike', () => {
    assert.equal(normalizeLabel('1、属于国家秘密'), '1.属于国家秘密');
    assert.equal(normalizeLabel('1．属于国家秘密'), '1.属于国家秘密');
  });
  it('folds traditional characters from mirror sites', () => {
    assert.equal(normalizeLabel('規章'), '规章');
    assert.equal(normalizeLabel('行政處罰'), '行政处罚');
    assert.equal(normalizeLabel('政府信息公開'), '政府信息公开');
  });
  it('fixes the known typo 钩稽关系', () => {
    assert.equal(normalizeLabel('钩稽关系'), '勾稽关系');
  });
  it('maps every normalised character back to its source offset', () => {
    const source = '一、 總體 情况';
    const { text, sourceIndex } = normalizeWithMap(source);
    assert.equal(text, '一、总体情况');
    assert.equal(source[nth(sourceIndex, text.indexOf('总'))], '總');
    assert.equal(sourceIndex[text.length - 1], source.length - 1);
  });
  it('compares titles loosely, without 的 and punctuation', () => {
    assert.equal(looseLabel('主动公开政府信息的情况：'), looseLabel('主动公开政府信息情况'));
    assert.ok(bigramSimilarity('存在的主要问题及改进情况', '存在主要问题及改进措施') > 0.6);
    assert.equal(bigramSimilarity('总体情况', '其他事项'), 0);
  });
  it('does not keep the text a label was cut from', () => {
    // A label of its own (a report's title) cut from 16 million characters outside Latin-1 (32 MB).
    const { kept, bytes } = retainedBytes(() => {
      const text = `测试市第${String(Date.now())}区2026年政府信息公开工作年度报告\n${'一、总体情况。'.repeat(2_300_000)}`;
      return normalizeLabel(text.slice(0, text.indexOf('\n')));
    });
    assert.match(kept, /年度报告$/);
    assert.ok(bytes < 4 * 1024 * 1024, `the memo holds ${String(Math.round(bytes / 1024))} KB`);
  });
});
