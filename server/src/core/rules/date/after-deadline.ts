import { chineseDate, compareDates, isoDate } from '../../text/dates';
import type { Rule } from '../types';
import { datedStatements, deadlineFor, kindLabel } from './deadline';

/** Published or signed after the legal deadline: 31 March (2007 条例; governments' reports), 31 January (departments from 2019). */
export const afterDeadline: Rule = {
  meta: { id: 'date/after-deadline', title: '晚于法定发布期限', category: 'date', defaultSeverity: 'warning', fixable: false },
  check({ model, t, report }) {
    const stated = datedStatements(model);
    if (!stated) return;
    const deadline = deadlineFor(model, stated.year);
    for (const d of stated.dates) {
      if (compareDates(d.date, deadline.date) <= 0) continue;
      report({
        range: d.date.range,
        message: t('date/after-deadline', { kind: kindLabel(t, d), date: chineseDate(d.date), deadline: chineseDate(deadline.date), basis: t(deadline.basis) }),
        data: { date: isoDate(d.date), kind: d.kind, deadline: isoDate(deadline.date) },
      });
    }
  },
};
