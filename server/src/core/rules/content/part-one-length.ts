import type { Rule } from '../types';
import { contentLength, isComplete, partText, sectionPart } from './part-text';

/**
 * Part 一 within the length a rule pack sets (`partOne.maxChars`, `partOne.minChars`): some places
 * cap the 总体情况 ("不超过3000字") or ask for more than a line. Characters are counted without
 * spaces, tables and Markdown marks. Nothing without a pack; a part cut off is not judged short.
 */
export const partOneLength: Rule = {
  meta: { id: 'content/part-one-length', title: '总体情况篇幅不符合本地要求', category: 'content', defaultSeverity: 'warning', fixable: false, eras: ['2019', '2021'] },
  check({ model, t, report, local }) {
    const limits = local?.partOne;
    const part = sectionPart(model, 1);
    if (!limits || !part) return;
    const length = contentLength(partText(model, part));
    const args = { title: part.part.heading.title, length, pack: local.name };
    if (limits.maxChars !== undefined && length > limits.maxChars) {
      report({ range: part.part.heading.range, message: t('content/part-one-length.long', { ...args, limit: limits.maxChars }), data: { section: 1, length, limit: limits.maxChars } });
    } else if (limits.minChars !== undefined && length < limits.minChars && isComplete(model, part)) {
      report({ range: part.part.heading.range, message: t('content/part-one-length.short', { ...args, limit: limits.minChars }), data: { section: 1, length, limit: limits.minChars } });
    }
  },
};
