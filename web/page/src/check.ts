import { addCrossYear, analyzeReport } from '../../../server/src/core/analyze';
import type { Analysis } from '../../../server/src/core/analyze';
import { pairConsecutiveYears } from '../../../server/src/core/cross-year/pairing';
import { DEFAULT_OPTIONS } from '../../../server/src/core/editor/options';
import { formatMessage } from '../../../server/src/core/i18n/messages';
import { describeSource, reportTableNames } from '../../../server/src/core/import/source-label';
import type { ImportedReport } from '../../../server/src/core/import/types';
import type { Finding } from '../../../server/src/core/rules/types';
import { decodeReport } from '../../../server/src/core/text/decode';
import type { OffsetRange } from '../../../server/src/core/text/line-index';
import { importFile } from '../../../server/src/import/registry';

/** A file the user dropped or chose: its name, its path inside a dropped folder, its bytes. */
export interface DroppedFile {
  readonly name: string;
  readonly path: string;
  readonly bytes: Uint8Array;
  /** Found by walking a dropped folder: checked only when it looks like a report (as the CLI does with folders). */
  readonly fromFolder: boolean;
}

/** One file's result, as the CLI's `check` has it: findings (cross-year included), or why there are none. */
export interface CheckedFile {
  readonly file: DroppedFile;
  readonly analysis?: Analysis;
  readonly imported?: ImportedReport;
  /** The findings to show: the analysis's, with the cross-year findings once paired. */
  readonly findings: readonly Finding[];
  /** A file that could not be read (damaged Word file, picture, .doc in the browser). */
  readonly failure?: string;
  /** Nothing to check (empty, not a report). */
  readonly notice?: string;
  /** Where a range of the rendering is in the Word file (第3段, 表三第5行第2列), for imported files. */
  source?(range: OffsetRange): string | undefined;
}

const LOCALE = 'zh-cn';

/**
 * The CLI's `check` in the page, step for step (server/src/cli/main.ts `checkFile`, cli/cross-year.ts):
 * the same importer registry (Word .docx through the same pure readers, PDF through the CLI's pdf.js
 * reading with pdf.js bundled into the page's worker (./pdf.ts); .doc/.wps refused with a reason), the same decoding of text files, the same pipeline
 * (core/analyze.ts) with the default options (no `.govreportrc.json`: a page cannot look beside the
 * files), and the same cross-year pairing among the files checked together.
 */
export async function checkFiles(files: readonly DroppedFile[], progress?: (done: number, file: DroppedFile) => void): Promise<CheckedFile[]> {
  const results: CheckedFile[] = [];
  for (const file of files) {
    progress?.(results.length, file);
    results.push(await checkOne(file));
  }
  const checked = results.flatMap((r) => (r.analysis?.checked === true ? [{ result: r, analysis: r.analysis }] : []));
  const pairs = pairConsecutiveYears(checked.map((c) => c.analysis.model));
  return results.map((r) => {
    const k = checked.findIndex((c) => c.result === r);
    const own = checked[k];
    // pairs[k] is the index of the paired report, -1 when none (checked[-1] is undefined).
    const previous = checked[pairs[k] ?? -1];
    return own && previous ? { ...r, findings: addCrossYear(own.analysis, previous.analysis.model).findings } : r;
  });
}

async function checkOne(file: DroppedFile): Promise<CheckedFile> {
  const outcome = await importFile(file.bytes, file.name, LOCALE);
  if (outcome.kind === 'failed') return { file, findings: [], failure: outcome.message };
  let text: string;
  let invalidBytes = 0;
  let imported: ImportedReport | undefined;
  if (outcome.kind === 'imported') {
    imported = outcome.report;
    text = imported.text;
    if (text.trim() === '') return { file, findings: [], notice: formatMessage(LOCALE, 'cli/empty') };
  } else {
    const decoded = decodeReport(file.bytes);
    if (!decoded.ok) return decoded.reason === 'binary' ? { file, findings: [], failure: formatMessage(LOCALE, 'cli/binary') } : { file, findings: [], notice: formatMessage(LOCALE, 'cli/empty') };
    text = decoded.text;
    invalidBytes = decoded.invalidBytes ?? 0;
  }
  const options = DEFAULT_OPTIONS;
  const analysis = analyzeReport(
    { text, path: file.path, tables: imported?.tables, importNotices: imported?.notices, invalidBytes },
    { era: options.era, level: options.level, locale: LOCALE, severities: options.severities, decide: file.fromFolder ? options : 'always' },
  );
  if (!analysis.checked) return { file, findings: [], notice: formatMessage(LOCALE, 'cli/not-a-report') };
  const result: CheckedFile = { file, analysis, findings: analysis.findings, ...(imported ? { imported } : {}) };
  if (!imported) return result;
  const report = imported;
  let names: ReturnType<typeof reportTableNames> | undefined;
  return {
    ...result,
    source: (range) => {
      const location = report.locate(range);
      if (!location) return undefined;
      names ??= reportTableNames(analysis.model, (r) => report.locate(r));
      return describeSource(location, names, LOCALE);
    },
  };
}
