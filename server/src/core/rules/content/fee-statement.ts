import { simplifiedSentencesOf } from '../../prose/simplified-sentences';
import type { Rule } from '../types';
import { hasRealPartOne, isLastComplete, sectionPart } from './part-text';

/** Words of a statement about fees for information requests. */
const FEE_WORDS = ['收费', '收取', '信息处理费', '费用', '缴费', '缴纳', '计费'];

/**
 * A 2021-format report says whether it charged 信息处理费 (国办函〔2020〕109号), usually in part
 * 六. Whether the format itself requires it is not verified (format spec §8.6), so this is a hint
 * (info), and any sentence of the report about fees counts, wherever it stands. Like
 * content/part-one-topics, only a report with a real part 一 is judged (no flood on skeletons).
 */
export const feeStatement: Rule = {
  meta: { id: 'content/fee-statement', title: '未说明信息处理费收取情况', category: 'content', defaultSeverity: 'info', fixable: false, eras: ['2021'] },
  check({ model, t, report }) {
    const part = sectionPart(model, 6);
    if (!part || !isLastComplete(model, part) || !hasRealPartOne(model)) return;
    if (simplifiedSentencesOf(model).some((s) => FEE_WORDS.some((w) => s.text.includes(w)))) return;
    report({ range: part.part.heading.range, message: t('content/fee-statement', { title: part.part.heading.title }), data: { section: 6 } });
  },
};
