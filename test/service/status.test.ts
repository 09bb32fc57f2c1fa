import { strict as assert } from 'node:assert';
import { statusOf } from '../../server/src/service/status';
import { analysed, SMALL } from './support';

describe('service: statusOf', () => {
  it('says the era, the parts found of six and the table errors', () => {
    // Parts 一 and 二 are there; four parts missing and part 二 without its table: five errors, none in a table.
    assert.deepEqual(statusOf(analysed(SMALL)), { checked: true, era: '2021', partsFound: 2, partsTotal: 6, tableErrors: 0, errors: 5, text: '格式：2021年格式 · 部分 2/6 · 统计表错误 0' });
  });

  it('has no part count for the 2007 era, whose parts are not fixed', () => {
    const status = statusOf(analysed('某县2012年政府信息公开工作年度报告\n\n一、概述\n\n本年度工作情况。\n'));
    assert.deepEqual([status.era, status.partsTotal, status.text], ['2007', undefined, '格式：2007年《条例》时期 · 统计表错误 0']);
  });

  it('says a document that is not a report is not checked, in the user’s language', () => {
    const notes = '购物清单\n\n牛奶\n';
    assert.deepEqual(statusOf(analysed(notes, { decide: { enable: true, files: {} } })), { checked: false, text: '未检查（未识别为年度报告）' });
    assert.equal(statusOf(analysed(notes, { decide: { enable: true, files: {} }, locale: 'en' })).text, 'Not checked (not recognised as an annual report)');
  });

  it('says a report edited since it was saved is not checked when the user checks on save only', () => {
    assert.deepEqual(statusOf(analysed(SMALL), true), { checked: false, text: '未检查（已修改，保存后检查）' });
    assert.equal(statusOf(analysed(SMALL, { locale: 'en' }), true).text, 'Not checked (edited; checked when saved)');
  });
});
