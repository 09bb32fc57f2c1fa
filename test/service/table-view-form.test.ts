import { strict as assert } from 'node:assert';
import { tableTemplate } from '../../server/src/core/format/tables';
import { officialForm, spans } from '../../server/src/service/table-view-form';
import type { FormLine } from '../../server/src/service/table-view-form';

/** A form line written the short way: labels as "text colspan×rowspan", values as their cell key. */
const show = (line: FormLine) => line.slots.map((s) => (s.kind === 'label' ? `${s.text} ${s.colspan}×${s.rowspan}` : `${s.ref.row}/${s.ref.column}${s.colspan > 1 ? ` ×${s.colspan}` : ''}`));

describe('service: spans', () => {
  it('merges neighbours with the same path, level by level, and never across a different parent', () => {
    assert.deepEqual(spans([['A', 'x'], ['A', 'y'], ['B', 'x'], ['C']]), [
      { level: 0, start: 0, count: 2, text: 'A', last: false },
      { level: 0, start: 2, count: 1, text: 'B', last: false },
      { level: 0, start: 3, count: 1, text: 'C', last: true },
      { level: 1, start: 0, count: 1, text: 'x', last: true },
      { level: 1, start: 1, count: 1, text: 'y', last: true },
      { level: 1, start: 2, count: 1, text: 'x', last: true },
    ]);
  });
});

describe('service: the table view’s official form', () => {
  it('table 三 (2021): the 申请人情况 header over 法人或其他组织 over five columns, the group labels down their rows', () => {
    const form = officialForm(tableTemplate('三', '2021'));
    // As the form printed with 国办公开办函〔2021〕30号 draws it.
    assert.deepEqual(show(form[0] ?? { kind: 'header', slots: [] }), ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） 3×3', '申请人情况 7×1']);
    assert.deepEqual(show(form[1] ?? { kind: 'header', slots: [] }), ['自然人 1×2', '法人或其他组织 5×1', '总计 1×2']);
    assert.deepEqual(show(form[2] ?? { kind: 'header', slots: [] }), ['商业企业 1×1', '科研机构 1×1', '社会公益组织 1×1', '法律服务机构 1×1', '其他 1×1']);
    const data = form.filter((l) => l.kind === 'data');
    assert.equal(data.length, 25);
    assert.deepEqual(show(data[0] ?? { kind: 'data', slots: [] }).slice(0, 2), ['一、本年新收政府信息公开申请数量 3×1', 'new/natural']);
    // 三、本年度办理结果 spans （一）予以公开 … （七）总计: 22 rows; （三）不予公开 its eight items.
    assert.deepEqual(show(data[2] ?? { kind: 'data', slots: [] }).slice(0, 3), ['三、本年度办理结果 1×22', '（一）予以公开 2×1', 'open/natural']);
    assert.deepEqual(show(data[4] ?? { kind: 'data', slots: [] }).slice(0, 3), ['（三）不予公开 1×8', '1.属于国家秘密 1×1', 'deny-1/natural']);
    assert.deepEqual(show(data[23] ?? { kind: 'data', slots: [] }).slice(0, 2), ['（七）总计 2×1', 'total/natural']);
    assert.deepEqual(show(data[24] ?? { kind: 'data', slots: [] }).slice(0, 2), ['四、结转下年度继续办理 3×1', 'carry-over/natural']);
    assert.ok(data.every((l) => l.slots.filter((s) => s.kind === 'value').length === 7));
  });

  it('table 四: one row of 15 numbers under 行政复议 and 行政诉讼 › 未经复议直接起诉 / 复议后起诉', () => {
    const form = officialForm(tableTemplate('四', '2021'));
    assert.deepEqual(form.map((l) => l.kind), ['header', 'header', 'header', 'data']);
    assert.deepEqual(show(form[0] ?? { kind: 'header', slots: [] }), ['行政复议 5×1', '行政诉讼 10×1']);
    assert.deepEqual(show(form[1] ?? { kind: 'header', slots: [] }), ['结果维持 1×2', '结果纠正 1×2', '其他结果 1×2', '尚未审结 1×2', '总计 1×2', '未经复议直接起诉 5×1', '复议后起诉 5×1']);
    assert.equal(form[2]?.slots.length, 10);
    assert.deepEqual(show(form[3] ?? { kind: 'data', slots: [] }).slice(4, 6), ['review/total', 'suit-direct/upheld']);
  });

  it('table 二 (2021): each 第二十条 block under its heading, a block of one column widened to the table', () => {
    const form = officialForm(tableTemplate('二', '2021'));
    assert.deepEqual(form.slice(0, 4).map(show), [
      ['第二十条第（一）项 4×1'],
      ['信息内容 1×1', '本年制发件数 1×1', '本年废止件数 1×1', '现行有效件数 1×1'],
      ['规章 1×1', 'rules/issued', 'rules/repealed', 'rules/in-force'],
      ['行政规范性文件 1×1', 'normative/issued', 'normative/repealed', 'normative/in-force'],
    ]);
    assert.deepEqual(form.slice(4, 7).map(show), [['第二十条第（五）项 4×1'], ['信息内容 1×1', '本年处理决定数量 3×1'], ['行政许可 1×1', 'license/decisions ×3']]);
  });
});

