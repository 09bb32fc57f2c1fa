import { SECTIONS } from '../format/sections';
import type { SectionSpec } from '../format/sections';
import { matchSection } from './section-match';
import type { Part, ReportModel } from './types';
import { perModel } from './per-model';

/** A part of the report seen as one of the six parts of the 2019/2021 formats. */
export interface SectionedPart {
  readonly part: Part;
  /** The part it stands for, by its title or, failing that, by its number. */
  readonly section: SectionSpec | undefined;
  /**
   * standard / variant: a known title; close: the keywords of the part its number names
   * ("五、存在的主要问题及整改措施", a typo such as "行政法复议"); guess: the keywords of another part;
   * numeral: title not recognised, taken by its number.
   */
  readonly match: 'standard' | 'variant' | 'close' | 'guess' | 'numeral' | 'none';
}

/** The parts of the report identified as sections (computed once per model). */
export const sectionsOf = perModel((model: ReportModel): readonly SectionedPart[] =>
  model.parts.map((part): SectionedPart => {
    const m = matchSection(part.heading.title);
    // Keywords and position agree: the right part under another wording.
    if (m?.kind === 'guess' && m.section.number === part.heading.number) return { part, section: m.section, match: 'close' };
    if (m) return { part, section: m.section, match: m.kind };
    const byNumber = SECTIONS.find((s) => s.number === part.heading.number);
    return { part, section: byNumber, match: byNumber ? 'numeral' : 'none' };
  }),
);
