import { sectionsOf } from '../../model/sections-of';
import { standardHeading } from '../../format/sections';
import type { Rule } from '../types';

/**
 * The six parts come in order. The parts that break it are those outside the longest run in
 * order, so moving one part up or down names that part alone.
 */
export const partOrder: Rule = {
  meta: { id: 'structure/part-order', title: '部分顺序错误', category: 'structure', defaultSeverity: 'error', fixable: false, eras: ['2019', '2021'] },
  check({ model, t, report }) {
    const seen = new Set<number>();
    const parts = sectionsOf(model).filter((p) => {
      if (!p.section || seen.has(p.section.number)) return false;
      seen.add(p.section.number);
      return true;
    });
    const inOrder = longestIncreasingRun(parts.map((p) => p.section!.number));
    parts.forEach((p, i) => {
      if (inOrder.has(i)) return;
      const section = p.section!;
      const before = parts.filter((q, j) => inOrder.has(j) && q.section!.number < section.number).pop();
      report({
        range: p.part.heading.range,
        message: t('structure/part-order', { numeral: section.numeral, title: p.part.heading.title, after: before ? standardHeading(before.section!) : '标题与导语' }),
        data: { section: section.number },
      });
    });
  },
};

/** Indices of one longest strictly increasing subsequence (n ≤ 6 parts in practice; O(n²) is fine and bounded by the part count). */
function longestIncreasingRun(values: readonly number[]): Set<number> {
  const length = values.map(() => 1);
  const previous = values.map(() => -1);
  for (let i = 0; i < values.length; i++) {
    for (let j = 0; j < i; j++) {
      if (values[j] < values[i] && length[j] + 1 > length[i]) {
        length[i] = length[j] + 1;
        previous[i] = j;
      }
    }
  }
  let end = 0;
  for (let i = 1; i < values.length; i++) if (length[i] > length[end]) end = i;
  const out = new Set<number>();
  for (let i = values.length > 0 ? end : -1; i >= 0; i = previous[i]) out.add(i);
  return out;
}
