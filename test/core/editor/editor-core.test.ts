import { strict as assert } from 'node:assert';
import { checkReport } from '../../../server/src/core/check';
import { looksLikeReport, forcedByPattern } from '../../../server/src/core/editor/detect';
import { DISABLE_DIRECTIVE, disableCommentEdit, findDisableComments } from '../../../server/src/core/editor/disable-comments';
import { matchesGlob } from '../../../server/src/core/editor/glob';
import { DEFAULT_OPTIONS, mergeOptions, parseRcText } from '../../../server/src/core/editor/options';
import { findRcLayers, folderOf, foldersUpward } from '../../../server/src/core/editor/rc-lookup';
import { parseReport } from '../../../server/src/core/model/parse-report';
import { displayWidth } from '../../../server/src/core/text/display-width';
import { applyEdits } from '../../support/check';
import { defined, nth } from '../../support/nth';
import { CLEAN_2021, replaceOnce } from '../../support/reports';

const REPORT = '# 示例局2022年政府信息公开工作年度报告\n\n## 一、总体情况\n\n正文。\n\n## 四、政府信息公开行政复议和行政诉讼情况\n\n无。\n';

describe('editor core: disable comments, what they silence', () => {
  it('reads rules and reason', () => {
    const model = parseReport('<!-- govreport-disable-next-line structure/missing-part, date/year-mismatch 原因：上级要求 -->\n标题\n');
    const [c] = findDisableComments(model);
    assert.ok(c);
    assert.deepEqual(c.rules, ['structure/missing-part', 'date/year-mismatch']);
    assert.equal(c.reason, '上级要求');
    assert.equal(c.targetLine, 1);
  });

  it('silences only the named rule on the next line', () => {
    const before = checkReport(REPORT).findings.map((f) => f.rule);
    assert.ok(before.includes('structure/heading-variant'));
    const silenced = REPORT.replace('## 四、', '<!-- govreport-disable-next-line structure/heading-variant 原因：沿用 -->\n## 四、');
    const after = checkReport(silenced).findings.map((f) => f.rule);
    assert.ok(!after.includes('structure/heading-variant'));
    assert.ok(after.includes('structure/missing-part'));
  });

  it('without a rule id silences every rule on that line', () => {
    const silenced = REPORT.replace('## 四、', '<!-- govreport-disable-next-line -->\n## 四、');
    const lineOf = (t: string, o: number) => t.slice(0, o).split('\n').length - 1;
    const heading = silenced.split('\n').findIndex((l) => l.startsWith('## 四、'));
    assert.ok(!checkReport(silenced).findings.some((f) => lineOf(silenced, f.range.start) === heading));
  });

  const directiveProblemsOf = (text: string) => checkReport(text).findings.filter((f) => f.rule === 'runner/disable-directive').map((f) => [f.data?.problem, text.slice(f.range.start, f.range.end)]);

  it('a whole-file directive silences the named rule everywhere, and only it', () => {
    const silenced = `<!-- govreport-disable structure/heading-variant 原因：本单位沿用旧标题 -->\n${REPORT}`;
    const rules = checkReport(silenced).findings.map((f) => f.rule);
    assert.ok(!rules.includes('structure/heading-variant'));
    assert.ok(rules.includes('structure/missing-part'));
    assert.deepEqual(directiveProblemsOf(silenced), []);
  });

  it('requires a reason: none, or the quick fix’s 「请填写原因」 left in, is reported on the comment (which still silences)', () => {
    const none = REPORT.replace('## 四、', '<!-- govreport-disable-next-line structure/heading-variant -->\n## 四、');
    assert.deepEqual(directiveProblemsOf(none), [['no-reason', '<!-- govreport-disable-next-line structure/heading-variant -->']]);
    assert.ok(!checkReport(none).findings.some((f) => f.rule === 'structure/heading-variant'));
    const placeholder = REPORT.replace('## 四、', '<!-- govreport-disable-next-line structure/heading-variant 原因：请填写原因 -->\n## 四、');
    assert.deepEqual(directiveProblemsOf(placeholder).map(([p]) => p), ['placeholder-reason']);
    assert.match(defined(checkReport(placeholder).findings.find((f) => f.rule === 'runner/disable-directive')).message, /^停用注释的原因仍是占位文字「请填写原因」/);
  });

  it('reports rule ids that are no rule, and directives that silence nothing (like --report-unused-disable-directives)', () => {
    const unknown = REPORT.replace('## 四、', '<!-- govreport-disable-next-line structure/heading-varient 原因：沿用 -->\n## 四、');
    assert.deepEqual(directiveProblemsOf(unknown).map(([p]) => p), ['unknown-rule']);
    assert.ok(checkReport(unknown).findings.some((f) => f.rule === 'structure/heading-variant'), 'a misspelt id silences nothing');
    // 一、总体情况 has no finding: the directive above it is unused.
    const unused = REPORT.replace('## 一、', '<!-- govreport-disable-next-line structure/heading-variant 原因：沿用 -->\n## 一、');
    assert.deepEqual(directiveProblemsOf(unused).map(([p]) => p), ['unused']);
    assert.deepEqual(directiveProblemsOf(REPORT.replace('## 一、', '<!-- govreport-disable structure/part-order 原因：沿用 -->\n## 一、')).map(([p]) => p), ['unused']);
  });
});

describe('editor core: disable comments, where the quick fix writes them', () => {
  it('the edit inserts the comment above the line, keeping indentation', () => {
    const model = parseReport('a\n  b\n');
    const e = defined(disableCommentEdit(model, 1, 'structure/empty-part', '请填写原因'));
    assert.equal(applyEdits(model.text, [e]), 'a\n  <!-- govreport-disable-next-line structure/empty-part 原因：请填写原因 -->\n  b\n');
  });

  it('never writes an HTML comment into a plain-text report (it would be published)', () => {
    assert.equal(disableCommentEdit(parseReport('a\n  b\n'), 1, 'structure/empty-part', '请填写原因', 'plaintext'), undefined);
  });

  it('puts the comment above a Markdown table, never inside it, and silences the rule in the whole table', () => {
    const broken = replaceOnce(CLEAN_2021, '| （一）予以公开 | 58 | 8 | 1 | 0 | 2 | 1 | 70 |', '| （一）予以公开 | 58 | 8 | 1 | 0 | 2 | 1 | 71 |');
    const model = parseReport(broken);
    const wrong = defined(checkReport(broken).findings.find((f) => f.rule === 'table/wrong-cell'));
    const line = model.lines.positionAt(wrong.range.start).line;
    const e = defined(disableCommentEdit(model, line, 'table/wrong-cell', '已核实', 'markdown'));
    const silenced = applyEdits(broken, [e]);
    const lines = silenced.split('\n');
    const at = lines.findIndex((l) => l.includes(DISABLE_DIRECTIVE));
    assert.ok(!(lines[at - 1] ?? '').startsWith('|'), 'the line above the comment is not a table row');
    assert.ok((lines[at + 1] ?? '').startsWith('|'), 'the table starts right below the comment');
    assert.ok(!checkReport(silenced).findings.some((f) => f.rule === 'table/wrong-cell'), 'silenced in the whole table');
    assert.ok(checkReport(silenced).findings.every((f) => !f.rule.startsWith('table/missing') && f.rule !== 'structure/missing-table'), 'the table is still read as one table');
  });
});

describe('editor core: options and .govreportrc.json', () => {
  it('parses and validates', () => {
    const { options, problems } = parseRcText(JSON.stringify({ era: '2019', level: 'auto', rules: { 'structure/missing-part': 'warning', 'x/y': 'off', 'structure/empty-part': 'loud' }, files: { '*.md': true } }));
    assert.equal(options.era, '2019');
    assert.equal(options.level, undefined);
    assert.deepEqual(options.severities, { 'structure/missing-part': 'warning' });
    assert.deepEqual(options.files, { '*.md': true });
    assert.equal(problems.length, 2);
    assert.match(nth(parseRcText('{').problems, 0), /不是有效的 JSON/);
  });

  it('takes a severity for the warnings on disable comments, which are no rule', () => {
    const { options, problems } = parseRcText(JSON.stringify({ rules: { 'runner/disable-directive': 'off', 'runner/not-checked': 'off' } }));
    assert.deepEqual(options.severities, { 'runner/disable-directive': 'off' });
    assert.deepEqual(problems, ['未知规则「runner/not-checked」。']);
  });

  it('merges layers, later winning', () => {
    const o = mergeOptions(DEFAULT_OPTIONS, { severities: { a: 'off' }, era: '2019' }, { severities: { b: 'error' }, enable: false });
    assert.deepEqual(o, { enable: false, era: '2019', level: undefined, severities: { a: 'off', b: 'error' }, files: {}, locale: undefined, office: undefined });
  });

  it('finds rc files upward, outermost first', () => {
    assert.deepEqual(foldersUpward('/a/b'), ['/a/b', '/a', '/']);
    assert.deepEqual(foldersUpward('C:\\x\\y'), ['C:\\x\\y', 'C:\\x', 'C:\\']);
    assert.equal(folderOf('a/b/c.md'), 'a/b');
    assert.equal(folderOf('c.md'), '.');
    const files: Record<string, string> = { '/.govreportrc.json': '{"era":"2019"}', '/a/b/.govreportrc.json': '{"era":"2021"}' };
    assert.deepEqual(findRcLayers('/a/b', (p) => files[p], '/').map((l) => l.options.era), ['2019', '2021']);
  });

  it('looks for rc files only up to the boundary (the workspace, the repository), never above it', () => {
    const files: Record<string, string> = { '/.govreportrc.json': '{"era":"2019"}', '/a/.govreportrc.json': '{"level":"government"}', '/a/b/.govreportrc.json': '{"era":"2021"}' };
    const asked: string[] = [];
    const read = (p: string) => { asked.push(p); return files[p]; };
    assert.deepEqual(findRcLayers('/a/b', read, '/a/b').map((l) => l.path), ['/a/b/.govreportrc.json']);
    assert.deepEqual(findRcLayers('/a/b', read, '/a/').map((l) => l.path), ['/a/.govreportrc.json', '/a/b/.govreportrc.json']);
    assert.deepEqual(findRcLayers('/ab', read, '/a'), [], 'a sibling whose name starts alike is not inside');
    assert.deepEqual(findRcLayers('/x', read, '/a'), []);
    assert.ok(!asked.includes('/.govreportrc.json'), 'nothing above the boundary is read');
    const skipped = findRcLayers('/a', () => ({ skipped: '不是普通文件' }), '/a');
    assert.deepEqual(skipped.map((l) => [l.problems, l.unusable]), [[['不是普通文件'], true]]);
  });
});

describe('editor core: detection, globs, display width', () => {
  it('detects reports by title or by standard part headings', () => {
    assert.ok(looksLikeReport(parseReport('某局2022年政府信息公开工作年报\n\n正文\n')));
    assert.ok(looksLikeReport(parseReport('一、总体情况\n\n正文。\n\n二、主动公开政府信息情况\n\n正文。\n')));
    assert.ok(!looksLikeReport(parseReport('# 会议纪要\n\n一、会议议题\n\n二、决定事项\n')));
  });

  it('matches file patterns, the last matching one deciding', () => {
    assert.ok(matchesGlob('*.md', '/w/x/a.md'));
    assert.ok(matchesGlob('reports/**/*.{md,txt}', '/w/reports/2022/a.txt'));
    assert.ok(!matchesGlob('reports/*.md', '/w/other/a.md'));
    assert.equal(forcedByPattern({ '**/*.md': true, 'README.md': false }, '/w/README.md'), false);
    assert.equal(forcedByPattern({ '**/*.md': true }, undefined), undefined);
  });

  it('counts CJK characters as two columns', () => {
    assert.equal(displayWidth('规章'), 4);
    assert.equal(displayWidth('a（1）'), 6);
    assert.equal(displayWidth('𠀀'), 2);
  });
});
