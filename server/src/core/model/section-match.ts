import { SECTIONS } from '../format/sections';
import type { SectionSpec } from '../format/sections';
import { bigramSimilarity, looseLabel } from '../text/normalize';

/** How a heading's title relates to the six standard titles of the 2019/2021 formats. */
export interface SectionMatch {
  readonly section: SectionSpec;
  /** standard: the exact title; variant: a known non-standard title; guess: recognised only by its keywords. */
  readonly kind: 'standard' | 'variant' | 'guess';
}

const STANDARD = new Map(SECTIONS.map((s) => [looseLabel(s.title), s]));
const VARIANTS = new Map(SECTIONS.flatMap((s) => s.variants.map((v) => [looseLabel(v), s] as const)));
/** Each part's standard title and variants in loose form, computed once. */
/** Each section with its standard and variant titles, loosely normalised, in the order of SECTIONS. */
const LOOSE_TITLES = SECTIONS.map((section) => ({ section, titles: [section.title, ...section.variants].map(looseLabel) }));

/** The section a title stands for, if any. Titles are compared after normalisation, without "的" and punctuation. */
export function matchSection(title: string): SectionMatch | undefined {
  const key = looseLabel(title);
  const standard = STANDARD.get(key);
  if (standard) return { section: standard, kind: 'standard' };
  const variant = VARIANTS.get(key);
  if (variant) return { section: variant, kind: 'variant' };
  return guessSection(key);
}

/** The section whose keywords the title carries, preferring the most similar title when several do. */
function guessSection(key: string): SectionMatch | undefined {
  let best: { section: SectionSpec; score: number } | undefined;
  for (const { section: s, titles } of LOOSE_TITLES) {
    if (!s.keywords.some((k) => key.includes(k))) continue;
    const score = Math.max(...titles.map((title) => bigramSimilarity(key, title)));
    if (!best || score > best.score) best = { section: s, score };
  }
  return best && { section: best.section, kind: 'guess' };
}

/** Whether the title is one of the known titles of the six parts (standard or variant). */
export function isKnownSectionTitle(title: string): boolean {
  const m = matchSection(title);
  return m !== undefined && m.kind !== 'guess';
}
