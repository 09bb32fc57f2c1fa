import type { Rule } from '../types';
import type { WrittenCell } from './claim-cells';
import { cellsRelated, cellsSaid, claimsOfKind, quoted, writtenCell } from './claim-cells';

const ROWS = { review: ['review'], suits: ['suit-direct', 'suit-after'] } as const;

/**
 * "（复议、诉讼）均获维持 / 全部胜诉" while table 四 has cases 结果纠正 or 尚未审结 in the rows the
 * claim speaks of: a corrected case was not upheld, a pending one not yet decided. "已审结的均获
 * 维持", "其余均维持" and a body deciding 复议 cases itself (复议机关) are no such claim.
 */
export const claimsAllUpheld: Rule = {
  meta: { id: 'prose/claims-all-upheld', title: '称均获维持但表四有纠正或未审结', category: 'prose', defaultSeverity: 'warning', fixable: false, eras: ['2019', '2021'] },
  check({ model, t, report }) {
    for (const claim of claimsOfKind(model, 'all-upheld')) {
      const rows = [...(claim.review === true ? ROWS.review : []), ...(claim.suits === true ? ROWS.suits : [])];
      const cells: WrittenCell[] = [];
      for (const row of rows) {
        for (const column of ['corrected', 'pending']) {
          const c = writtenCell(model, '四', row, column);
          if (c && c.cell.value > 0) cells.push(c);
        }
      }
      if (cells.length === 0) continue;
      report({
        range: claim.range,
        message: t('prose/claims-all-upheld', { claim: quoted(model, claim), cells: cellsSaid(t, cells) }),
        data: { claim: quoted(model, claim), corrected: sum(cells, 'corrected'), pending: sum(cells, 'pending') },
        related: cellsRelated(t, cells),
      });
    }
  },
};

function sum(cells: readonly WrittenCell[], column: string): number {
  return cells.filter((c) => c.cell.column.key === column).reduce((n, c) => n + c.cell.value, 0);
}
