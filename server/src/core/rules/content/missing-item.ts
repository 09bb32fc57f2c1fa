import { normalizeLabel } from '../../text/normalize';
import { CONTENT_ITEMS_2007, mentionsTopic } from '../../format/content-items-2007';
import type { Rule } from '../types';

/**
 * 2007 条例 第三十二条: six items every report must cover. The era had no fixed headings, so an
 * item counts as present when a part heading or a numbered item names its topic.
 */
export const missingItem: Rule = {
  meta: { id: 'content/missing-item', title: '缺少第三十二条规定的内容', category: 'content', defaultSeverity: 'warning', fixable: false, eras: ['2007'] },
  check({ model, t, report }) {
    if (model.cutOff) return;
    const titles = [
      ...model.parts.flatMap((p) => [p.heading.title, ...p.items.map((i) => i.heading.title)]),
      ...model.looseItems.map((i) => i.heading.title),
    ].map(normalizeLabel);
    const anchor = model.title?.range ?? model.parts[0]?.heading.range ?? { start: 0, end: model.lines.lineAt(0).end };
    for (const item of CONTENT_ITEMS_2007) {
      if (titles.some((title) => mentionsTopic(item, title))) continue;
      report({ range: anchor, message: t('content/missing-item', { title: item.title }), data: { item: item.number } });
    }
  },
};
