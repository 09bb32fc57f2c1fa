import { checkReport } from '../core/check';
import { shouldCheck } from '../core/editor/detect';
import type { GovreportOptions } from '../core/editor/options';
import type { Locale } from '../core/i18n/messages';
import { parseReport } from '../core/model/parse-report';
import type { ReportModel } from '../core/model/types';
import type { Finding } from '../core/rules/types';
import { notCheckedFinding, notCheckedReason } from './limits';
import type { ImportedReport } from '../core/import/types';
import { IMPORT_NOTICE_RULE } from '../import/notice';

/** What every editor feature reads: the model, the findings, and whether the document is checked at all. */
export interface Analysis {
  readonly model: ReportModel;
  readonly findings: readonly Finding[];
  /** False when the document is not a report (or checking is off for it): features stay quiet. */
  readonly checked: boolean;
  readonly locale: Locale;
}

export interface AnalysisInput {
  readonly text: string;
  /** The file path, for the file patterns; undefined for untitled documents. */
  readonly path?: string | undefined;
  readonly languageId?: string | undefined;
  readonly options: GovreportOptions;
  readonly locale: Locale;
  /** An imported file (Word, PDF) the user asked to check: checked whatever it looks like, its tables read from their grids, its notices added. */
  readonly imported?: ImportedReport;
}

/** Parses and checks a document once; the server caches the result per (uri, version). */
export function analyse(input: AnalysisInput): Analysis {
  const { options } = input;
  const locale = options.locale ?? input.locale;
  // A huge or binary document gets one notice instead of a slow or meaningless check (limits.ts).
  const reason = notCheckedReason(input.text);
  if (reason) {
    const head = parseReport(input.text.slice(0, 65_536), { era: options.era, level: options.level });
    const shown = reason === 'binary' || input.languageId === 'govreport' || shouldCheck(options, input.path, head, input.languageId);
    return { model: parseReport(''), findings: shown ? [notCheckedFinding(reason, input.text.length, locale)] : [], checked: shown, locale };
  }
  const { imported } = input;
  if (imported === undefined) {
    const probe = parseReport(input.text, { era: options.era, level: options.level });
    if (!shouldCheck(options, input.path, probe, input.languageId)) return { model: probe, findings: [], checked: false, locale };
  }
  const { model, findings } = checkReport(input.text, { era: options.era, level: options.level, locale, severities: options.severities, ...(imported ? { tables: imported.tables } : {}) });
  const notices = (imported?.notices ?? []).map((n): Finding => ({ rule: IMPORT_NOTICE_RULE, severity: 'warning', range: { start: 0, end: 0 }, message: n.message }));
  return { model, findings: [...notices, ...findings], checked: true, locale };
}
