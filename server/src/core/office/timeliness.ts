import { publicationDeadline } from '../format/eras';
import { formatMessage } from '../i18n/messages';
import type { Locale } from '../i18n/messages';
import { chineseDate, compareDates } from '../text/dates';
import { hashHex } from './hash';
import type { OfficeOptions } from '../editor/office-options';
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

export function lateFinding(unit: UnitFacts, t: Timeliness, locale: Locale): OfficeFinding | undefined {
  if (t.status !== 'late-local' || !unit.dated) return undefined;
  return {
    rule: 'office/late', severity: 'warning',
    message: formatMessage(locale, 'office/late', { kind: formatMessage(locale, unit.dated.kind === 'published' ? 'office/kind.published' : 'office/kind.signature'), date: chineseDate(unit.dated.date), deadline: chineseDate(t.deadline) }),
    line: unit.dated.line, column: unit.dated.column, place: formatMessage(locale, 'office/place.date'),
    fingerprint: `office/late:${hashHex(`office/late|${unit.body ?? unit.path}@${unit.year ?? ''}|${unit.dated.kind}`)}`,
  };
}
