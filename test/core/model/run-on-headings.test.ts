import assert from 'node:assert/strict';
import { checkReport } from '../../../server/src/core/check';
import { parseReport } from '../../../server/src/core/model/parse-report';

/** Crawler text: a heading runs straight into its paragraph, with no break and no punctuation (our own wording). */
const TITLE = '某县人民政府2020年政府信息公开工作年度报告';

describe('headings that run into the next sentence', () => {
  it('end where the known title ends, on lines of their own', () => {
    const text = [
      TITLE, '',
      '一、总体情况2020年，本县认真贯彻落实《条例》，全年主动公开信息120条。',
      '二、主动公开政府信息情况第二十条第（一）项规章0件。',
      '三、收到和处理政府信息公开申请情况本年新收申请10件，办结10件。',
      '四、政府信息公开行政复议、行政诉讼情况本年度无行政复议和行政诉讼。',
      '五、存在的主要问题及改进情况一是公开质量有待提高。',
      '六、其他需要报告的事项无。', '',
    ].join('\n');
    const model = parseReport(text);
    assert.deepEqual(model.parts.map((p) => p.heading.title), [
      '总体情况', '主动公开政府信息情况', '收到和处理政府信息公开申请情况', '政府信息公开行政复议、行政诉讼情况', '存在的主要问题及改进情况', '其他需要报告的事项',
    ]);
    const rules = checkReport(text).findings.map((f) => f.rule);
    assert.ok(!rules.includes('structure/unknown-heading') && !rules.includes('structure/missing-part'), rules.join(' '));
  });

  it('end where the known title ends in a report pasted as one line', () => {
    const text = `${TITLE} 本报告根据《条例》编制。一、总体情况2020年，本县认真贯彻落实《条例》，全年主动公开信息120条，持续推进政务公开标准化规范化建设，做好政策解读和回应关切。二、主动公开政府信息情况第二十条第（一）项规章0件，行政规范性文件3件。三、收到和处理政府信息公开申请情况本年新收申请10件，办结10件。四、政府信息公开行政复议、行政诉讼情况本年度无行政复议和行政诉讼。五、存在的主要问题及改进情况一是公开质量有待提高。六、其他需要报告的事项无。`;
    assert.deepEqual(parseReport(text).parts.map((p) => p.heading.number), [1, 2, 3, 4, 5, 6]);
    assert.equal(parseReport(text).parts[0]?.heading.title, '总体情况');
  });

  it('keep a longer title that is not followed by a sentence', () => {
    const model = parseReport(`${TITLE}\n\n一、总体情况\n\n2020年，本县认真贯彻落实《条例》。\n\n二、存在的主要问题及改进情况和下一步工作计划\n\n一是公开质量有待提高。\n`);
    assert.equal(model.parts[1]?.heading.title, '存在的主要问题及改进情况和下一步工作计划');
  });
});

describe('a one-line copy cut after its first heading', () => {
  it('has that part when its title is a known part title, not when a sentence enumerates', () => {
    const opening = `${TITLE} 本报告根据《条例》编制，所列数据的统计期限自2020年1月1日起至2020年12月31日止。`;
    const cut = `${opening} 一、总体情况 2020年，本县认真贯彻落实《条例》，坚持以公开为常态、不公开为例外，全年主动公开信息120条，持续推进政务公开标准化规范化建设，做好政策解读和回应关切，进一步完善政府信息公开制度，规范依申请公开办理流程，严格落实保密审查制度，按时更新政府信息公开指南和目录，认真做好政府网站和政务新媒体的信息发布工作，并加强`;
    assert.ok(cut.length >= 200);
    assert.deepEqual(parseReport(cut).parts.map((p) => p.heading.title), ['总体情况']);
    const prose = `${opening} 全年工作分为两方面：一、总体情况的说明；二、做好解读。持续推进政务公开标准化规范化建设，做好政策解读和回应关切，进一步加大政务信息主动公开力度和深度，全年主动公开信息120条。`;
    assert.deepEqual(parseReport(prose).parts, []);
  });
});

describe('headings as pandoc writes Word\'s automatic numbering', () => {
  it('reads "1.  # 总体情况" (a list number before a Markdown heading) as part 一', () => {
    const text = `${TITLE}\n\n1.  # 总体情况\n\n2020年，本县认真贯彻落实《条例》。\n\n# 主动公开政府信息情况\n\n本年主动公开信息120条。\n`;
    assert.deepEqual(parseReport(text).parts.map((p) => [p.heading.number, p.heading.title]), [[1, '总体情况'], [2, '主动公开政府信息情况']]);
  });
});
