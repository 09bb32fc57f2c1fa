import { applyDisableComments } from './editor/disable-comments';
import type { Locale } from './i18n/messages';
import { parseReport } from './model/parse-report';
import type { ReportModel } from './model/types';
import { RULES } from './rules';
import { runRules } from './rules/runner';
import type { Finding, SeveritySetting } from './rules/types';
import type { EraId, ReportLevel } from './format/eras';
import type { PresetTable } from './tables/types';

export interface CheckOptions {
  readonly era?: EraId;
  readonly level?: ReportLevel;
  readonly locale?: Locale;
  readonly severities?: Readonly<Record<string, SeveritySetting>>;
  /** Tables that arrived structured (a Word file's tables in its Markdown rendering): read from their grids, not from the text. */
  readonly tables?: readonly PresetTable[];
}

export interface CheckResult {
  readonly model: ReportModel;
  readonly findings: readonly Finding[];
}

/** The whole check of one report: parse, then every rule. The editor and the CLI both call this. */
export function checkReport(text: string, options: CheckOptions = {}): CheckResult {
  const model = parseReport(text, { era: options.era, level: options.level, ...(options.tables ? { tables: options.tables } : {}) });
  const findings = runRules(model, RULES, { locale: options.locale, severities: options.severities });
  // Inline `<!-- govreport-disable-next-line … -->` comments silence findings for the CLI and the editor alike.
  return { model, findings: applyDisableComments(model, findings) };
}
