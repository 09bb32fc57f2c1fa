import { sectionsOf } from '../model/sections-of';
import type { ReportModel } from '../model/types';
import { matchesGlob } from './glob';

/** File names that may hold a report (Markdown or plain text): what the CLI walks and the server scans. */
export const REPORT_FILE_NAME = /\.(md|markdown|txt)$/i;

const REPORT_TITLE = /政府信息公开|政务公开|信息公开/;
const REPORT_KIND = /年度报告|年报/;

/**
 * Whether a document is a 政府信息公开工作年度报告 (or a draft of one): a title naming 政府信息公开…
 * 年度报告/年报, or at least two of the standard part headings. Cheap enough to run on every version.
 */
export function looksLikeReport(model: ReportModel): boolean {
  const title = model.title?.text ?? '';
  if (REPORT_TITLE.test(title) && REPORT_KIND.test(title)) return true;
  // A title the title finder missed (e.g. after page metadata): a short line of its own naming the report.
  for (let i = 0; i < Math.min(model.lines.lineCount, 12); i++) {
    const line = model.lines.lineAt(i).text.trim();
    if (line.length <= 60 && /政府信息公开[^\n，。,.]{0,20}(年度报告|年报)/.test(line)) return true;
  }
  const known = sectionsOf(model).filter((s) => s.match === 'standard' || s.match === 'variant');
  return new Set(known.map((s) => s.section?.number)).size >= 2;
}

/** The file-detection setting: glob → true (always check) / false (never check); unnamed files are detected. */
export type FilePatterns = Readonly<Record<string, boolean>>;

/** true/false when a pattern decides for `path` (the last matching pattern wins), undefined to detect. */
export function forcedByPattern(patterns: FilePatterns, path: string | undefined): boolean | undefined {
  if (!path) return undefined;
  let decided: boolean | undefined;
  for (const [pattern, on] of Object.entries(patterns)) if (matchesGlob(pattern, path)) decided = on;
  return decided;
}

/** Whether to check a document: off when disabled, else a pattern's decision, else detection. */
export function shouldCheck(options: { enable: boolean; files: FilePatterns }, path: string | undefined, model: ReportModel, languageId?: string): boolean {
  if (!options.enable) return false;
  const forced = forcedByPattern(options.files, path);
  if (forced !== undefined) return forced;
  if (languageId === 'govreport') return true;
  return looksLikeReport(model);
}
