import { buildOfficeReport } from '../../../server/src/core/office/build';
import { parseCsv, rosterFromRows } from '../../../server/src/core/office/roster';
import type { RosterEntry } from '../../../server/src/core/office/roster';
import { decodeReport } from '../../../server/src/core/text/decode';
import { renderHtml } from '../../../server/src/office/html';
import type { FileView } from './protocol';

declare const GOVREPORT_VERSION: string | undefined;

/**
 * The 校验报告 of the files on the page, built as `govreport report` builds it (server/src/cli/report.ts):
 * each file's facts (core/office/facts.ts, reduced in the worker: office-facts.ts), the summary
 * model (core/office/build.ts), the self-contained HTML renderer (server/src/office/html.ts: inline
 * CSS, no script, prints on A4). A .csv roster dropped with the reports lists the units that did not report.
 */
export function officeReportHtml(results: readonly FileView[], rosterCsv: Uint8Array | undefined, now: Date): { html: string; title: string } {
  let roster: RosterEntry[] | undefined;
  if (rosterCsv) {
    const decoded = decodeReport(rosterCsv);
    if (decoded.ok) roster = rosterFromRows(parseCsv(decoded.text));
  }
  const report = buildOfficeReport({
    units: results.map((r) => r.facts), options: {}, folders: [...new Set(results.map((r) => r.path.split('/')[0] ?? ''))].filter((f) => f !== ''),
    generated: { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() },
    tool: `govreport ${typeof GOVREPORT_VERSION === 'string' ? GOVREPORT_VERSION : '0.0.0-dev'}（离线网页版）`, locale: 'zh-cn',
    ...(roster ? { roster } : {}),
  });
  return { html: renderHtml(report), title: report.title };
}
