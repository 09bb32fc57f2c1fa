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
    const parts = sectionsOf(model).flatMap((p) => {
      const { section } = p;
      if (!section || seen.has(section.number)) return [];
      seen.add(section.number);
      return [{ ...p, section }];
    });
    const inOrder = longestIncreasingRun(parts.map((p) => p.section.number));
    parts.forEach((p, i) => {
      if (inOrder.has(i)) return;
      const { section } = p;
      const before = parts.filter((q, j) => inOrder.has(j) && q.section.number < section.number).pop();
      report({
        range: p.part.heading.range,
        message: t('structure/part-order', { numeral: section.numeral, title: p.part.heading.title, after: before ? standardHeading(before.section) : '标题与导语' }),
        data: { section: section.number },
      });
    });
  },
};

/** Indices of one longest strictly increasing subsequence (n ≤ 6 parts in practice; O(n²) is fine and bounded by the part count). */
function longestIncreasingRun(values: readonly number[]): Set<number> {
  // For each value: the length of the longest increasing run ending there, and the index before it in that run.
  const runs = values.map((value) => ({ value, length: 1, previous: -1 }));
  for (const [i, run] of runs.entries()) {
    for (const [j, before] of runs.slice(0, i).entries()) {
      if (before.value < run.value && before.length + 1 > run.length) {
        run.length = before.length + 1;
        run.previous = j;
      }
    }
  }
  // The first of the longest runs' ends (-1 when there are no values).
  let end = -1;
  let longest = 0;
  for (const [i, run] of runs.entries()) if (run.length > longest) { longest = run.length; end = i; }
  const out = new Set<number>();
  for (let i = end; i >= 0; i = runs[i]?.previous ?? -1) out.add(i);
  return out;
}
