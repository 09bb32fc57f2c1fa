import { publicationDeadline } from '../../format/eras';
import { chineseDate, compareDates, isoDate } from '../../text/dates';
import type { Rule } from '../types';
import { datedStatements, kindLabel } from './deadline';

/**
 * Signed or published after a local deadline earlier than the national one (a rule pack's
 * `deadlines`: a province that wants departments' reports by 1月20日, county aggregates by
 * 3月15日). Reports from 2019 on (the 2007 条例's single 3月31日 had no local variants); a date
 * past the national deadline is date/after-deadline's finding, not said twice. The level
 * (department or government) is the model's; when it is unknown, the later of the two local
 * deadlines applies, and nothing when the pack sets only one (be lenient).
 */
export const localDeadline: Rule = {
  meta: { id: 'date/local-deadline', title: '晚于本地规定的发布期限', category: 'date', defaultSeverity: 'warning', fixable: false, eras: ['2019', '2021'] },
  check({ model, t, report, local }) {
    const deadlines = local?.deadlines;
    const stated = datedStatements(model);
    if (!deadlines || !stated) return;
    const candidates = model.level === 'department' ? [deadlines.department] : model.level === 'government' ? [deadlines.government] : [deadlines.department, deadlines.government];
    const days = candidates.filter((d) => d !== undefined);
    if (days.length !== candidates.length) return;
    const latest = days.reduce<(typeof days)[number] | undefined>((a, b) => (a === undefined || b.month > a.month || (b.month === a.month && b.day > a.day) ? b : a), undefined);
    if (!latest) return;
    const deadline = { year: stated.year + 1, month: latest.month, day: latest.day };
    const national = publicationDeadline(stated.year, model.level);
    for (const d of stated.dates) {
      if (compareDates(d.date, deadline) <= 0 || compareDates(d.date, national) > 0) continue;
      report({
        range: d.date.range,
        message: t('date/local-deadline', { kind: kindLabel(t, d), date: chineseDate(d.date), deadline: chineseDate(deadline), pack: local.name }),
        data: { date: isoDate(d.date), kind: d.kind, deadline: isoDate(deadline) },
      });
    }
  },
};
