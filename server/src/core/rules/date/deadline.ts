import type { ReportDate, ReportModel } from '../../model/types';
import type { MessageKey } from '../../i18n/messages';
import { publicationDeadline } from '../../format/eras';
import type { RuleContext } from '../types';

/** The dates a report is signed or published on, with the statistical year they are judged against. */
export function datedStatements(model: ReportModel): { year: number; dates: readonly ReportDate[] } | undefined {
  if (!model.year || model.year.source === 'body') return undefined;
  return { year: model.year.value, dates: model.dates };
}

export function kindLabel(t: RuleContext['t'], date: ReportDate): string {
  return t(date.kind === 'signature' ? 'date/kind.signature' : 'date/kind.published');
}

/** The deadline and the rule it comes from: 2007 条例 art. 31, or art. 49 for departments and governments. */
export function deadlineFor(model: ReportModel, year: number): { date: { year: number; month: number; day: number }; basis: MessageKey } {
  const date = publicationDeadline(year, model.level);
  const basis: MessageKey = year < 2019 ? 'date/basis.2007' : date.month === 1 ? 'date/basis.department' : 'date/basis.government';
  return { date, basis };
}
