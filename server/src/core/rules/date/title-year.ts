import { findDates } from '../../text/dates';
import { sectionsOf } from '../../model/sections-of';
import type { Rule } from '../types';

/** The first year part 一 speaks of, in its first 200 characters ("2023年，我局…"). */
const OPENING_YEAR = /((?:19|20)\d{2})\s*年/;

/**
 * The title carries the year of another report: it disagrees with both the 落款 (signed in the
 * year after the report's) and the year part 一 opens with, while nothing else states the year
 * (when the statistics period or the preamble states it, date/year-mismatch speaks). The usual
 * cause: last year's report reused with its title unchanged. A hint (info): the title is the
 * strongest statement of the year, and two weaker ones agree against it.
 */
export const titleYear: Rule = {
  meta: { id: 'date/title-year', title: '标题年份可能沿用了其他年度', category: 'date', defaultSeverity: 'info', fixable: false },
  check({ model, t, report }) {
    const year = model.year;
    if (year?.source !== 'title') return;
    if (model.yearStatements.some((s) => s.kind !== 'title')) return;
    const signature = model.dates.find((d) => d.kind === 'signature');
    if (!signature) return;
    const signedFor = signature.date.year - 1;
    if (signedFor === year.value) return;
    const partOne = sectionsOf(model).find((s) => s.section?.number === 1)?.part ?? model.parts[0];
    if (!partOne) return;
    const opening = model.text.slice(partOne.body.start, Math.min(partOne.body.end, partOne.body.start + 200));
    const m = OPENING_YEAR.exec(opening);
    // A date in the opening ("2024年1月…") is not the year it speaks of.
    if (!m || Number(m[1]) !== signedFor || findDates(opening).some((d) => d.range.start === m.index)) return;
    report({
      range: year.range,
      message: t('date/title-year', { year: year.value, expected: signedFor, signed: `${signature.date.year}年${signature.date.month}月${signature.date.day}日` }),
      data: { year: year.value, expected: signedFor },
      related: [{ range: signature.date.range, message: t('date/title-year.signed') }],
    });
  },
};
