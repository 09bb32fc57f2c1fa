import { sectionsOf } from '../../model/sections-of';
import type { Rule } from '../types';

/**
 * Parts are numbered 一 to 六 by what they are: "其他需要报告的事项" is 六 even when 五 is missing;
 * a standard title written without its number ("主动公开政府信息情况" on a line of its own) gets it.
 */
export const partNumbering: Rule = {
  meta: { id: 'structure/part-numbering', title: '部分编号错误', category: 'structure', defaultSeverity: 'warning', fixable: true, eras: ['2019', '2021'] },
  check({ model, t, report }) {
    const { text } = model;
    for (const { part, section, match } of sectionsOf(model)) {
      if (section && part.heading.numbering === 'none') {
        const args = { numeral: section.numeral, title: part.heading.title };
        // A title that lost only its number keeps its 、 ("、主动公开…"): the fix adds the number alone.
        const keptSeparator = text.startsWith('、', part.heading.numeralRange.end);
        report({
          range: part.heading.titleRange,
          message: t('structure/part-numbering.missing', args),
          data: { section: section.number },
          fix: { title: t('structure/part-numbering.fix', args), edits: [{ range: part.heading.numeralRange, newText: keptSeparator ? section.numeral : `${section.numeral}、` }], safe: true },
        });
        continue;
      }
      if (!section || match === 'numeral' || part.heading.number === section.number) continue;
      const args = { numeral: section.numeral, title: part.heading.title, actual: part.heading.numeral };
      report({
        range: part.heading.numeralRange,
        message: t('structure/part-numbering', args),
        data: { section: section.number },
        fix: { title: t('structure/part-numbering.fix', args), edits: [{ range: part.heading.numeralRange, newText: section.numeral }], safe: true },
      });
    }
  },
};
