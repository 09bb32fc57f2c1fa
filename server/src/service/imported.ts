import type { Diagnostic } from 'vscode-languageserver';
import { describeSource, reportTableNames } from '../core/import/source-label';
import type { ImportedReport } from '../core/import/types';
import { formatMessage } from '../core/i18n/messages';
import type { Analysis } from '../core/analyze';

/**
 * Diagnostics of an imported file's rendering, each message followed by where the finding is in
 * the original (（原文位置：表三第5行第2列）), as the CLI prints it: the person fixes the Word file.
 */
export function withSourceLocations(analysis: Analysis, imported: ImportedReport, diagnostics: readonly Diagnostic[], offsetAt: (d: Diagnostic) => number): Diagnostic[] {
  let names: ReturnType<typeof reportTableNames> | undefined;
  return diagnostics.map((d) => {
    if (typeof d.message !== 'string' || String(d.code).startsWith('runner/')) return d;
    const at = offsetAt(d);
    const location = imported.locate({ start: at, end: at });
    if (!location) return d;
    names ??= reportTableNames(analysis.model, (r) => imported.locate(r));
    return { ...d, message: `${d.message}${formatMessage(analysis.locale, 'cli/source', { location: describeSource(location, names, analysis.locale) })}` };
  });
}
