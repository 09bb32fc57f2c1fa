import { buildOfficeReport } from '../../../server/src/core/office/build';
import { unitFacts } from '../../../server/src/core/office/facts';
import { parseCsv, rosterFromRows } from '../../../server/src/core/office/roster';
import type { RosterEntry } from '../../../server/src/core/office/roster';
import type { UnitFacts } from '../../../server/src/core/office/types';
import { decodeReport } from '../../../server/src/core/text/decode';
import { renderHtml } from '../../../server/src/office/html';
import type { CheckedFile } from './check';

declare const GOVREPORT_VERSION: string | undefined;

/**
 * The 校验报告 of the files on the page, built as `govreport report` builds it (server/src/cli/report.ts):
 * each file reduced to its facts (core/office/facts.ts, cross-year findings included), the summary
 * model (core/office/build.ts), the self-contained HTML renderer (server/src/office/html.ts: inline
 * CSS, no script, prints on A4). A .csv roster dropped with the reports lists the units that did not report.
 */
export function officeReportHtml(results: readonly CheckedFile[], rosterCsv: Uint8Array | undefined, now: Date): { html: string; title: string } {
  const units = results.map(factsOf);
  let roster: RosterEntry[] | undefined;
  if (rosterCsv) {
    const decoded = decodeReport(rosterCsv);
    if (decoded.ok) roster = rosterFromRows(parseCsv(decoded.text));
  }
  const report = buildOfficeReport({
    units, options: {}, folders: [...new Set(results.map((r) => r.file.path.split('/')[0] ?? ''))].filter((f) => f !== ''),
    generated: { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() },
    tool: `govreport ${typeof GOVREPORT_VERSION === 'string' ? GOVREPORT_VERSION : '0.0.0-dev'}（离线网页版）`, locale: 'zh-cn',
    ...(roster ? { roster } : {}),
  });
  return { html: renderHtml(report), title: report.title };
}

function factsOf(r: CheckedFile): UnitFacts {
  const model = r.analysis?.checked === true ? r.analysis.model : undefined;
  if (model) {
    const locate = r.imported ? (range: Parameters<NonNullable<CheckedFile['imported']>['locate']>[0]) => r.imported?.locate(range) : undefined;
    return unitFacts({ path: r.file.path, model, findings: r.findings, lines: model.lines, ...(locate ? { locate } : {}) }, 'zh-cn');
  }
  return {
    path: r.file.path, name: r.file.name.replace(/\.[^.]+$/, ''), cells: {}, tables: {}, sentences: [], findings: [],
    ...(r.failure !== undefined ? { failure: r.failure } : { notice: r.notice ?? '' }),
  };
}
