import assert from 'node:assert/strict';
import { checkReport } from '../../../server/src/core/check';
import { withoutFiller } from '../../../server/src/core/text/filler';
import { pinyinView } from '../../../server/src/core/text/pinyin-view';

describe('pinyin view: mirror text with pinyin after characters', () => {
  it('blanks the annotations, same length, in traditional characters too', () => {
    const text = '根據(jù)《條例》規(guī)定，現將本局報(bào)告(gào)公布如下。';
    const view = pinyinView(text);
    assert.equal(view.length, text.length);
    assert.equal(withoutFiller(view), '根據《條例》規定，現將本局報告公布如下。');
  });

  it('leaves ordinary brackets alone: Latin words, numbers, fewer than three annotations', () => {
    for (const text of ['本局(ju)设立了专栏(zhuanlan)。', '依申请公开(A)类3件，(B)类2件，(C)类1件。', '网址(www)与电话(0000-1234)、邮箱(mail)。']) {
      assert.equal(pinyinView(text), text, text);
    }
  });

  it('reads the parts of a traditional mirror whose headings carry pinyin', () => {
    const text = [
      '某縣人民政府2020年政府信息公開(kāi)工作年度報(bào)告', '',
      '一、總(zǒng)體情況', '2020年，本縣認真貫徹落實《條例》。', '',
      '二、主動(dòng)公開政府信息情況', '本年主動公開信息120條。', '',
    ].join('\n');
    const { model } = checkReport(text);
    assert.deepEqual(model.parts.map((p) => p.heading.number), [1, 2]);
    assert.equal(model.title?.text, '某縣人民政府2020年政府信息公開工作年度報告');
  });
});
