import type { ReportModel } from '../model/types';
import { sentencesOf } from '../prose/sentences';
import { normalizeLabel } from '../text/normalize';
import type { OffsetRange } from '../text/line-index';

export interface Repetition {
  /** Prose sentences of the current report considered (at least MIN_LENGTH characters). */
  readonly sentences: number;
  /** Of those, the ones that also stand in the previous report. */
  readonly repeated: number;
  /** Share of the current report's prose characters in repeated sentences, 0…1. */
  readonly share: number;
  /** The first repeated sentence. */
  readonly first?: OffsetRange | undefined;
}

/** Shorter sentences ("现将有关情况报告如下：") are formulas every report shares. */
export const MIN_LENGTH = 12;

/**
 * How much of this year's prose is last year's, sentence for sentence. Sentences compare after
 * label normalisation with punctuation dropped and years masked ("2023年" and "2024年" are the
 * same), so a copy whose years were updated is still a copy; other figures must match.
 */
export function repetition(current: ReportModel, previous: ReportModel): Repetition {
  const previousKeys = new Set(sentencesOf(previous).map(sentenceKey).filter((k) => k.length >= MIN_LENGTH));
  let total = 0;
  let repeatedChars = 0;
  let sentences = 0;
  let repeated = 0;
  let first: OffsetRange | undefined;
  for (const s of sentencesOf(current)) {
    const k = sentenceKey(s);
    if (k.length < MIN_LENGTH) continue;
    sentences++;
    total += k.length;
    if (previousKeys.has(k)) {
      repeated++;
      repeatedChars += k.length;
      first ??= s.range;
    }
  }
  return { sentences, repeated, share: total === 0 ? 0 : repeatedChars / total, first };
}

/** A sentence as compared for repetition: normalised, punctuation dropped, years masked (also the office's copy check). */
export function sentenceKey(s: { readonly text: string }): string {
  return normalizeLabel(s.text)
    .replace(/(19|20)\d{2}(?=年)/g, '#')
    .replace(/[。.,，;；:：、!！?？"“”'‘’()（）《》〈〉「」\-—_*#|\s]/g, (c) => (c === '#' ? '#' : ''));
}
