import { formatMessage } from '../core/i18n/messages';
import type { Locale } from '../core/i18n/messages';
import { renderHtml } from '../office/html';
import { bytesToBase64 } from '../import/base64';
import type { ReportCandidate } from '../service/cross-year';
import { workspaceOfficeReport } from '../service/office';
import type { WorkspaceFile } from '../service/office';
import type { OfficeReportParams, OfficeReportResult } from '../service/requests';
import { filePathOf } from '../service/uri';
import { analyzeForEditor } from './analyses';
import type { ServerEnvironment } from './environment';
import type { DocumentSettings } from './settings';

/**
 * The 校验报告 of the workspace (the summary view and 保存校验报告): the report files read (an open
 * document's text wins over its file), checked like the workspace check, then the office's model
 * (service/office.ts), rendered as HTML or, through the lazily loaded writers, .xlsx / .docx.
 */
export async function officeReport(p: OfficeReportParams, settings: DocumentSettings, env: ServerEnvironment, locale: Locale, others: () => Promise<ReportCandidate[]>, openText: (uri: string) => string | undefined): Promise<OfficeReportResult> {
  const folders = p.folders.map(filePathOf).filter((f) => f !== undefined);
  const files: WorkspaceFile[] = [];
  for (const uri of p.uris) {
    const path = filePathOf(uri);
    const text = openText(uri) ?? (path === undefined ? undefined : env.readText(path));
    if (text === undefined) continue;
    const options = await settings.optionsFor(uri);
    const analysis = analyzeForEditor({ text, uri }, options, locale);
    const folder = folders.find((f) => path?.startsWith(`${f}/`));
    files.push({ uri, path: folder !== undefined && path !== undefined ? path.slice(folder.length + 1) : path ?? uri, analysis, options });
  }
  const pool = [...files.map((f) => ({ uri: f.uri, model: f.analysis.model })), ...(files.length > 0 ? await others() : [])];
  const reportLocale = files[0]?.options.locale ?? locale;
  const report = workspaceOfficeReport({
    files, pool, folders: folders.map((f) => f.slice(Math.max(f.lastIndexOf('/'), f.lastIndexOf('\\')) + 1)), locale: reportLocale,
    readText: (path) => env.readText(path), ...(folders[0] !== undefined ? { firstFolder: folders[0] } : {}), version: env.version ?? '', today: new Date(),
  });
  const head = { title: report.title, units: report.units.length, fix: report.totals.fix };
  if (p.format === 'html') return { ...head, html: renderHtml(report) };
  if (!env.exporters) return { ...head, problem: formatMessage(reportLocale, 'office/cli.no-exporters') };
  const exporters = env.exporters();
  const bytes = await (p.format === 'xlsx' ? exporters.renderXlsx(report) : exporters.renderDocx(report));
  return { ...head, base64: bytesToBase64(bytes) };
}
