import { checkReport } from '../../server/src/core/check';
import { unitFacts } from '../../server/src/core/office/facts';
import type { UnitFacts } from '../../server/src/core/office/types';

export { replaceOnce } from '../support/reports';

/** A report checked as the CLI checks it, reduced to the office's facts. */
export function factsOf(path: string, text: string): UnitFacts {
  const { model, findings } = checkReport(text, { locale: 'zh-cn' });
  return unitFacts({ path, model, findings, lines: model.lines }, 'zh-cn');
}
