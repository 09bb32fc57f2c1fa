import { judgeBreakdown } from '../../prose/arithmetic';
import { breakdownsOf } from '../../prose/breakdowns';
import type { Rule } from '../types';

/** "共/累计 N 条，其中 a、b、c": the parts do not reach the total (a gentle hint: which figure is wrong is the author's call). */
export const breakdownSum: Rule = {
  meta: { id: 'prose/breakdown-sum', title: '「其中」各项之和与合计不符', category: 'prose', defaultSeverity: 'info', fixable: false },
  check({ model, t, report }) {
    for (const b of breakdownsOf(model)) {
      const v = judgeBreakdown(b);
      if (v.kind !== 'mismatch') continue;
      const unit = b.total.unit;
      const difference = Math.abs(v.difference);
      const relation = t(v.difference > 0 ? 'prose/breakdown-sum.more' : 'prose/breakdown-sum.less', { difference, unit });
      const parts = b.parts.flatMap((p) => p.counts.map((q) => q.value));
      report({
        range: b.total.numberRange,
        message: t('prose/breakdown-sum', { computed: v.computed, stated: v.stated, unit, relation }),
        data: { stated: v.stated, computed: v.computed, difference: v.difference, unit, parts },
        related: [{ range: b.partsRange, message: t('prose/breakdown-sum.parts', { computed: v.computed, unit }) }],
      });
    }
  },
};
