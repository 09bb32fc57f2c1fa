import type { OffsetRange } from '../text/line-index';
import type { HeadingCandidate } from './headings';
import { isKnownSectionTitle } from './section-match';
import type { Heading, Item, Part, TableBlock } from './types';

/**
 * Chooses which part-like headings are the report's top-level parts, and groups items and
 * tables under them. A candidate is a part when it continues the numbering (一 after nothing, 二
 * after 一, or skips at most one number) or carries a known part title; a numbered list inside a
 * part ("一、加强学习" under 五) restarts the numbering and is not taken.
 */
export function assembleParts(
  candidates: readonly HeadingCandidate[],
  tables: readonly TableBlock[],
  contentEnd: number,
): { parts: Part[]; looseItems: Item[] } {
  const partHeadings: Heading[] = [];
  let last = 0;
  /** The number reached by a nested list ("一、…二、…" inside a part), 0 outside one. */
  let nested = 0;
  for (const c of candidates) {
    if (c.kind !== 'part' || c.range.start >= contentEnd) continue;
    const known = isKnownSectionTitle(c.title);
    const inNestedList = nested > 0 && c.number === nested + 1;
    const continues = c.number > last && c.number <= last + 2 && !inNestedList;
    if (known || continues) {
      partHeadings.push(c);
      last = c.number;
      nested = 0;
    } else if (c.number === 1 || inNestedList) {
      nested = c.number;
    }
  }
  const items = candidates.filter((c) => c.kind === 'item' && c.range.start < contentEnd);
  const parts: Part[] = [];
  for (const [i, heading] of partHeadings.entries()) {
    const end = partHeadings[i + 1]?.range.start ?? contentEnd;
    const body = { start: heading.range.end, end: Math.max(heading.range.end, end) };
    parts.push({
      heading,
      body,
      items: itemsIn(items, body),
      tables: tables.filter((t) => t.range.start >= body.start && t.range.start < body.end),
    });
  }
  const firstPart = partHeadings[0]?.range.start ?? contentEnd;
  return { parts, looseItems: itemsIn(items, { start: 0, end: firstPart }) };
}

function itemsIn(items: readonly HeadingCandidate[], range: OffsetRange): Item[] {
  const inside = items.filter((h) => h.range.start >= range.start && h.range.start < range.end);
  return inside.map((heading, i) => ({
    heading,
    body: { start: heading.range.end, end: inside[i + 1]?.range.start ?? range.end },
  }));
}
