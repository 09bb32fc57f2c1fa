import type { Rule } from '../types';
import { contentLength, isComplete, partText, sectionPart } from './part-text';

/** Words of a problem found: "存在…问题", "不足", "有待提高", "不够及时"… */
const PROBLEM_WORDS = ['问题', '不足', '差距', '短板', '薄弱', '欠缺', '有待', '不够', '不高', '不强', '不到位', '不完善', '不规范', '不及时', '不全面', '不深入', '滞后', '单一', '较少', '偏少', '不多', '还需', '仍需', '尚需', '亟需', '亟待', '困难', '不平衡', '瑕疵', '缺乏'];
/** Words of a measure taken or planned: "下一步", "将…", "整改", "加强"… */
const MEASURE_WORDS = ['下一步', '下步', '今后', '将', '拟', '计划', '改进', '整改', '措施', '加强', '进一步', '完善', '提升', '提高', '强化', '推进', '加大', '优化', '做好', '落实', '确保', '持续', '继续', '针对'];

/** Below this, part 五 is as good as empty (or "无"): structure/empty-part speaks. */
const MIN_CONTENT = 8;

/**
 * Part 五 states both the problems found and what is done or will be done about them. Reported
 * at the heading when one side has not a single word in the part; an empty part or "无" is
 * structure/empty-part's finding, and a copy of last year's part is cross-year/repeated-problems'.
 */
export const problemsAndMeasures: Rule = {
  meta: { id: 'content/problems-and-measures', title: '存在问题或改进措施未写明', category: 'content', defaultSeverity: 'warning', fixable: false, eras: ['2019', '2021'] },
  check({ model, t, report }) {
    const part = sectionPart(model, 5);
    if (!part || !isComplete(model, part)) return;
    const text = partText(model, part);
    if (contentLength(text) < MIN_CONTENT) return;
    const problems = PROBLEM_WORDS.some((w) => text.includes(w));
    const measures = MEASURE_WORDS.some((w) => text.includes(w));
    if (problems && measures) return;
    const key = !problems && !measures ? 'content/problems-and-measures.both' : problems ? 'content/problems-and-measures.measures' : 'content/problems-and-measures.problems';
    report({ range: part.part.heading.range, message: t(key, { title: part.part.heading.title }), data: { section: 5, problems, measures } });
  },
};
