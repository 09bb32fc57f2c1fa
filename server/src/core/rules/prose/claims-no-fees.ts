import type { Rule } from '../types';
import type { WrittenCell } from './claim-cells';
import { cellsRelated, cellsSaid, claimsOfKind, quoted, writtenCell } from './claim-cells';

/**
 * "未收取行政事业性收费 / 行政事业性收费为0" while table 二 says otherwise: the 2021 table's
 * 行政事业性收费 本年收费金额 > 0, or (a claim of no fee items in the 2019 table) 上一年项目数量 +
 * 本年增/减 > 0. Only a statement about 行政事业性收费 is compared: "未收取任何费用" and
 * "未收取信息处理费" are about fees for information requests (信息处理费, 国办函〔2020〕109号),
 * which table 二 does not count — the table's row is the body's administrative fees under
 * 条例 第二十条第（八）项.
 */
export const claimsNoFees: Rule = {
  meta: { id: 'prose/claims-no-fees', title: '称无行政事业性收费但表二有收费', category: 'prose', defaultSeverity: 'warning', fixable: false, eras: ['2019', '2021'] },
  check({ model, t, report }) {
    for (const claim of claimsOfKind(model, 'no-fees')) {
      const cells = contradicting(model, claim.items === true);
      if (cells.length === 0) continue;
      report({
        range: claim.range,
        message: t('prose/claims-no-fees', { claim: quoted(model, claim), cells: cellsSaid(t, cells) }),
        data: { claim: quoted(model, claim) },
        related: cellsRelated(t, cells),
      });
    }
  },
};

function contradicting(model: Parameters<Rule['check']>[0]['model'], items: boolean): WrittenCell[] {
  const amount = writtenCell(model, '二', 'fees', 'fee-amount');
  if (amount) return amount.cell.value > 0 ? [amount] : [];
  // The 2019 table counts fee items, not amounts: only a claim of no items is held against it.
  if (!items) return [];
  const previous = writtenCell(model, '二', 'fees', 'prev-items');
  const change = writtenCell(model, '二', 'fees', 'change');
  if (!previous || !change) return [];
  return previous.cell.value + change.cell.value > 0 ? [previous, change] : [];
}
