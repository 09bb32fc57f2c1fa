import { addCrossYear } from '../core/analyze';
import type { Analysis } from '../core/analyze';
import type { GovreportOptions } from '../core/editor/options';
import type { Locale } from '../core/i18n/messages';
import { buildOfficeReport } from '../core/office/build';
import type { OfficeReport } from '../core/office/build';
import { parseSidecar, SIDECAR_FILE_NAME } from '../core/office/decisions';
import { unitFacts } from '../core/office/facts';
import { parseCsv, rosterFromRows } from '../core/office/roster';
import type { RosterEntry } from '../core/office/roster';
import type { UnitFacts } from '../core/office/types';
import { withLocalDeadlines } from '../core/office/timeliness';
import { previousReportOf } from './cross-year';
import type { ReportCandidate } from './cross-year';

/**
 * The 校验报告 of the workspace (检查工作区内全部年报): the same summary model as
 * `govreport report`, from the files the workspace check read, with their cross-year findings,
 * the office options of the first folder's `.govreportrc.json`, a .csv roster and the decisions
 * sidecar of the first folder. Pure: the server passes what it read.
 */
export interface WorkspaceFile {
  readonly uri: string;
  /** The path shown in the report (relative to its workspace folder). */
  readonly path: string;
  readonly analysis: Analysis;
  readonly options: GovreportOptions;
}

export interface WorkspaceOfficeInput {
  readonly files: readonly WorkspaceFile[];
  /** Reports a file's previous year may be among (the files themselves, open documents, the workspace index). */
  readonly pool: readonly ReportCandidate[];
  readonly folders: readonly string[];
  readonly locale: Locale;
  /** Reads a text file of the first folder (roster .csv, sidecar), undefined when absent. */
  readText(path: string): string | undefined;
  readonly firstFolder?: string;
  readonly version: string;
  readonly today: Date;
}

export function workspaceOfficeReport(input: WorkspaceOfficeInput): OfficeReport {
  const { locale } = input;
  const units: UnitFacts[] = input.files.filter((f) => f.analysis.checked).map((f) => {
    const previous = previousReportOf(f.analysis.model, f.uri, input.pool.filter((c) => c.uri !== f.uri));
    const findings = previous ? addCrossYear(f.analysis, previous.model).findings : f.analysis.findings;
    return unitFacts({ path: f.path, model: f.analysis.model, findings, lines: f.analysis.model.sourceLines }, locale);
  });
  const first = input.files[0]?.options;
  const office = withLocalDeadlines(first?.office ?? {}, first?.local?.deadlines);
  let roster: RosterEntry[] | undefined;
  const rosterOption = office.roster;
  if (Array.isArray(rosterOption)) roster = (rosterOption as readonly string[]).map((name) => ({ name }));
  else if (rosterOption && input.firstFolder !== undefined && /\.csv$/i.test((rosterOption as { file: string }).file)) {
    const text = input.readText(`${input.firstFolder}/${(rosterOption as { file: string }).file}`);
    if (text !== undefined) roster = rosterFromRows(parseCsv(text));
  }
  const sidecarText = input.firstFolder === undefined ? undefined : input.readText(`${input.firstFolder}/${SIDECAR_FILE_NAME}`);
  const sidecar = sidecarText === undefined ? undefined : parseSidecar(sidecarText).sidecar;
  return buildOfficeReport({
    units, options: office, folders: input.folders, locale, tool: `govreport ${input.version}`,
    generated: { year: input.today.getFullYear(), month: input.today.getMonth() + 1, day: input.today.getDate() },
    ...(roster ? { roster } : {}), ...(sidecar ? { sidecar } : {}),
  });
}
