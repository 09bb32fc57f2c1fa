import type { ReportModel } from '../model/types';
import { normalizeLabel } from '../text/normalize';

/**
 * Which reports are the same body's consecutive years. The body is the issuer as the model read
 * it (or the title without its year and report name), normalised: "乌当区人民政府" and "乌当区"
 * are one body; "某市生态环境局" and "某市" are not.
 */
export function bodyKey(model: ReportModel): string | undefined {
  const source = model.issuer?.text ?? model.title?.text;
  if (!source) return undefined;
  const key = normalizeLabel(source)
    .replace(/(19|20)\d{2}年度?/g, '')
    .replace(/(政府|政务)?信息公开(工作)?(年度报告|年报|报告).*$/, '')
    .replace(/["“”「」《》()（）\s]/g, '')
    .replace(/(人民政府|政府)(机关|本级|办公室|办公厅)?$/, '');
  return key.length >= 2 ? key : undefined;
}

/** Whether `previous` is the report of the same body for the year before `current`. */
export function isPreviousReport(current: ReportModel, previous: ReportModel): boolean {
  const a = bodyKey(current);
  const b = bodyKey(previous);
  return a !== undefined && a === b && current.year !== undefined && previous.year?.value === current.year.value - 1;
}

/**
 * For each report, the index of its previous year's report among `models` (same body, year − 1),
 * or -1. With several candidates, the first one wins (callers pass a stable order).
 */
export function pairConsecutiveYears(models: readonly ReportModel[]): number[] {
  // One pass to index body and year, one to look up: linear, so a folder of 10,000 reports pairs at once.
  const keys = models.map((m) => (m.year === undefined ? undefined : bodyKey(m)));
  const first = new Map<string, number>();
  keys.forEach((key, k) => {
    const year = models[k]?.year?.value;
    if (key !== undefined && year !== undefined && !first.has(`${key}\u0000${year}`)) first.set(`${key}\u0000${year}`, k);
  });
  return models.map((m, k) => {
    const key = keys[k];
    if (key === undefined || m.year === undefined) return -1;
    const found = first.get(`${key}\u0000${m.year.value - 1}`);
    return found === undefined || found === k ? -1 : found;
  });
}
