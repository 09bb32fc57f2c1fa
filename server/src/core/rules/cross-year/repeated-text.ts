import { repetition } from '../../cross-year/repeated-text';
import type { PairRule } from '../types';

/** Share of prose above which a report is taken as a copy of last year's ("雷同"). */
export const REPEATED_SHARE = 0.5;

/** Most of the prose repeats last year's report sentence for sentence. */
export const repeatedText: PairRule = {
  pair: true,
  meta: { id: 'cross-year/repeated-text', title: '正文与上一年度报告大量雷同', category: 'cross-year', defaultSeverity: 'info', fixable: false },
  check({ model, previous, t, report }) {
    const r = repetition(model, previous);
    if (r.sentences < 5 || r.share < REPEATED_SHARE) return;
    const share = Math.round(r.share * 100);
    report({
      range: model.title?.range ?? r.first ?? { start: 0, end: 0 },
      message: t('cross-year/repeated-text', { share, repeated: r.repeated, sentences: r.sentences, year: previous.year?.value ?? '' }),
      data: { share: Math.round(r.share * 1000) / 1000, repeated: r.repeated, sentences: r.sentences, previousYear: previous.year?.value ?? null },
      related: r.first ? [{ range: r.first, message: t('cross-year/repeated-text.first', { year: previous.year?.value ?? '' }) }] : undefined,
    });
  },
};
