import type { Locale } from '../core/i18n/messages';
import { unitFacts } from '../core/office/facts';
import type { UnitFacts } from '../core/office/types';
import type { ReportModel } from '../core/model/types';
import type { OffsetRange } from '../core/text/line-index';
import type { FileResult } from './results';

/** The 校验报告's facts of a result (plain data: a worker sends them); a file that was not checked keeps its reason. */
export function factsOf(r: FileResult, model: ReportModel | undefined, locale: Locale): UnitFacts {
  if (model) {
    const { source } = r;
    const locate = source ? (range: OffsetRange) => source(range)?.location : undefined;
    return unitFacts({ path: r.path, model, findings: r.findings, lines: model.sourceLines, ...(locate ? { locate } : {}) }, locale);
  }
  const cut = Math.max(r.path.lastIndexOf('/'), r.path.lastIndexOf('\\'));
  return {
    path: r.path, name: r.path.slice(cut + 1).replace(/\.[^.]+$/, ''), cells: {}, tables: {}, sentences: [], findings: [],
    ...(r.failure !== undefined ? { failure: r.failure } : { notice: r.notice ?? '' }),
  };
}
