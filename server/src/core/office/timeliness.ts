import { publicationDeadline } from '../format/eras';
import { formatMessage } from '../i18n/messages';
import type { Locale } from '../i18n/messages';
import { chineseDate, compareDates } from '../text/dates';
import { hashHex } from './hash';
import { later } from '../editor/office-options';
import type { MonthDay, OfficeOptions } from '../editor/office-options';
import type { LocalRules } from '../rules/local-rules';
import type { Day, OfficeFinding, UnitFacts } from './types';

/**
 * Whether a unit published in time: the national deadline (条例 art. 49/50: departments 31 January,
 * governments and 2008–2018 reports 31 March), or a stricter local one from the office's options.
 * Late against the national deadline is already the check's own finding (date/after-deadline);
 * late against the local one only is an office finding (`office/late`).
 */
export type Timeliness =
  | { readonly status: 'no-date' }
  | { readonly status: 'on-time'; readonly deadline: Day }
  | { readonly status: 'late-national' | 'late-local'; readonly deadline: Day };

export function timelinessOf(unit: UnitFacts, deadlines: OfficeOptions['deadlines']): Timeliness {
  if (!unit.dated || unit.year === undefined) return { status: 'no-date' };
  const national = publicationDeadline(unit.year, unit.level);
  if (compareDates(unit.dated.date, national) > 0) return { status: 'late-national', deadline: national };
  const local = unit.year >= 2019 ? (unit.level === 'department' ? deadlines?.department : deadlines?.government) : undefined;
  const localDay = local ? { year: unit.year + 1, ...local } : undefined;
  if (localDay && compareDates(unit.dated.date, localDay) > 0) return { status: 'late-local', deadline: localDay };
  return { status: 'on-time', deadline: localDay ?? national };
}

/**
 * The local deadlines the 校验报告 judges by: per level the earlier of the office's
 * (`office.deadlines`) and the rule pack's (`deadlines`), so that the 及时性 column and the
 * pack's `date/local-deadline` findings never disagree.
 */
export function localDeadlines(office: OfficeOptions['deadlines'], pack: LocalRules['deadlines']): OfficeOptions['deadlines'] {
  if (!pack) return office;
  const earlier = (a: MonthDay | undefined, b: MonthDay | undefined): MonthDay | undefined => (!a ? b : !b ? a : later(a, b) ? b : a);
  const department = earlier(office?.department, pack.department);
  const government = earlier(office?.government, pack.government);
  return { ...(department ? { department } : {}), ...(government ? { government } : {}) };
}

/** The office options with their deadlines joined with a rule pack's (localDeadlines). */
export function withLocalDeadlines(office: OfficeOptions, pack: LocalRules['deadlines']): OfficeOptions {
  const deadlines = localDeadlines(office.deadlines, pack);
  return deadlines ? { ...office, deadlines } : office;
}

/**
 * The office's own finding on a unit late against a local deadline only; none when the check said
 * so already (`date/local-deadline`, the rule pack's): one cause, one finding.
 */
export function lateFinding(unit: UnitFacts, t: Timeliness, locale: Locale): OfficeFinding | undefined {
  if (t.status !== 'late-local' || !unit.dated) return undefined;
  if (unit.findings.some((f) => f.rule === 'date/local-deadline')) return undefined;
  return {
    rule: 'office/late', severity: 'warning',
    message: formatMessage(locale, 'office/late', { kind: formatMessage(locale, unit.dated.kind === 'published' ? 'office/kind.published' : 'office/kind.signature'), date: chineseDate(unit.dated.date), deadline: chineseDate(t.deadline) }),
    line: unit.dated.line, column: unit.dated.column, place: formatMessage(locale, 'office/place.date'),
    fingerprint: `office/late:${hashHex(`office/late|${unit.body ?? unit.path}@${unit.year ?? ''}|${unit.dated.kind}`)}`,
  };
}
