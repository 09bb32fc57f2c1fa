import { sectionsOf } from '../../model/sections-of';
import { standardHeading } from '../../format/sections';
import type { Rule } from '../types';

/** A part title that is neither standard nor a known variant. */
export const unknownHeading: Rule = {
  meta: { id: 'structure/unknown-heading', title: '无法识别的部分标题', category: 'structure', defaultSeverity: 'error', fixable: true, eras: ['2019', '2021'] },
  check({ model, t, report }) {
    for (const { part, section, match } of sectionsOf(model)) {
      if (match === 'standard' || match === 'variant' || match === 'close') continue;
      if (!section) {
        report({ range: part.heading.titleRange, message: t('structure/unknown-heading.none', { title: part.heading.title }) });
        continue;
      }
      const args = { numeral: section.numeral, title: part.heading.title, standard: standardHeading(section) };
      report({
        range: part.heading.titleRange,
        message: t('structure/unknown-heading', args),
        data: { section: section.number },
        // Not safe: the title was recognised only by its keywords or its number.
        fix: { title: t('structure/unknown-heading.fix', args), edits: [{ range: part.heading.titleRange, newText: section.title }], safe: false },
      });
    }
  },
};
