/**
 * The six content items that 第三十二条 of the 2007 条例 requires (format spec §1.1, §1.4),
 * recognised by topic in headings and numbered items, since the era had no fixed headings.
 */
export interface ContentItemSpec {
  /** 1…6 */
  readonly number: number;
  /** The item as the article words it. */
  readonly title: string;
  /** A normalised heading or item title that contains one of these words is about the item. */
  readonly topicWords: readonly string[];
  /** Titles about the item that no single word tells (a whole title, words apart). */
  readonly topicPatterns: readonly RegExp[];
}

export const CONTENT_ITEMS_2007: readonly ContentItemSpec[] = [
  // A part titled plainly "政府信息公开情况" (beside a separate 依申请 part) reports proactive disclosure.
  { number: 1, title: '行政机关主动公开政府信息的情况', topicWords: ['主动公开', '公开发布', '信息发布'], topicPatterns: [/^政府信息公开(工作)?情况$/] },
  { number: 2, title: '行政机关依申请公开政府信息和不予公开政府信息的情况', topicWords: ['依申请', '不予公开', '申请公开'], topicPatterns: [] },
  { number: 3, title: '政府信息公开的收费及减免情况', topicWords: ['收费', '减免'], topicPatterns: [] },
  { number: 4, title: '因政府信息公开申请行政复议、提起行政诉讼的情况', topicWords: ['复议', '诉讼'], topicPatterns: [] },
  { number: 5, title: '政府信息公开工作存在的主要问题及改进情况', topicWords: ['问题', '改进', '不足'], topicPatterns: [] },
  // The spec (§1.2) lists 附件 and 附表 among this item's headings: the tables and notes appended to the report.
  { number: 6, title: '其他需要报告的事项', topicWords: ['需要说明', '附表'], topicPatterns: [/其他.{0,6}(事项|说明|报告)/, /^附件/] },
];

/** Whether a normalised heading or item title is about a content item. */
export function mentionsTopic(item: ContentItemSpec, title: string): boolean {
  return item.topicWords.some((w) => title.includes(w)) || item.topicPatterns.some((p) => p.test(title));
}
