import { sentenceKey } from '../../cross-year/repeated-text';
import { sectionsOf } from '../../model/sections-of';
import type { ReportModel } from '../../model/types';
import { sentencesOf } from '../../prose/sentences';
import type { OffsetRange } from '../../text/line-index';
import type { PairRule } from '../types';

/** Share of part 五's sentences found in last year's part 五 from which it is a copy. */
export const REPEATED_PROBLEMS_SHARE = 0.8;
/** Shorter sentences ("下一步，我局将：") are formulas; fewer than this many characters of prose in 五 is too little to judge. */
const MIN_SENTENCE = 12;
const MIN_PROSE = 40;

/**
 * Part 五 (存在的主要问题及改进情况) repeats last year's part 五: the same problems and the same
 * measures, sentence for sentence (years masked, punctuation ignored, as cross-year/repeated-text
 * compares). The problems found a year ago should have been worked on: a reviewer's 「照搬照抄
 * 上年报告」「问题查摆流于形式」. Reported at this year's heading, citing last year's.
 */
export const repeatedProblems: PairRule = {
  pair: true,
  meta: { id: 'cross-year/repeated-problems', title: '存在问题与改进情况照搬上一年度', category: 'cross-year', defaultSeverity: 'warning', fixable: false, eras: ['2019', '2021'] },
  check({ model, previous, t, report }) {
    const now = partFive(model);
    const before = partFive(previous);
    if (!now || !before) return;
    const previousKeys = new Set(before.keys);
    const total = now.keys.reduce((n, k) => n + k.length, 0);
    if (total < MIN_PROSE) return;
    const repeated = now.keys.filter((k) => previousKeys.has(k));
    const share = repeated.reduce((n, k) => n + k.length, 0) / total;
    if (share < REPEATED_PROBLEMS_SHARE) return;
    const percent = Math.round(share * 100);
    const year = previous.year?.value ?? '';
    const at = previous.lines.positionAt(before.heading.start);
    report({
      range: now.heading,
      message: t('cross-year/repeated-problems', { share: percent, year, line: at.line + 1 }),
      data: { share: Math.round(share * 1000) / 1000, repeated: repeated.length, sentences: now.keys.length, previousYear: previous.year?.value ?? null, previousRange: { start: before.heading.start, end: before.heading.end }, previousLine: at.line + 1, section: 5 },
    });
  },
};

/** Part 五's heading and the keys of its prose sentences. */
function partFive(model: ReportModel): { heading: OffsetRange; keys: string[] } | undefined {
  const five = sectionsOf(model).find((s) => s.section?.number === 5);
  if (!five) return undefined;
  const { body } = five.part;
  const keys = sentencesOf(model)
    .filter((s) => s.range.start >= body.start && s.range.end <= body.end)
    .map(sentenceKey)
    .filter((k) => k.length >= MIN_SENTENCE);
  return keys.length > 0 ? { heading: five.part.heading.range, keys } : undefined;
}
