import { parseChineseNumber } from '../text/numerals';
import type { OffsetRange } from '../text/line-index';
import type { PreambleList, PreambleListEntry } from './types';

/**
 * The preamble's own list of the report's parts: "本报告包括总体情况、…、其他需要报告的事项等六个
 * 部分", "全文由概述、…等内容组成", "由概述、…及附表等部分组成".
 */

const LIST = /(?:包括|包含|分为|由)(?<names>[^。；;]{4,400}?)(?:等)?(?:(?<count>[一二三四五六七八九十\d]{1,2})个?)?(?:部分|方面内容|内容|方面)(?:组成|构成)?/dg;
/**
 * "全文包括总体情况、…,以及其他需要报告的事项。", "全文包括六个部分，分别是…。", "报告包括：…。": the report
 * names its parts up to the end of the sentence.
 */
const LIST_TO_SENTENCE_END = /(?:全文|本报告|本年度报告|报告)[^。；;，,]{0,8}?(?:包括|包含|分为)(?:(?<count>[一二三四五六七八九十\d]{1,2})个?部分[，,：:]?(?:分别是|分别为|即|为)?)?[：:]?(?<names>[^。；;]{4,400}?)(?=[。；;])/dg;

export function findPreambleList(text: string, preamble: OffsetRange): PreambleList | undefined {
  const slice = text.slice(preamble.start, preamble.end);
  return listIn(preamble, slice.matchAll(LIST)) ?? listIn(preamble, slice.matchAll(LIST_TO_SENTENCE_END), 3);
}

/** The first match whose body names at least `minEntries` parts. */
function listIn(preamble: OffsetRange, matches: Iterable<RegExpMatchArray>, minEntries = 2): PreambleList | undefined {
  for (const m of matches) {
    const body = m.groups?.names ?? '';
    if (!/[、，,]/.test(body)) continue;
    // Offsets of the groups in the preamble slice (the d flag).
    const groupAt = (name: string): number => m.indices?.groups?.[name]?.[0] ?? -1;
    const bodyStart = preamble.start + groupAt('names');
    const countText = m.groups?.count;
    const count = countText === undefined ? undefined : /\d/.test(countText) ? +countText : parseChineseNumber(countText);
    const entries = entriesOf(body, bodyStart, count);
    const [first] = entries;
    if (first === undefined || entries.length < minEntries) continue;
    const countAt = countText === undefined ? -1 : groupAt('count');
    const start = preamble.start + (m.index ?? 0);
    return {
      range: { start: first.range.start, end: start + m[0].length },
      entries,
      count: Number.isFinite(count) ? count : undefined,
      countRange: countText === undefined || countAt < 0 ? undefined : { start: preamble.start + countAt, end: preamble.start + countAt + countText.length },
    };
  }
  return undefined;
}

/**
 * Separators of the names: 、 and, before the last one, 以及 ("…改进情况以及其他需要报告的事项");
 * some lists part them by commas ("由概述,主动公开政府信息情况,…、下一步工作计划等五个部分组成"),
 * and some by commas with 、 inside one name ("行政复议、行政诉讼情况"). Commas part names only when
 * the list states its count and that parting gives it.
 */
const SEPARATORS = [/(、|以及)/, /([，,]|以及)/, /([、，,]|以及)/];

function entriesOf(body: string, bodyStart: number, count: number | undefined): PreambleListEntry[] {
  const partings = SEPARATORS.map((separator) => split(body, bodyStart, separator));
  const counted = count === undefined ? undefined : partings.find((entries) => entries.length === count);
  if (counted) return counted;
  // Without a count that a comma parting meets, commas are a sentence's, not a list's.
  return body.includes('、') ? partings[0] ?? [] : [];
}

function split(body: string, bodyStart: number, separator: RegExp): PreambleListEntry[] {
  const entries: PreambleListEntry[] = [];
  let at = 0;
  const pieces = body.split(separator);
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i] ?? '';
    // split() with a capturing group puts each separator at the odd places.
    if (i % 2 === 1) {
      at += piece.length;
      continue;
    }
    const lead = piece.length - piece.trimStart().length;
    // The last name carries the closing words: "…其他需要报告的事项等", "…事项共".
    const name = withoutClosingWords(piece.trim()).trim();
    if (name.length > 0) entries.push({ name, range: { start: bodyStart + at + lead, end: bodyStart + at + lead + name.length } });
    at += piece.length;
  }
  return entries;
}

/** The closing words at the end of a list ("等", "共计", "在内", separators), taken off one by one from the end (a `(…)+$` pattern is quadratic on a long run of them). */
const CLOSING_WORDS = ['，', ',', '；', ';', '等', '共计', '共', '在内'];

function withoutClosingWords(text: string): string {
  let end = text.length;
  for (;;) {
    const word = CLOSING_WORDS.find((w) => text.startsWith(w, end - w.length) && end - w.length >= 0);
    if (word === undefined) return text.slice(0, end);
    end -= word.length;
  }
}
