import type { Rule } from '../types';
import { cellsRelated, cellsSaid, claimsOfKind, quoted, writtenCell } from './claim-cells';

/** "未收到政府信息公开申请" while table 三 counts applications received in the year (本年新收 总计 > 0). */
export const claimsNoApplications: Rule = {
  meta: { id: 'prose/claims-no-applications', title: '称未收到申请但表三有新收申请', category: 'prose', defaultSeverity: 'warning', fixable: false, eras: ['2019', '2021'] },
  check({ model, t, report }) {
    const received = writtenCell(model, '三', 'new', 'total');
    if (!received || received.cell.value <= 0) return;
    for (const claim of claimsOfKind(model, 'no-applications')) {
      report({
        range: claim.range,
        message: t('prose/claims-no-applications', { claim: quoted(model, claim), cells: cellsSaid(t, [received]) }),
        data: { claim: quoted(model, claim), received: received.cell.value },
        related: cellsRelated(t, [received]),
      });
    }
  },
};
