import { PART_ONE_TOPICS_2021 } from '../../format/part-topics';
import type { PartTopic } from '../../format/part-topics';
import type { Rule } from '../types';
import { hasRealPartOne, partLines, sectionPart } from './part-text';

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
    const missing = missingTopics(partLines(model, part), part.part.heading.title).map((topic) => topic.title);
    if (missing.length === 0) return;
    report({
      range: part.part.heading.range,
      message: t('content/part-one-topics', { title: part.part.heading.title, missing: missing.join(t('content/list.separator')), all: PART_ONE_TOPICS_2021.map((x) => x.title).join(t('content/list.separator')) }),
      data: { section: 1, missing },
    });
  },
};

/**
 * The topics none of whose words is in the part's text followed by its title. The lines are read
 * until every topic has a word (most reports name all five in their first paragraphs; issue 17: a
 * long report's part 一 was read whole, and joined to its title, 5 % of its check). A word across
 * the text's end and the title lies in the last line's end joined to the title.
 */
function missingTopics(lines: Iterable<string>, title: string): PartTopic[] {
  let missing: readonly PartTopic[] = PART_ONE_TOPICS_2021;
  let last = '';
  for (const line of lines) {
    missing = missing.filter((topic) => !topic.words.some((w) => line.includes(w)));
    if (missing.length === 0) return [];
    last = line;
  }
  const end = last.slice(Math.max(0, last.length - LONGEST_WORD + 1)) + title;
  return missing.filter((topic) => !topic.words.some((w) => end.includes(w)));
}
