import assert from 'node:assert/strict';
import { parseReport } from '../../../server/src/core/model/parse-report';
import { breakdownsOf } from '../../../server/src/core/prose/breakdowns';
import { sentencesOf } from '../../../server/src/core/prose/sentences';
import { corpusReports, corpusText } from '../../support/check';
import { referenceBreakdowns } from './reference-breakdowns';
import { seededRandom } from '../../support/random';

/** A minimal 2007-era report around one paragraph. */
const report = (paragraph: string) => `某县人民政府2017年政府信息公开工作年度报告\n\n一、概述\n\n${paragraph}\n\n二、存在的主要问题及改进措施\n\n继续努力。\n`;

/** The pieces breakdown sentences are made of: markers, brackets, counts in two units, percentages, separators, 等. */
const PIECES = [
  '其中', '其中：', '在主动公开的信息中，', '（', '）', '【', '】', '，', '；', '、', '：', '。',
  '申请', '信息', '当面申请', '网上申请', '12件', '3件', '7条', '40条', '2人次', '占总数的15.8%', '约5件', '等', '9件等', '2023年',
];

function randomParagraph(next: () => number, pieces: number): string {
  let out = '全年共收到申请30件';
  for (let i = 0; i < pieces; i++) out += PIECES[Math.floor(next() * PIECES.length)] ?? '';
  return out;
}

/** Asserts both readings agree; returns how many breakdowns were read. */
const agree = (text: string): number => {
  const model = parseReport(text);
  const found = breakdownsOf(model);
  assert.deepEqual(found, referenceBreakdowns(sentencesOf(model)), text);
  return found.length;
};

describe('breakdown reading in one pass (issue 17)', () => {
  it('reads a long generated 其中 sentence as the former per-marker reading does', () => {
    const sentence = Array.from({ length: 300 }, (_, i) => `${200 + i}件，其中当面申请${i % 9}件、网上申请${i % 7}件（含补正${i % 3}件，其中逾期1件），另有`).join('');
    const text = report(`全年共收到申请${sentence}1件。`);
    const model = parseReport(text);
    const found = breakdownsOf(model);
    assert.ok(found.length >= 300, `${found.length} breakdowns`);
    assert.deepEqual(found, referenceBreakdowns(sentencesOf(model)));
  });

  it('agrees with the former reading on 2,000 random sentences of markers, brackets, counts and separators', () => {
    const next = seededRandom(17);
    let read = 0;
    for (let i = 0; i < 2000; i++) read += agree(report(randomParagraph(next, 6 + (i % 40))));
    // The generated sentences must exercise the reading, not only agree on finding nothing.
    assert.ok(read > 1000, `${read} breakdowns`);
  });

  it('agrees with the former reading on every corpus report', () => {
    let read = 0;
    for (const path of corpusReports()) read += agree(corpusText(path));
    assert.ok(read > 10, `${read} breakdowns`);
  });
});
