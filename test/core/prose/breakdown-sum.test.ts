import assert from 'node:assert/strict';
import { corpusReports, corpusText, covered, findingsOf } from '../../support/check';
import { SEED_000, SEED_001, SEED_002, SEED_003, SEED_004 } from '../../support/reports';
import { nth } from '../../support/nth';

const RULE = 'prose/breakdown-sum';

/** A minimal 2007-era report around one paragraph. */
const report = (paragraph: string) => `某县人民政府2017年政府信息公开工作年度报告\n\n一、概述\n\n${paragraph}\n\n二、存在的主要问题及改进措施\n\n继续努力。\n`;

describe(RULE, () => {
  it('gives seed 000 exactly the 3940 vs 3913 hint, at the total', () => {
    const found = findingsOf(RULE, SEED_000);
    assert.equal(found.length, 1);
    const [f] = found;
    assert.ok(f);
    assert.equal(f.severity, 'info');
    assert.equal(covered(SEED_000, f), '3940');
    assert.equal(f.message, '「其中」各项之和为 3913 条，与所述合计 3940 条相差 27 条。');
    assert.equal(f.data?.stated, 3940);
    assert.equal(f.data.computed, 3913);
    assert.equal(f.fix, undefined);
    assert.ok(f.related && covered(SEED_000, nth(f.related, 0)).startsWith(':行政审批信息141条'));
  });

  it('is silent on the breakdowns that add up (seeds 001–004)', () => {
    for (const seed of [SEED_001, SEED_002, SEED_003, SEED_004]) assert.deepEqual(findingsOf(RULE, seed), []);
  });

  it('is silent on every real page of the corpus', () => {
    for (const page of corpusReports().filter((r) => r.startsWith('real/pages/'))) {
      assert.deepEqual(findingsOf(RULE, corpusText(page)), [], page);
    }
  });

  it('flags a near miss in either direction and states both figures', () => {
    const under = findingsOf(RULE, report('全年共收到申请100件，其中当面申请30件，网上申请50件，信函申请18件。'));
    assert.equal(under.length, 1);
    assert.match(nth(under, 0).message, /各项之和为 98 件，与所述合计 100 件相差 2 件/);
    const over = findingsOf(RULE, report('全年共办结申请100件，其中按时办结98件，延期办结3件。'));
    assert.equal(over.length, 1);
    assert.match(nth(over, 0).message, /101 件.*100 件.*多出/);
  });

  it('counts the figure in the total’s unit ("5期60条") and accepts a clause in another unit as a part or not', () => {
    assert.deepEqual(findingsOf(RULE, report('公开信息100条（其中：公报5期60条；网站40条）。')), []);
    assert.deepEqual(findingsOf(RULE, report('发布信息100条，其中：视频10期；微博50条；微信40条。')), []);
    assert.deepEqual(findingsOf(RULE, report('发布信息100条，其中：视频10期；微博60条；微信40条。')), []);
  });

  it('takes the total in the parts’ unit, not 人次 before 件', () => {
    assert.deepEqual(findingsOf(RULE, report('共受理91人次申请99件，其中现场受理32件，邮寄受理53件，网上受理14件。')), []);
    assert.equal(findingsOf(RULE, report('共受理91人次申请99件，其中现场受理32件，邮寄受理53件，网上受理12件。')).length, 1);
  });

  it('never checks approximate figures exactly', () => {
    for (const p of ['发布信息约100条，其中A类50条，B类40条。', '发布信息100余条，其中A类50条，B类40条。', '发布信息近100条，其中A类50条，B类40条。', '发布信息100条，其中A类50余条，B类40条。']) {
      assert.deepEqual(findingsOf(RULE, report(p)), [], p);
    }
  });

  it('stays silent on subsets, partial lists and overlapping channels', () => {
    for (const p of [
      '共收到申请99件，其中网上申请14件。',
      '共收到申请99件，其中网上申请14件、信函申请5件。',
      '发布信息1000条，其中网站发布900条，微博发布800条，微信发布700条。',
      '发布信息100条，其中A类50条、B类30条等。',
    ]) assert.deepEqual(findingsOf(RULE, report(p)), [], p);
  });

  it('ends a comma-separated list at the semicolon (the sentence goes on about something else)', () => {
    assert.deepEqual(findingsOf(RULE, report('通过网站发布信息79712条，其中部门发布35267条，各地发布44445条；通过微博发布45753条。')), []);
  });

  it('reads "在…中" and a 其中 opening the next sentence', () => {
    assert.equal(findingsOf(RULE, report('共主动公开政府信息25条，在主动公开的信息中，工作动态信息5条，财政预决算信息18条，其他信息1条。')).length, 1);
    assert.equal(findingsOf(RULE, report('公开各类信息46条。其中工作动态类36条；计划总结类7条；其他类2条。')).length, 1);
  });
});
