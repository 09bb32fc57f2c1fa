import type { Rule } from '../types';
import { cellsRelated, cellsSaid, claimsOfKind, quoted, writtenCell } from './claim-cells';

/**
 * "申请均已办结 / 已全部办结 / 办结率100%" while table 三 carries applications over to next year
 * (四、结转下年度继续办理 总计 > 0): an application carried over was not 办结 in the year. The
 * claim is read with its scope (prose/claims.ts): "除…外", "其余", a carry-over the sentence
 * admits, last year's applications, "截至目前" and subsets are no claim.
 */
export const claimsAllHandled: Rule = {
  meta: { id: 'prose/claims-all-handled', title: '称申请均已办结但有结转', category: 'prose', defaultSeverity: 'warning', fixable: false, eras: ['2019', '2021'] },
  check({ model, t, report }) {
    const carryOver = writtenCell(model, '三', 'carry-over', 'total');
    if (!carryOver || carryOver.cell.value <= 0) return;
    for (const claim of claimsOfKind(model, 'all-handled')) {
      report({
        range: claim.range,
        message: t('prose/claims-all-handled', { claim: quoted(model, claim), cells: cellsSaid(t, [carryOver]) }),
        data: { claim: quoted(model, claim), carryOver: carryOver.cell.value },
        related: cellsRelated(t, [carryOver]),
      });
    }
  },
};
