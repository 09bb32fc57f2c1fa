import { sectionsOf } from '../../model/sections-of';
import type { SectionedPart } from '../../model/sections-of';
import type { ReportModel } from '../../model/types';
import { SECTIONS, standardHeading } from '../../format/sections';
import type { OffsetRange } from '../../text/line-index';
import type { Rule } from '../types';
import { markdownTable } from '../../format/table-markdown';
import { insertPartEdit } from './part-insertion';

/** Each of the six parts must be present (format spec §2.1). */
export const missingPart: Rule = {
  meta: { id: 'structure/missing-part', title: '缺少规定部分', category: 'structure', defaultSeverity: 'error', fixable: true, eras: ['2019', '2021'] },
  check({ model, t, report }) {
    const parts = sectionsOf(model);
    const present = new Set(parts.map((p) => p.section?.number));
    const lastPresent = Math.max(0, ...parts.map((p) => p.section?.number ?? 0));
    // A text that stops mid-sentence (a copy cut off, or a report whose last 。 is missing): the
    // parts that would follow are one finding that says so, neither hidden nor one error each.
    const cut = model.cutOff;
    const afterCut = cut ? SECTIONS.filter((s) => s.number > lastPresent) : [];
    if (cut && afterCut.length > 0) {
      const headings = afterCut.map((s) => `「${standardHeading(s)}」`).join('');
      report({
        range: cut,
        message: t('structure/missing-part.after-cut', { headings }),
        // A warning: the text may be a copy cut short (a page excerpt), not a report that lacks them.
        severity: 'warning',
        data: { sections: afterCut.map((s) => s.number) },
      });
    }
    for (const section of SECTIONS) {
      if (present.has(section.number) || afterCut.includes(section)) continue;
      const heading = standardHeading(section);
      const args = { numeral: section.numeral, heading };
      report({
        range: anchorFor(model, parts, section.number),
        message: t('structure/missing-part', args),
        data: { section: section.number },
        // 二/三/四 come with the standard table of the report's era, every number 0.
        fix: { title: t('structure/missing-part.fix', args), edits: [insertPartEdit(model, section, tableBody(model, section.number))], safe: false },
      });
    }
  },
};

/** Where to show a missing part: the heading of the part that follows it, else of the one before, else the title. */
function anchorFor(model: ReportModel, parts: readonly SectionedPart[], number: number): OffsetRange {
  const next = parts.find((p) => (p.section?.number ?? 0) > number);
  const previous = [...parts].reverse().find((p) => (p.section?.number ?? 0) < number);
  const anchor = next ?? previous;
  if (anchor) return anchor.part.heading.range;
  if (model.title) return model.title.range;
  const first = model.lines.lineAt(0);
  return { start: first.start, end: first.end };
}

function tableBody(model: ReportModel, section: number): string {
  const era = model.era.id;
  return era === '2019' || era === '2021' ? markdownTable(era, section) ?? '' : '';
}
