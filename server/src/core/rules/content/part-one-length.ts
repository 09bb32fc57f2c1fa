import type { Rule } from '../types';
import { contentLength, isComplete, partText, sectionPart } from './part-text';

/**
 * Part 一 within the length a rule pack sets (`partOne.minChars`, `partOne.maxChars`): some places
 * ask for a 总体情况 of substance ("不少于800字") or cap it. Characters are counted without
 * spaces, tables, page chrome and Markdown marks. Nothing without a pack; a part 一 that no later
 * part follows (a copy cut off, a draft) is not judged.
 */
export const partOneLength: Rule = {
  meta: { id: 'content/part-one-length', title: '总体情况篇幅不符合本地要求', category: 'content', defaultSeverity: 'warning', fixable: false, eras: ['2019', '2021'] },
  check({ model, t, report, local }) {
    const limits = local?.partOne;
    const part = limits ? sectionPart(model, 1) : undefined;
    if (!limits || !part || !isComplete(model, part)) return;
    const length = contentLength(partText(model, part));
    const args = { title: part.part.heading.title, length, pack: local.name };
    const range = part.part.heading.range;
    if (limits.maxChars !== undefined && length > limits.maxChars) {
      report({ range, message: t('content/part-one-length.long', { ...args, limit: limits.maxChars }), data: { section: 1, length, limit: limits.maxChars } });
    } else if (limits.minChars !== undefined && length < limits.minChars) {
      report({ range, message: t('content/part-one-length.short', { ...args, limit: limits.minChars }), data: { section: 1, length, limit: limits.minChars } });
    }
  },
};
