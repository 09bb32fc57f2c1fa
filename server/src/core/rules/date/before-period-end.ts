import { chineseDate, compareDates, isoDate } from '../../text/dates';
import type { Rule } from '../types';
import { datedStatements, kindLabel } from './deadline';

/** A report is signed and published after its statistical year ends; a date on 31 December itself is a warning. */
export const beforePeriodEnd: Rule = {
  meta: { id: 'date/before-period-end', title: '日期早于统计年度结束', category: 'date', defaultSeverity: 'error', fixable: false },
  check({ model, t, report }) {
    const stated = datedStatements(model);
    if (!stated) return;
    const yearEnd = { year: stated.year, month: 12, day: 31 };
    for (const d of stated.dates) {
      const order = compareDates(d.date, yearEnd);
      if (order > 0) continue;
      const args = { kind: kindLabel(t, d), date: chineseDate(d.date), year: stated.year };
      report({
        range: d.date.range,
        message: t(order < 0 ? 'date/before-period-end' : 'date/before-period-end.last-day', args),
        severity: order < 0 ? undefined : 'warning',
        data: { date: isoDate(d.date), kind: d.kind },
      });
    }
  },
};
