import type { Rule } from '../types';

/**
 * A text that stops in the middle of a sentence (a copy cut off, or a draft not finished): said
 * once. The parts that would follow are one structure/missing-part finding, not one each.
 */
export const textCutOff: Rule = {
  meta: { id: 'structure/text-cut-off', title: '正文在句中中断', category: 'structure', defaultSeverity: 'info', fixable: false },
  check({ model, t, report }) {
    const cut = model.cutOff;
    if (!cut) return;
    const tail = model.text.slice(Math.max(cut.start, cut.end - 12), cut.end);
    report({ range: cut, message: t('structure/text-cut-off', { tail }) });
  },
};
