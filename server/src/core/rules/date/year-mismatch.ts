import type { YearStatement } from '../../model/types';
import type { MessageKey } from '../../i18n/messages';
import { chineseDate } from '../../text/dates';
import type { Rule } from '../types';

const WHAT: Readonly<Record<YearStatement['kind'], MessageKey>> = {
  title: 'date/year-mismatch.title',
  'period-start': 'date/year-mismatch.period-start',
  'period-end': 'date/year-mismatch.period-end',
  preamble: 'date/year-mismatch.preamble',
};

/** The title year, the statistics period and the preamble's statements of the year agree. */
export const yearMismatch: Rule = {
  meta: { id: 'date/year-mismatch', title: '年份前后不一致', category: 'date', defaultSeverity: 'error', fixable: false },
  check({ model, t, report }) {
    const statements = model.yearStatements;
    const reference = statements.find((s) => s.kind === 'title') ?? statements.find((s) => s.kind === 'period-end') ?? statements[0];
    if (!reference) return;
    for (const s of statements) {
      if (s === reference || s.year === reference.year) continue;
      report({
        range: s.range,
        message: t('date/year-mismatch', { what: t(WHAT[s.kind]), year: s.year, reference: t(WHAT[reference.kind]), expected: reference.year }),
        data: { year: s.year, expected: reference.year },
      });
    }
    const period = model.period;
    if (period?.start && !(period.start.month === 1 && period.start.day === 1 && period.end.month === 12 && period.end.day === 31 && period.start.year === period.end.year)) {
      // Only a period that covers something else than one calendar year; a wrong year alone is reported above.
      if (period.start.year === period.end.year) {
        report({
          range: period.range,
          message: t('date/year-mismatch.period-span', { start: chineseDate(period.start), end: chineseDate(period.end) }),
          severity: 'warning',
        });
      }
    }
  },
};
