import assert from 'node:assert/strict';
import { corpusReports, corpusText, covered, findingsOf } from '../../../support/check';
import { CLEAN_2019, CLEAN_2021 } from '../../../support/reports';
import { checkReport } from '../../../../server/src/core/check';

/**
 * The statements against the tables (prose/claims-*). The clean 2021 example's tables: 表三 本年新收
 * 142, 结转下年度继续办理 14; 表二 行政事业性收费 12.5 万元; 表四 复议 维持2 纠正1 尚未审结1 (总计4),
 * 直接起诉 维持1 尚未审结1 (总计2), 复议后起诉 维持1 (read from the example, not from the checker). The sentences are the
 * wording real reports use ("均已按时办结", "未收取行政事业性收费", "均获维持").
 */
const PART_ONE_LINE = '（二）依申请公开。全年共收到政府信息公开申请142件，上年结转7件，办结135件，结转下年度继续办理14件。';
const withSentence = (sentence: string, text = CLEAN_2021): string => {
  assert.ok(text.includes(PART_ONE_LINE));
  return text.replace(PART_ONE_LINE, `${PART_ONE_LINE}\n\n${sentence}`);
};
const RULES = ['prose/claims-all-handled', 'prose/claims-no-fees', 'prose/claims-all-upheld', 'prose/claims-no-applications', 'prose/claims-no-cases'];

describe('prose/claims-*: statements against the tables', () => {
  it('give nothing on the clean examples and the corpus reports', () => {
    const texts = [CLEAN_2021, CLEAN_2019, ...corpusReports().map((path) => corpusText(path))];
    for (const text of texts) assert.deepEqual(checkReport(text).findings.filter((f) => RULES.includes(f.rule)).map((f) => f.message), []);
  });
});

describe('prose/claims-all-handled', () => {
  const RULE = 'prose/claims-all-handled';
  it('finds "均已按时办结" while 14 applications are carried over', () => {
    const text = withSentence('本年度收到的政府信息公开申请均已按时办结。');
    const [f, ...rest] = findingsOf(RULE, text);
    assert.ok(f);
    assert.deepEqual(rest, []);
    assert.equal(covered(text, f), '均已按时办结');
    assert.equal(f.severity, 'warning');
    assert.match(f.message, /结转下年度继续办理/);
    assert.match(f.message, /14/);
    assert.equal(f.data?.carryOver, 14);
  });
  it('leaves scoped statements alone: an exception, last year\'s, a subset, 截至目前', () => {
    for (const s of [
      '除14件结转下年度办理外，其余申请均已按时办结。',
      '上年结转的7件申请均已办结。',
      '网上申请均已按时办结。',
      '截至目前，上述申请均已办结。',
      '未能全部办结的申请已结转下年度。',
    ]) assert.deepEqual(findingsOf(RULE, withSentence(s)), [], s);
  });
});

describe('prose/claims-no-fees', () => {
  const RULE = 'prose/claims-no-fees';
  it('finds "未收取行政事业性收费" while 表二 has 12.5 万元', () => {
    const text = withSentence('本年度本机关未收取行政事业性收费。');
    const [f, ...rest] = findingsOf(RULE, text);
    assert.ok(f);
    assert.deepEqual(rest, []);
    assert.match(covered(text, f), /行政事业性收费/);
    assert.match(f.message, /12\.5/);
  });
  it('leaves the 信息处理费 statement and fee policy alone', () => {
    for (const s of ['依申请提供政府信息未收取信息处理费。', '全面落实免征行政事业性收费政策。']) assert.deepEqual(findingsOf(RULE, withSentence(s)), [], s);
  });
});

describe('prose/claims-all-upheld', () => {
  const RULE = 'prose/claims-all-upheld';
  it('finds "均获维持" while 表四 has a case corrected and one not concluded', () => {
    const text = withSentence('因政府信息公开被申请行政复议4件，均获维持。');
    const [f, ...rest] = findingsOf(RULE, text);
    assert.ok(f);
    assert.deepEqual(rest, []);
    assert.equal(covered(text, f), '均获维持');
    assert.match(f.message, /尚未审结|结果纠正/);
  });
  it('leaves a statement about the concluded cases alone', () => {
    const s = '因政府信息公开被申请行政复议4件，已审结的均获维持。';
    assert.deepEqual(findingsOf(RULE, withSentence(s)), []);
  });
});

describe('prose/claims-no-applications', () => {
  const RULE = 'prose/claims-no-applications';
  it('finds "未收到政府信息公开申请" while 表三 has 142 new applications', () => {
    const text = withSentence('本年度未收到政府信息公开申请。');
    const [f, ...rest] = findingsOf(RULE, text);
    assert.ok(f);
    assert.deepEqual(rest, []);
    assert.match(covered(text, f), /^未收到.*申请$/);
    assert.match(f.message, /142/);
  });
  it('leaves other subjects, a subset and last year alone', () => {
    for (const s of ['本年度未收到人大代表建议。', '本年度未收到法人或其他组织的政府信息公开申请。', '上年度未收到政府信息公开申请。']) assert.deepEqual(findingsOf(RULE, withSentence(s)), [], s);
  });
});

describe('prose/claims-no-cases', () => {
  const RULE = 'prose/claims-no-cases';
  it('finds "未发生…行政复议、行政诉讼" while 表四 has cases', () => {
    const text = withSentence('本年度未发生因政府信息公开被申请行政复议、提起行政诉讼的情况。');
    const [f, ...rest] = findingsOf(RULE, text);
    assert.ok(f);
    assert.deepEqual(rest, []);
    assert.match(covered(text, f), /^未发生.*行政复议/);
  });
  it('leaves statements of rights and of outcomes alone', () => {
    for (const s of ['申请人认为行政机关在政府信息公开工作中侵犯其合法权益的，可以依法申请行政复议或者提起行政诉讼。', '本年度未发生被纠错的政府信息公开行政复议案件。']) assert.deepEqual(findingsOf(RULE, withSentence(s)), [], s);
  });
});
