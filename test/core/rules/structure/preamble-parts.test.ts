import assert from 'node:assert/strict';
import { findingsOf } from '../../../support/check';
import { CLEAN_2019, CLEAN_2021, replaceOnce, SEED_000, SEED_001, SEED_002, SEED_003, withoutPart } from '../../../support/reports';
import { nth } from '../../../support/nth';

const RULE = 'structure/preamble-parts';

describe(RULE, () => {
  it('is silent when the list agrees with the parts (a title split by 、 is one entry)', () => {
    for (const text of [CLEAN_2021, CLEAN_2019, SEED_000, SEED_001, SEED_003]) assert.deepEqual(findingsOf(RULE, text), []);
  });

  it('reads a list closed by 以及 … 共六个部分', () => {
    const text = replaceOnce(CLEAN_2021, '存在的主要问题及改进情况、其他需要报告的事项等六个部分', '存在的主要问题及改进情况以及其他需要报告的事项共六个部分');
    assert.deepEqual(findingsOf(RULE, text), []);
  });

  it('reads a list that runs to the end of its sentence ("全文包括…,以及其他需要报告的事项。")', () => {
    const listed = '编制，包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项等六个部分。';
    const text = replaceOnce(CLEAN_2021, listed, '编制。全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、因政府信息公开工作被申请行政复议和提起行政诉讼情况、存在的主要问题及改进情况,以及其他需要报告的事项。');
    assert.deepEqual(findingsOf(RULE, text), []);
    const found = findingsOf(RULE, withoutPart(text, '## 五、存在的主要问题及改进情况'));
    assert.deepEqual(found.map((f) => f.message), ['导语列出了「存在的主要问题及改进情况」部分，但正文中没有这一部分。']);
  });

  it('reads "全文包括六个部分，分别是…。" and "报告包括：…。", with the count', () => {
    const listed = '编制，包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项等六个部分。';
    const names = '总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。';
    const counted = replaceOnce(CLEAN_2021, listed, `编制。全文包括六个部分，分别是${names}`);
    assert.deepEqual(findingsOf(RULE, counted), []);
    const found = findingsOf(RULE, withoutPart(counted, '## 五、存在的主要问题及改进情况'));
    assert.ok(found.some((f) => f.message === '导语说全文共六个部分，正文实际有5个部分。'), found.map((f) => f.message).join('\n'));
    assert.deepEqual(findingsOf(RULE, replaceOnce(CLEAN_2021, listed, `编制。报告包括：${names}`)), []);
  });

  it('warns on a listed part that is not there (seed 002)', () => {
    const found = findingsOf(RULE, SEED_002);
    assert.equal(found.length, 1);
    assert.equal(SEED_002.slice(nth(found, 0).range.start, nth(found, 0).range.end), '依申请公开政府信息和不予公开政府信息情况');
  });

  it('warns when the stated count differs from the parts found', () => {
    const text = withoutPart(CLEAN_2021, '## 五、存在的主要问题及改进情况');
    const messages = findingsOf(RULE, text).map((f) => f.message);
    assert.ok(messages.some((m) => m.includes('导语说全文共六个部分，正文实际有5个部分')), messages.join('\n'));
  });

  it('warns on a part the counted list leaves out', () => {
    const text = replaceOnce(CLEAN_2021, '存在的主要问题及改进情况、其他需要报告的事项等六个部分', '其他需要报告的事项等五个部分');
    const messages = findingsOf(RULE, text).map((f) => f.message);
    assert.ok(messages.some((m) => m.includes('「存在的主要问题及改进情况」部分未列入导语')), messages.join('\n'));
  });

  it('reads a counted list whose names are parted by commas, 、 inside one name', () => {
    const list = '包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项等六个部分';
    assert.ok(CLEAN_2021.includes(list));
    const commas = replaceOnce(CLEAN_2021, list, '包括总体情况,主动公开政府信息情况,收到和处理政府信息公开申请情况,政府信息公开行政复议、行政诉讼情况,存在的主要问题及改进情况,其他需要报告的事项等六个部分');
    assert.deepEqual(findingsOf(RULE, commas), []);
  });

  it('a listed part whose heading is worded otherwise is that part: heading-variant says the wording, once', () => {
    // 「总体情况」 listed, the heading 「一、总体工作情况」 (keywords and number) or 「一、概述」 (number only).
    for (const heading of ['## 一、总体工作情况', '## 一、概述']) {
      const text = replaceOnce(CLEAN_2021, '## 一、总体情况', heading);
      assert.deepEqual(findingsOf(RULE, text), [], heading);
      assert.equal(findingsOf('structure/heading-variant', text).length, 1, heading);
    }
  });

  it('quotes a listed name without the line breaks and spaces a PDF put inside it', () => {
    const listed = replaceOnce(CLEAN_2021, '存在的主要问题及改进情况、其他需要报告的事项等六个部分', '存在的主要问题\n   及改进    情况、其他需要报告的事项等六个部分');
    const messages = findingsOf(RULE, withoutPart(listed, '## 五、存在的主要问题及改进情况')).map((f) => f.message);
    assert.ok(messages.includes('导语列出了「存在的主要问题及改进情况」部分，但正文中没有这一部分。'), messages.join('\n'));
  });
});

