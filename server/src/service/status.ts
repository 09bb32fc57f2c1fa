import { formatMessage } from '../core/i18n/messages';
import { sectionsOf } from '../core/model/sections-of';
import { hasFixedSections } from '../core/format/sections';
import type { Analysis } from '../core/analyze';
import { eraLabel } from './hover';

/** What the language status item shows for a document. */
export interface StatusInfo {
  readonly checked: boolean;
  readonly era?: string;
  readonly partsFound?: number;
  readonly partsTotal?: number | undefined;
  readonly tableErrors?: number;
  readonly errors?: number;
  /** One line, in the user's language: "格式：2021年格式 · 部分 6/6 · 统计表错误 2". */
  readonly text: string;
}

/**
 * `waitingForSave`: the user checks on save only (govreport.run: onSave) and the document was
 * edited since: what is shown is not this text's check, so the item says so.
 */
export function statusOf(analysis: Analysis, waitingForSave = false): StatusInfo {
  const { locale } = analysis;
  if (!analysis.checked) return { checked: false, text: formatMessage(locale, 'editor/status.not-report') };
  if (waitingForSave) return { checked: false, text: formatMessage(locale, 'editor/status.on-save') };
  const era = eraLabel(analysis);
  const fixed = hasFixedSections(analysis.model.era.id);
  const partsFound = new Set(sectionsOf(analysis.model).map((s) => s.section?.number).filter((n) => n !== undefined)).size;
  const partsTotal = fixed ? 6 : undefined;
  const tableErrors = analysis.findings.filter((f) => f.rule.startsWith('table/') && f.severity === 'error').length;
  const errors = analysis.findings.filter((f) => f.severity === 'error').length;
  const pieces = [formatMessage(locale, 'editor/status.era', { era })];
  if (partsTotal) pieces.push(formatMessage(locale, 'editor/status.parts', { found: partsFound, total: partsTotal }));
  pieces.push(formatMessage(locale, 'editor/status.tables', { count: tableErrors }));
  return { checked: true, era: analysis.model.era.id, partsFound, partsTotal, tableErrors, errors, text: pieces.join(' · ') };
}
