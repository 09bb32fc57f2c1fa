import { PART_ONE_TOPICS_2021 } from '../../format/part-topics';
import type { Rule } from '../types';
import { hasRealPartOne, partText, sectionPart } from './part-text';

/** The longest topic word: a word across the part's end and its title starts in the last LONGEST_WORD - 1 characters. */
const LONGEST_WORD = Math.max(...PART_ONE_TOPICS_2021.flatMap((topic) => topic.words.map((w) => w.length)));

/**
 * Part 一 of a 2021-format report writes about the five topics the format names (主动公开,
 * 依申请公开, 政府信息管理, 政府信息公开平台建设, 监督保障). Reported once, at the heading, naming
 * the topics of which not one word is there; a part cut off before its end is not judged. A hint
 * (info): the words are key words, and a topic may be written about in words not on the list.
 */
export const partOneTopics: Rule = {
  meta: { id: 'content/part-one-topics', title: '总体情况缺少格式要求的方面', category: 'content', defaultSeverity: 'info', fixable: false, eras: ['2021'] },
  check({ model, t, report }) {
    const part = sectionPart(model, 1);
    if (!part || !hasRealPartOne(model)) return;
    // The words are looked for in the part's text followed by its title: the part's text as it
    // is, then its end joined to the title. Joining the whole text to the title made a copy of it
    // (a long report's part 一 is 480,000 characters: 3 % of its check, issue 17).
    const text = partText(model, part);
    const end = text.slice(Math.max(0, text.length - LONGEST_WORD + 1)) + part.part.heading.title;
    const missing = PART_ONE_TOPICS_2021.filter((topic) => !topic.words.some((w) => text.includes(w) || end.includes(w))).map((topic) => topic.title);
    if (missing.length === 0) return;
    report({
      range: part.part.heading.range,
      message: t('content/part-one-topics', { title: part.part.heading.title, missing: missing.join(t('content/list.separator')), all: PART_ONE_TOPICS_2021.map((x) => x.title).join(t('content/list.separator')) }),
      data: { section: 1, missing },
    });
  },
};
