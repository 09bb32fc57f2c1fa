import { DiagnosticSeverity } from 'vscode-languageserver';
import type { Diagnostic } from 'vscode-languageserver';
import type { Analysis } from '../core/analyze';
import { formatMessage } from '../core/i18n/messages';
import { addCrossYear } from '../core/analyze';
import type { Locale } from '../core/i18n/messages';
import type { ReportCandidate } from '../service/cross-year';
import { previousReportOf } from '../service/cross-year';
import { toDiagnostics } from '../service/diagnostics';
import type { CheckFilesParams, CheckFilesResult } from '../service/requests';
import { filePathOf } from '../service/uri';
import { analyzeForEditor } from './analyses';
import type { ServerEnvironment } from './environment';
import type { DocumentSettings } from './settings';

/**
 * The workspace check (`govreport/checkFiles`): files read from disk, checked like open documents,
 * with cross-year findings against a previous year's report among them, the open documents or the
 * workspace's report files (results go to the Problems panel).
 */
export async function checkFiles(p: CheckFilesParams, settings: DocumentSettings, env: ServerEnvironment, locale: Locale, others: () => Promise<ReportCandidate[]>): Promise<CheckFilesResult> {
  const checked: { uri: string; analysis: Analysis }[] = [];
  const skipped: { uri: string; diagnostics: Diagnostic[] }[] = [];
  for (const uri of p.uris) {
    const path = filePathOf(uri);
    const text = path === undefined ? undefined : env.readText(path);
    if (text === undefined) {
      // A FIFO, a device, a socket or a link to one named like a report: a finding on it, never silence.
      const reason = path === undefined ? undefined : env.whyUnread?.(path, locale);
      if (reason !== undefined) skipped.push({ uri, diagnostics: [skippedDiagnostic(reason, locale)] });
      continue;
    }
    const analysis = analyzeForEditor({ text, uri }, await settings.optionsFor(uri), locale);
    if (analysis.checked) checked.push({ uri, analysis });
  }
  const pool = [...checked.map((c) => ({ uri: c.uri, model: c.analysis.model })), ...(checked.length > 0 ? await others() : [])];
  const files = checked.map(({ uri, analysis }) => {
    const previous = previousReportOf(analysis.model, uri, pool.filter((c) => filePathOf(c.uri) !== filePathOf(uri)));
    const context = { uri, version: 0, docsBase: env.docsBase, previousUri: previous?.uri };
    return { uri, diagnostics: toDiagnostics(previous ? addCrossYear(analysis, previous.model) : analysis, context) };
  });
  return { files: [...files, ...skipped] };
}

function skippedDiagnostic(reason: string, locale: Locale): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Warning,
    source: 'govreport',
    code: 'files/skipped',
    message: formatMessage(locale, 'files/skipped', { reason }),
  };
}
