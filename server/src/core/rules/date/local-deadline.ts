import { publicationDeadline } from '../../format/eras';
import { chineseDate, compareDates, isoDate } from '../../text/dates';
import type { Rule } from '../types';
import { datedStatements, kindLabel } from './deadline';

/**
 * Signed or published after a local deadline stricter than the national one (a rule pack's
 * `deadlines`, e.g. 1月26日 for departments). Reports from 2019 on only (the 2007 条例's single
 * 3月31日 had no local variants to check); a date already past the national deadline is
 * date/after-deadline's finding. The level (department or government) is the model's; when it is
 * unknown, the later of the local deadlines applies (be lenient).
 */
export const localDeadline: Rule = {
  meta: { id: 'date/local-deadline', title: '晚于本地规定的期限', category: 'date', defaultSeverity: 'warning', fixable: false, eras: ['2019', '2021'] },
  check({ model, t, report, local }) {
    const deadlines = local?.deadlines;
    const stated = datedStatements(model);
    if (!deadlines || !stated) return;
    const candidates = model.level === 'department' ? [deadlines.department] : model.level === 'government' ? [deadlines.government] : [deadlines.department, deadlines.government];
    const days = candidates.filter((d) => d !== undefined);
    if (days.length !== candidates.length || days.length === 0) return;
    const latest = days.reduce((a, b) => (compareDates({ year: 0, ...a }, { year: 0, ...b }) >= 0 ? a : b));
    const deadline = { year: stated.year + 1, ...latest };
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
