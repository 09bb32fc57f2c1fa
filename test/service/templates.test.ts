import { strict as assert } from 'node:assert';
import { contentItemHeading, newReportText, partBody, PLACEHOLDER, signatureLines, templateEra } from '../../server/src/service/templates';
import { CONTENT_ITEMS_2007 } from '../../server/src/core/format/content-items-2007';

describe('service: templates', () => {
  it('chooses the 2021 format from 2021 on', () => {
    assert.deepEqual([templateEra(2020), templateEra(2021), templateEra(2024)], ['2019', '2021', '2021']);
  });

  it('writes a new report: title, preamble with the period, six parts under ## headings', () => {
    const lines = newReportText({ body: '某县司法局', year: 2023 }).split('\n');
    assert.equal(lines[0], '# 某县司法局2023年政府信息公开工作年度报告');
    assert.match(lines[2] ?? '', /（国办公开办函〔2021〕30号）要求编制。全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项等六个部分。本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。$/);
    assert.deepEqual(lines.filter((l) => l.startsWith('## ')), ['## 一、总体情况', '## 二、主动公开政府信息情况', '## 三、收到和处理政府信息公开申请情况', '## 四、政府信息公开行政复议、行政诉讼情况', '## 五、存在的主要问题及改进情况', '## 六、其他需要报告的事项']);
    assert.deepEqual(lines.slice(-7), ['## 六、其他需要报告的事项', '', '无。', '', '某县司法局', '2024年1月XX日', '']);
    assert.equal(newReportText({ body: '  ', year: 2020 }).split('\n')[0], '# （机关名称）2020年政府信息公开工作年度报告');
    assert.match(newReportText({ body: '某县', year: 2020 }), /国办公开办函〔2019〕60号/);
  });

  it('ends with the 落款: the body (its placeholder when unnamed) and a January date after the period, day left as XX', () => {
    assert.deepEqual(newReportText({ body: '某县司法局', year: 2023 }).trimEnd().split('\n').slice(-2), ['某县司法局', '2024年1月XX日']);
    assert.deepEqual(newReportText({ body: '', year: 2020 }).trimEnd().split('\n').slice(-2), ['（机关名称）', '2021年1月XX日']);
  });

  it('writes a 2008–2018 report after the 2007 条例: its six content items as parts, no tables, then the 落款', () => {
    const text = newReportText({ body: '某县司法局', year: 2015 });
    const lines = text.split('\n');
    assert.deepEqual(lines.filter((l) => l.startsWith('## ')), [
      '## 一、主动公开政府信息的情况', '## 二、依申请公开政府信息和不予公开政府信息的情况', '## 三、政府信息公开的收费及减免情况',
      '## 四、因政府信息公开申请行政复议、提起行政诉讼的情况', '## 五、政府信息公开工作存在的主要问题及改进情况', '## 六、其他需要报告的事项',
    ]);
    assert.ok(!text.includes('|'), 'no table');
    assert.doesNotMatch(text, /国办公开办函/);
    assert.deepEqual(lines.slice(-3), ['某县司法局', '2016年1月XX日', '']);
  });

  it('writes each part’s body: the items of 一 (one more for a government), the tables of 二–四, 无 for 六', () => {
    assert.equal(partBody(1, '2021'), ['（一）主动公开', '（二）依申请公开', '（三）政府信息管理', '（四）政府信息公开平台建设', '（五）监督保障'].map((h) => `${h}\n\n${PLACEHOLDER}`).join('\n\n'));
    assert.match(partBody(1, '2021', 'government'), /（六）工作考核、社会评议和责任追究结果情况\n\n（在此填写）$/);
    assert.equal(partBody(4, '2021').split('\n')[0], '| | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |');
    assert.equal(partBody(5, '2021'), PLACEHOLDER);
    assert.equal(partBody(6, '2019'), '无。');
  });
});

describe('service: templates, the parts of a new report', () => {
  it('signs with the body and a January date of the year after the period, the day left to fill in', () => {
    assert.deepEqual(signatureLines('某县司法局', 2023), ['某县司法局', '2024年1月XX日']);
    assert.deepEqual(signatureLines('某镇', 2019), ['某镇', '2020年1月XX日']);
  });

  it('heads a 2007-era part with the words of 第三十二条 without 行政机关', () => {
    assert.deepEqual(CONTENT_ITEMS_2007.map(contentItemHeading), [
      '主动公开政府信息的情况', '依申请公开政府信息和不予公开政府信息的情况', '政府信息公开的收费及减免情况',
      '因政府信息公开申请行政复议、提起行政诉讼的情况', '政府信息公开工作存在的主要问题及改进情况', '其他需要报告的事项',
    ]);
  });
});
