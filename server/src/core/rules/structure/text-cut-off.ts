import { sectionsOf } from '../../model/sections-of';
import { SECTIONS, hasFixedSections, standardHeading } from '../../format/sections';
import type { Rule } from '../types';

/**
 * A text that stops in the middle of a sentence (a copy cut off, or a draft not finished): said
 * once, so that the parts that would follow are not reported as missing.
 */
export const textCutOff: Rule = {
  meta: { id: 'structure/text-cut-off', title: '正文在句中中断', category: 'structure', defaultSeverity: 'info', fixable: false },
  check({ model, t, report }) {
    const cut = model.cutOff;
    if (!cut) return;
    let missing = '';
    if (hasFixedSections(model.era.id)) {
      const last = Math.max(0, ...sectionsOf(model).map((p) => p.section?.number ?? 0));
      const after = SECTIONS.filter((s) => s.number > last).map((s) => `「${standardHeading(s)}」`);
      if (after.length > 0) missing = t('structure/text-cut-off.missing', { parts: after.join('') });
    }
    const tail = model.text.slice(Math.max(cut.start, cut.end - 12), cut.end);
    report({ range: cut, message: t('structure/text-cut-off', { tail, missing }).trim() });
  },
};
