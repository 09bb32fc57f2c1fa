import { sectionsOf } from '../../model/sections-of';
import { standardHeading } from '../../format/sections';
import type { Rule } from '../types';

/**
 * A title that is clearly the right part in other words: a known variant ("政府信息公开行政复议和行政诉讼情况",
 * a safe fix) or a title with the keywords of the part its number names ("五、存在的主要问题及整改措施",
 * a fix the user picks).
 */
export const headingVariant: Rule = {
  meta: { id: 'structure/heading-variant', title: '部分标题不规范', category: 'structure', defaultSeverity: 'warning', fixable: true, eras: ['2019', '2021'] },
  check({ model, t, report }) {
    for (const { part, section, match } of sectionsOf(model)) {
      if (!section || (match !== 'variant' && match !== 'close')) continue;
      const args = { numeral: section.numeral, title: part.heading.title, standard: standardHeading(section) };
      report({
        range: part.heading.titleRange,
        message: t('structure/heading-variant', args),
        data: { section: section.number },
        fix: { title: t('structure/heading-variant.fix', args), edits: [{ range: part.heading.titleRange, newText: section.title }], safe: match === 'variant' },
      });
    }
  },
};
