import { sectionsOf } from '../../model/sections-of';
import { standardHeading } from '../../format/sections';
import type { Rule } from '../types';

/** A known non-standard title ("政府信息公开行政复议和行政诉讼情况"): accepted, with a one-click fix to the standard title. */
export const headingVariant: Rule = {
  meta: { id: 'structure/heading-variant', title: '部分标题不规范', category: 'structure', defaultSeverity: 'warning', fixable: true, eras: ['2019', '2021'] },
  check({ model, t, report }) {
    for (const { part, section, match } of sectionsOf(model)) {
      if (!section || match !== 'variant') continue;
      const args = { numeral: section.numeral, title: part.heading.title, standard: standardHeading(section) };
      report({
        range: part.heading.titleRange,
        message: t('structure/heading-variant', args),
        data: { section: section.number },
        fix: { title: t('structure/heading-variant.fix', args), edits: [{ range: part.heading.titleRange, newText: section.title }], safe: true },
      });
    }
  },
};
