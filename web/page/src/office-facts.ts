import { unitFacts } from '../../../server/src/core/office/facts';
import type { UnitFacts } from '../../../server/src/core/office/types';
import type { CheckedFile } from './check';

/** What the 校验报告 needs of one file (worker side), as `govreport report` reduces each file (cross-year findings included). */
export function factsOf(r: CheckedFile): UnitFacts {
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
