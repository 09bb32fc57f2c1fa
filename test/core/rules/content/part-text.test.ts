import assert from 'node:assert/strict';
import { parseReport } from '../../../../server/src/core/model/parse-report';
import { contentLength, hasRealPartOne, partLines, partText, sectionPart } from '../../../../server/src/core/rules/content/part-text';

/** A report whose part 一 has CRLF line ends, blank lines, a page-chrome line and a traditional, pinyin-annotated word. */
const REPORT = [
  '# 某县财政局2023年政府信息公开工作年度报告',
  '',
  '一、总体情况',
  '',
  '全年主动公开政府信息120条。',
  '上一篇：关于某事的通知',
  '本局編製(biān)了公开目录。',
  '',
  '二、主动公开政府信息情况',
  '',
  '见下表。',
  '',
].join('\r\n');

describe('content/part-text', () => {
  const model = parseReport(REPORT);
  const part = sectionPart(model, 1);
  it('reads a part as its lines: blank and chrome lines out, simplified, pinyin annotations out', () => {
    assert.ok(part);
    assert.deepEqual([...partLines(model, part)], ['全年主动公开政府信息120条。', '本局编制了公开目录。']);
    assert.equal(partText(model, part), '全年主动公开政府信息120条。\n本局编制了公开目录。');
  });
  it('gives the same text each time it is asked for (read once per model)', () => {
    assert.ok(part);
    assert.equal(partText(model, part), partText(model, part));
  });
  it('counts content characters without spaces and marks, and stops counting at what is enough', () => {
    assert.equal(contentLength('| 甲 乙 |\n# 丙_-*>\u3000丁'), 4);
    assert.equal(contentLength('甲乙丙丁', 2), 2);
  });
  it('has no real part 一 under 200 content characters, and has one from 200 on', () => {
    assert.equal(hasRealPartOne(model), false);
    const long = REPORT.replace('全年主动公开政府信息120条。', '公'.repeat(199 - '本局编制了公开目录。'.length + 1));
    assert.equal(hasRealPartOne(parseReport(long)), true);
    const short = REPORT.replace('全年主动公开政府信息120条。', '公'.repeat(199 - '本局编制了公开目录。'.length));
    assert.equal(hasRealPartOne(parseReport(short)), false);
  });
});
