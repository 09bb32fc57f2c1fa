import { sectionsOf } from '../../model/sections-of';
import type { Rule } from '../types';

/** A part may appear only once. */
export const duplicatePart: Rule = {
  meta: { id: 'structure/duplicate-part', title: '部分重复', category: 'structure', defaultSeverity: 'error', fixable: false, eras: ['2019', '2021'] },
  check({ model, t, report }) {
    const first = new Map<number, number>();
    for (const { part, section } of sectionsOf(model)) {
      if (!section) continue;
      const seen = first.get(section.number);
      if (seen === undefined) {
        first.set(section.number, part.heading.range.start);
        continue;
      }
      report({
        range: part.heading.range,
        message: t('structure/duplicate-part', { numeral: section.numeral, title: part.heading.title, firstLine: model.sourceLines.positionAt(seen).line + 1 }),
        data: { section: section.number },
      });
    }
  },
};
