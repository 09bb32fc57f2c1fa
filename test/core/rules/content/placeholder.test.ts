import assert from 'node:assert/strict';
import { checkReport } from '../../../../server/src/core/check';
import { newReportText } from '../../../../server/src/service/templates';
import { CLEAN_2021, replaceOnce } from '../../../support/reports';

const placeholders = (text: string) => checkReport(text).findings.filter((f) => f.rule === 'content/placeholder').map((f) => text.slice(f.range.start, f.range.end));

describe('content/placeholder: text of the skeleton never replaced (issue 13)', () => {
  it('a fresh skeleton is not "0 problems": each （在此填写） and （机关名称） is a warning', () => {
    const skeleton = newReportText({ body: '', year: 2024 });
    // Counted by hand in the skeleton: 机关名称 in the title and the preamble; 在此填写 under the five items of 一 and in 五; the 落款's body and day.
    assert.deepEqual(placeholders(skeleton), ['（机关名称）', '（机关名称）', ...Array<string>(6).fill('（在此填写）'), '（机关名称）', 'XX']);
    assert.ok(checkReport(skeleton).findings.filter((f) => f.rule === 'content/placeholder').every((f) => f.severity === 'warning'));
  });

  it('finds XX of a copied template, never X inside a Latin word', () => {
    const text = replaceOnce(replaceOnce(CLEAN_2021, '示例市生态环境局网站', 'XX市生态环境局网站'), '（电话：0000-12345678）', '（电话：0000-12345678，邮箱 XXX@example.com 或 EXXON）');
    assert.deepEqual(placeholders(text), ['XX', 'XXX']);
  });

  it('a finished report has none', () => {
    assert.deepEqual(placeholders(CLEAN_2021), []);
  });
});
