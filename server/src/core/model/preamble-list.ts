import { parseChineseNumber } from '../text/numerals';
import type { OffsetRange } from '../text/line-index';
import type { PreambleList, PreambleListEntry } from './types';

/**
 * The preamble's own list of the report's parts: "本报告包括总体情况、…、其他需要报告的事项等六个
 * 部分", "全文由概述、…等内容组成", "由概述、…及附表等部分组成".
 */

const LIST = /(?:包括|包含|分为|由)([^。；;]{4,400}?)(?:等)?(?:([一二三四五六七八九十\d]{1,2})个?)?(?:部分|方面内容|内容|方面)(?:组成|构成)?/g;

export function findPreambleList(text: string, preamble: OffsetRange): PreambleList | undefined {
  const slice = text.slice(preamble.start, preamble.end);
  for (const m of slice.matchAll(LIST)) {
    const body = m[1];
    if (!body.includes('、')) continue;
    const bodyStart = preamble.start + (m.index ?? 0) + m[0].indexOf(body);
    const entries: PreambleListEntry[] = [];
    let at = 0;
    // Names are parted by 、 and, before the last one, by 以及 ("…改进情况以及其他需要报告的事项").
    for (const piece of body.split(/(、|以及)/)) {
      if (piece === '、' || piece === '以及') {
        at += piece.length;
        continue;
      }
      const lead = piece.length - piece.trimStart().length;
      // The last name carries the closing words: "…其他需要报告的事项等", "…事项共".
      const name = piece.trim().replace(/([，,；;]|等|共计|共|在内)+$/, '').trim();
      if (name.length > 0) entries.push({ name, range: { start: bodyStart + at + lead, end: bodyStart + at + lead + name.length } });
      at += piece.length;
    }
    if (entries.length < 2) continue;
    const countText = m[2];
    const count = countText === undefined ? undefined : /\d/.test(countText) ? +countText : parseChineseNumber(countText);
    const countAt = countText === undefined ? -1 : m[0].lastIndexOf(countText);
    const start = preamble.start + (m.index ?? 0);
    return {
      range: { start: entries[0].range.start, end: start + m[0].length },
      entries,
      count: Number.isFinite(count) ? count : undefined,
      countRange: countAt < 0 ? undefined : { start: start + countAt, end: start + countAt + countText!.length },
    };
  }
  return undefined;
}
