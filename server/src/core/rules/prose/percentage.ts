import { judgeBreakdown, judgePercent } from '../../prose/arithmetic';
import { breakdownsOf } from '../../prose/breakdowns';
import type { Rule } from '../types';

/** "其中当面申请29件，占申请总数的15.8%": the share does not match count ÷ total. */
export const percentage: Rule = {
  meta: { id: 'prose/percentage', title: '占比与数字不符', category: 'prose', defaultSeverity: 'info', fixable: true },
  check({ model, t, report }) {
    for (const b of breakdownsOf(model)) {
      const totalWords = model.text.slice(b.sentence.start, b.marker.start);
      // The counts are trusted (and the fix offered) only when the parts add up to the total.
      const addsUp = judgeBreakdown(b).kind === 'adds-up';
      for (const part of b.parts) {
        const v = judgePercent(b, part, totalWords);
        const [count] = part.counts;
        if (v.kind !== 'mismatch' || !part.percent || !count) continue;
        const unit = b.total.unit;
        const args = { stated: v.stated, computed: v.computed.toFixed(Math.max(2, part.percent.quantity.decimals + 1)), expected: v.expected, count: count.value, total: b.total.value, unit };
        report({
          range: part.percent.quantity.numberRange,
          message: t('prose/percentage', args),
          data: { stated: v.stated, computed: Number(v.expected), count: count.value, total: b.total.value, unit },
          related: [{ range: b.total.numberRange, message: t('prose/percentage.total', args) }],
          fix: addsUp ? { title: t('prose/percentage.fix', args), edits: [{ range: part.percent.quantity.numberRange, newText: v.expected }], safe: false } : undefined,
        });
      }
    }
  },
};
