import { sectionsOf } from '../model/sections-of';
import type { ReportModel } from '../model/types';
import { matchesGlob } from './glob';
import { CONTENT_ITEMS_2007, mentionsTopic } from '../format/content-items-2007';
import { withoutFiller } from '../text/filler';
import { normalizeLabel } from '../text/normalize';

/** File names that may hold a report (Markdown or plain text): what the CLI walks and the server scans. */
export const REPORT_FILE_NAME = /\.(md|markdown|txt)$/i;

/** A report's name: 政府信息公开(工作)年度报告, …年报, …政府信息公开报告, 政务公开工作报告 (matched on normalised text: traditional characters folded). */
const REPORT_NAME = /(?:政府信息公开|政务公开|信息公开)[^\n。，,.;；]{0,24}(?:年度报告|年报|报告)/;
/** A first sentence that presents this report ("本报告根据《条例》…编制", "现将…年度报告公布如下"). */
const PRESENTS_REPORT = [
  /本(?:年度)?报告(?:是)?(?:根据|依据|依照|按照|由)[^。\n]{0,80}(?:政府信息公开|政务公开)/,
  /(?:现|特)?(?:将|把)[^。\n]{0,40}(?:政府信息公开|政务公开)[^。\n]{0,24}(?:年度报告|年报|报告)[^。\n]{0,6}(?:公布|发布|予以公布|如下)/,
];
/** How far into the text the name or the presenting sentence is looked for. */
const HEAD_LINES = 12;
const HEAD_CHARS = 600;
/** Distinct 第三十二条 items named by headings that make a 2007-era report. */
const ITEMS_2007 = 3;

/**
 * Whether a document is a 政府信息公开工作年度报告 (or a draft of one): a title or a short line near
 * the top naming the report (also 政府信息公开报告, 年度报告 in traditional characters), a first
 * sentence presenting it, at least two of the standard part headings, or headings naming three
 * of the six items of the 2007 条例. Cheap enough to run on every version.
 */
export function looksLikeReport(model: ReportModel): boolean {
  const title = normalizeLabel(model.title?.text ?? '');
  if (REPORT_NAME.test(title)) return true;
  // A title the title finder missed (e.g. after page metadata): a short line of its own naming the report.
  for (let i = 0; i < Math.min(model.lines.lineCount, HEAD_LINES); i++) {
    const line = withoutFiller(model.lines.lineAt(i).text).trim();
    // A title is not a sentence: "本工具检查政府信息公开工作年度报告。" in a README is not one.
    if (line.length <= 60 && !/[。！？]/.test(line) && REPORT_NAME.test(normalizeLabel(line))) return true;
  }
  const head = normalizeLabel(withoutFiller(model.text.slice(0, HEAD_CHARS)));
  if (PRESENTS_REPORT.some((p) => p.test(head))) return true;
  const known = sectionsOf(model).filter((s) => s.match === 'standard' || s.match === 'variant');
  if (new Set(known.map((s) => s.section?.number)).size >= 2) return true;
  return model.era.id === '2007' && items2007(model) >= ITEMS_2007 && head.includes('公开');
}

/** How many of the 2007 条例's six items the part and item headings name. */
function items2007(model: ReportModel): number {
  const titles = [...model.parts.flatMap((p) => [p.heading.title, ...p.items.map((i) => i.heading.title)]), ...model.looseItems.map((i) => i.heading.title)].map(normalizeLabel);
  return CONTENT_ITEMS_2007.filter((item) => titles.some((t) => mentionsTopic(item, t))).length;
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
