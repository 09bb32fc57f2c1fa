import assert from 'node:assert/strict';
import { looksLikeReport } from '../../../server/src/core/editor/detect';
import { parseReport } from '../../../server/src/core/model/parse-report';

/** Our own short texts in the shapes real reports come in (a folder check must not skip them). */
const is = (text: string): boolean => looksLikeReport(parseReport(text));
const BODY = '\n\n2019年，本县认真贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开信息120条。\n';

describe('looksLikeReport: what a folder check takes for a report', () => {
  it('takes a title naming 政府信息公开报告 or 年度报告', () => {
    assert.equal(is(`某县人民政府2019年政府信息公开报告${BODY}`), true);
    assert.equal(is(`某县财政局2019年度政府信息公开工作年度报告${BODY}`), true);
    assert.equal(is(`某县司法局政务公开工作报告（2019年）${BODY}`), true);
  });

  it('takes a report named only in its first sentence', () => {
    assert.equal(is(`本报告根据《中华人民共和国政府信息公开条例》要求，由某县人民政府办公室编制。${BODY}`), true);
    assert.equal(is(`根据有关规定，现将某镇2012年政府信息公开工作年度报告公布如下：${BODY}`), true);
  });

  it('takes a 2007-era report by its headings (第三十二条 items), without a title', () => {
    const text = [
      '2012年，本镇政府信息公开工作有序推进。', '一、概述', '本镇成立了领导小组。', '二、主动公开政府信息的情况', '全年主动公开信息52条。',
      '三、依申请公开政府信息情况', '全年未收到申请。', '四、政府信息公开的收费及减免情况', '未收取费用。', '',
    ].join('\n');
    assert.equal(is(text), true);
  });

  it('takes a report in traditional characters, with or without pinyin after characters', () => {
    assert.equal(is(`某縣人民政府2012年政府信息公開工作年度報告${BODY}`), true);
    assert.equal(is(`某縣人民政府2012年政府信息公(gōng)開(kāi)工作年度報(bào)告(gào)${BODY}`), true);
  });

  it('takes a page whose title is in its HTML markup', () => {
    assert.equal(is(`<html><body><div><p><span>某县人民政府</span><span>2019年政府信息公开工作年度报告</span></p><p>${BODY}</p></div></body></html>`), true);
  });

  it('skips a README beside the reports, even one that names them', () => {
    assert.equal(is('# 说明\n\n本文件夹存放各单位报送的年度报告。\n'), false);
    assert.equal(is('# 使用说明\n\n本工具检查政府信息公开工作年度报告。\n\n运行 govreport check 即可。\n'), false);
    assert.equal(is('会议纪要\n\n一、会议议题\n二、问题和改进\n三、其他事项\n'), false);
  });
});
