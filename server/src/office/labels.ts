import { formatMessage } from '../core/i18n/messages';
import type { Locale } from '../core/i18n/messages';
import type { UnitSummary, Verdict } from '../core/office/build';
import { describeSource } from '../core/import/source-label';
import type { TableId } from '../core/format/tables';
import type { OfficeFinding } from '../core/office/types';
import type { Severity } from '../core/rules/types';
import { chineseDate, isoDate } from '../core/text/dates';

/** The words every renderer of the 校验报告 shares (HTML, .xlsx, .docx, the editor's view), from the catalogues. */
export function verdictText(v: Verdict, locale: Locale): string {
  return formatMessage(locale, v === 'ok' ? 'office/verdict.ok' : v === 'fix' ? 'office/verdict.fix' : v === 'failed' ? 'office/verdict.failed' : 'office/verdict.skipped');
}

export function severityText(s: Severity, locale: Locale): string {
  return formatMessage(locale, s === 'error' ? 'office/label.error' : s === 'warning' ? 'office/label.warning' : 'office/label.info');
}

export function eraText(u: UnitSummary, locale: Locale): string {
  const era = u.facts.failure === undefined && u.facts.notice === undefined ? u.facts.era : undefined;
  return era === undefined ? '' : formatMessage(locale, era === '2007' ? 'office/label.era-2007' : era === '2019' ? 'office/label.era-2019' : 'office/label.era-2021');
}

/** 第12行, or the Word/PDF place (第3段, 表三第5行第2列, 第4页) when the importer gave one. */
export function locationText(f: OfficeFinding, locale: Locale): string {
  if (!f.source) return formatMessage(locale, 'office/label.line', { line: f.line });
  const names = f.source.kind === 'cell' && f.sourceTable !== undefined ? new Map([[f.source.table, f.sourceTable]]) : new Map<number, TableId>();
  return describeSource(f.source, names, locale);
}

export function publishedText(u: UnitSummary, locale: Locale): string {
  const d = u.facts.dated;
  if (!d) return u.facts.failure === undefined && u.facts.notice === undefined ? formatMessage(locale, 'office/label.no-date') : '';
  return locale === 'en' ? isoDate(d.date) : chineseDate(d.date);
}

export function timelinessText(u: UnitSummary, locale: Locale): string {
  const t = u.timeliness;
  const deadline = (d: { month: number; day: number }): string => (locale === 'en' ? `${d.month}-${d.day}` : `${d.month}月${d.day}日`);
  switch (t.status) {
    case 'no-date': return '';
    case 'on-time': return formatMessage(locale, 'office/label.on-time');
    case 'late-national': return formatMessage(locale, 'office/label.late-national', { deadline: deadline(t.deadline) });
    case 'late-local': return formatMessage(locale, 'office/label.late-local', { deadline: deadline(t.deadline) });
  }
}

/** 新发现 / 仍未整改 against the recorded check. */
export function baselineText(f: OfficeFinding, locale: Locale): string {
  return f.state === 'new' ? formatMessage(locale, 'office/state.new') : f.state === 'open' ? formatMessage(locale, 'office/state.open') : '';
}

/** 已核实 / 不是问题, the reviewer's decision. */
export function decisionText(f: OfficeFinding, locale: Locale): string {
  return f.decision === 'verified' ? formatMessage(locale, 'office/decision.verified') : f.decision === 'not-a-problem' ? formatMessage(locale, 'office/decision.not-a-problem') : '';
}

export function stateText(f: OfficeFinding, locale: Locale): string {
  return [baselineText(f, locale), decisionText(f, locale)].filter((s) => s !== '').join(' · ');
}

/** The file name without its folders, for narrow columns. */
export function fileName(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return path.slice(cut + 1);
}

/** "：" in Chinese, ": " in English, after a label. */
export function colon(locale: Locale): string {
  return formatMessage(locale, 'office/label.colon');
}

/** "、" in Chinese, ", " in English, between names. */
export function separator(locale: Locale): string {
  return formatMessage(locale, 'office/label.separator');
}
