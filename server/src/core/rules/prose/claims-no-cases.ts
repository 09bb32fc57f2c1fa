import type { Rule } from '../types';
import type { WrittenCell } from './claim-cells';
import { cellsRelated, cellsSaid, claimsOfKind, quoted, writtenCell } from './claim-cells';

/**
 * "未发生（因政府信息公开被申请）行政复议、（提起）行政诉讼" while table 四 counts such cases: the
 * 行政复议 总计 for a claim about 复议, 未经复议直接起诉 and 复议后起诉 总计 for one about 诉讼.
 * A claim about outcomes ("未发生被纠错的案件") or about the body as 复议机关 is not this claim.
 */
export const claimsNoCases: Rule = {
  meta: { id: 'prose/claims-no-cases', title: '称未发生复议诉讼但表四有案件', category: 'prose', defaultSeverity: 'warning', fixable: false, eras: ['2019', '2021'] },
  check({ model, t, report }) {
    for (const claim of claimsOfKind(model, 'no-cases')) {
      const cells: WrittenCell[] = [];
      const add = (row: string): void => {
        const c = writtenCell(model, '四', row, 'total');
        if (c && c.cell.value > 0) cells.push(c);
      };
      if (claim.review === true) add('review');
      if (claim.suits === true) { add('suit-direct'); add('suit-after'); }
      if (cells.length === 0) continue;
      report({
        range: claim.range,
        message: t('prose/claims-no-cases', { claim: quoted(model, claim), cells: cellsSaid(t, cells) }),
        data: { claim: quoted(model, claim), cases: cells.reduce((n, c) => n + c.cell.value, 0) },
        related: cellsRelated(t, cells),
      });
    }
  },
};
