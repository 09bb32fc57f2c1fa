import { knownSection, matchSection } from '../../model/section-match';
import { sectionsOf } from '../../model/sections-of';
import type { Part, PreambleListEntry } from '../../model/types';
import { bigramSimilarity, looseLabel } from '../../text/normalize';
import type { OffsetRange } from '../../text/line-index';
import type { Rule } from '../types';

/** The preamble's own list of parts ("全文包括…六个部分") agrees with the parts that follow. */
export const preambleParts: Rule = {
  meta: { id: 'structure/preamble-parts', title: '导语所列部分与正文不符', category: 'structure', defaultSeverity: 'warning', fixable: false },
  check({ model, t, report }) {
    const list = model.preambleList;
    if (!list || model.parts.length === 0) return;
    const entries = mergeSplitTitles(list.entries, model.parts);
    // The part each heading stands for, as the structure rules read it (a title not recognised, "一、概述", by its number):
    // a listed "总体情况" is that part, whatever its heading's wording (heading-variant says the wording once).
    const sections = new Map(sectionsOf(model).map((s) => [s.part, s.match === 'numeral' || s.match === 'close' ? s.section?.number : undefined]));
    const matched = new Set<Part>();
    for (const entry of entries) {
      const listed = knownSection(entry.name)?.section.number;
      const part = model.parts.find((p) => !matched.has(p) && (sameTitle(entry.name, p.heading.title) || (listed !== undefined && sections.get(p) === listed)));
      if (part) matched.add(part);
      else if (!model.cutOff) report({ range: entry.range, message: t('structure/preamble-parts.absent', { name: shown(entry.name) }) });
    }
    // A list that names fewer parts than there are may be a summary ("等内容"); only a counted list must be complete.
    if (list.count !== undefined) {
      for (const part of model.parts) {
        if (!matched.has(part)) report({ range: list.range, message: t('structure/preamble-parts.unlisted', { title: shown(part.heading.title) }) });
      }
      if (list.count !== model.parts.length && list.countRange && !model.cutOff) {
        const stated = model.text.slice(list.countRange.start, list.countRange.end);
        report({ range: list.countRange, message: t('structure/preamble-parts.count', { stated, actual: model.parts.length }) });
      }
    }
  },
};

/** A part's name as the message quotes it: without the line breaks and spaces a PDF's text puts inside it (a Chinese title has none of its own). */
function shown(name: string): string {
  return name.replace(/\s+/g, '');
}

/** Same part: equal or contained titles, very similar wording, or the same part of the 2019/2021 formats. */
function sameTitle(listed: string, heading: string): boolean {
  const a = looseLabel(listed);
  const b = looseLabel(heading);
  if (a === '' || b === '') return false;
  if (a === b || a.includes(b) || b.includes(a) || bigramSimilarity(a, b) >= 0.6) return true;
  const ma = matchSection(listed);
  const mb = matchSection(heading);
  return ma !== undefined && ma.kind !== 'guess' && ma.section === mb?.section;
}

/** Stricter than sameTitle (no containment): a joined pair must be the part's title itself. */
function closelySameTitle(listed: string, heading: string): boolean {
  const a = looseLabel(listed);
  const b = looseLabel(heading);
  return a === b || bigramSimilarity(a, b) >= 0.8;
}

/** "…行政复议、行政诉讼情况" is one title split by the list's own separator: join such neighbours back. */
function mergeSplitTitles(entries: readonly PreambleListEntry[], parts: readonly Part[]): PreambleListEntry[] {
  const out: PreambleListEntry[] = [];
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (!entry) continue;
    const next = entries[i + 1];
    // A part's own title ("总体情况") is never the first half of another's, even when that part's heading is worded otherwise.
    if (next && knownSection(entry.name) === undefined && !parts.some((p) => closelySameTitle(entry.name, p.heading.title))) {
      const joined = `${entry.name}、${next.name}`;
      if (parts.some((p) => closelySameTitle(joined, p.heading.title))) {
        out.push({ name: joined, range: span(entry.range, next.range) });
        i++;
        continue;
      }
    }
    out.push(entry);
  }
  return out;
}

function span(a: OffsetRange, b: OffsetRange): OffsetRange {
  return { start: a.start, end: b.end };
}

