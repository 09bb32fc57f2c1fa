import { analyzeReport, crossYearFindings } from './analyze';
import type { AnalyzeOptions } from './analyze';
import type { ReportModel } from './model/types';
import type { Finding } from './rules/types';
import type { PresetTable } from './tables/types';
import type { ImportNotice } from './import/types';

export interface CheckOptions extends Pick<AnalyzeOptions, 'era' | 'level' | 'locale' | 'severities' | 'local'> {
  /** Tables that arrived structured (a Word file's tables in its Markdown rendering): read from their grids, not from the text. */
  readonly tables?: readonly PresetTable[] | undefined;
  /** The importer's notices (each a `runner/import-notice`; a table that is a picture makes its part's table present and unreadable). */
  readonly notices?: readonly ImportNotice[] | undefined;
}

export interface CheckResult {
  readonly model: ReportModel;
  readonly findings: readonly Finding[];
}

/**
 * Shorthands of the pipeline (analyze.ts) for a text that is checked whatever it looks like: the
 * rule tests, the bench and the office report use them. The adapters call `analyzeReport` and
 * `addCrossYear`.
 */
export function checkReport(text: string, options: CheckOptions = {}): CheckResult {
  const { model, findings } = analyzeReport({ text, tables: options.tables, importNotices: options.notices }, options);
  return { model, findings };
}

/** The cross-year findings of `current` against the same body's previous report (see `addCrossYear`). */
export function checkAgainstPrevious(current: ReportModel, previous: ReportModel, options: Pick<AnalyzeOptions, 'locale' | 'severities'> = {}): Finding[] {
  return crossYearFindings(current, previous, { locale: options.locale ?? 'zh-cn', severities: options.severities });
}
