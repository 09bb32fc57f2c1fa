import type { ReportModel } from '../model/types';
import { perModel } from '../model/per-model';
import { foldedTextOf } from './fold';
import type { Sentence } from './sentences';
import { sentencesOf } from './sentences';
import { simplified } from '../text/simplified';

/**
 * The prose sentences with traditional characters simplified (same ranges and offsets), computed
 * once per model for the rules that compare words written in simplified characters. The folded
 * text is simplified once as a whole (one unit for one, so a sentence's slice of it is its
 * simplified text); a report without traditional characters gets the sentences themselves
 * (issue 17: several rules simplified every sentence again, one of them once per word).
 */
export const simplifiedSentencesOf: (model: ReportModel) => readonly Sentence[] = perModel((model) => {
  const sentences = sentencesOf(model);
  const simple = simplifiedProseOf(model);
  if (simple === foldedTextOf(model)) return sentences;
  return sentences.map((s) => ({ range: s.range, text: simple.slice(s.range.start, s.range.end) }));
});

/**
 * The whole folded text simplified: a sentence's text is its range of it. A rule that scans every
 * sentence unit by unit reads this one flat string at the sentences' offsets, faster than each
 * sentence's slice.
 */
export const simplifiedProseOf: (model: ReportModel) => string = perModel((model) =>
  // Folding changes only digits, punctuation and filler, none of which has a traditional form
  // (test/core/prose/simplified-sentences.test.ts): a text with no traditional character folds to none.
  simplifiedTextOf(model) === model.text ? foldedTextOf(model) : simplified(foldedTextOf(model)),
);

/** The model's whole text with traditional characters simplified (same offsets), once per model. */
export const simplifiedTextOf: (model: ReportModel) => string = perModel((model) => simplified(model.text));
