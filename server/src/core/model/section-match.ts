import { SECTIONS } from '../format/sections';
import type { SectionSpec } from '../format/sections';
import { bigramSimilarity, looseLabel, looseWithMap } from '../text/normalize';

/** How a heading's title relates to the six standard titles of the 2019/2021 formats. */
export interface SectionMatch {
  readonly section: SectionSpec;
  /** standard: the exact title; variant: a known non-standard title; guess: recognised only by its keywords. */
  readonly kind: 'standard' | 'variant' | 'guess';
}

const STANDARD = new Map(SECTIONS.map((s) => [looseLabel(s.title), s]));
const VARIANTS = new Map(SECTIONS.flatMap((s) => s.variants.map((v) => [looseLabel(v), s] as const)));
/** Each section with its standard and variant titles, loosely normalised, in the order of SECTIONS. */
const LOOSE_TITLES = SECTIONS.map((section) => ({ section, titles: [section.title, ...section.variants].map(looseLabel) }));

/** The section a title stands for, if any. Titles are compared after normalisation, without "的" and punctuation. */
export function matchSection(title: string): SectionMatch | undefined {
  return knownSection(title) ?? guessSection(looseLabel(title));
}

/** The section a title stands for when it is a known title (standard or variant), without guessing by keywords. */
export function knownSection(title: string): SectionMatch | undefined {
  if (!mayStartKnownTitle(title) || !mayEndKnownTitle(title)) return undefined;
  const key = looseLabel(title);
  const standard = STANDARD.get(key);
  // Loose keys drop 的: "主动公开政府信息的情况" is the part 二 in other words, not its standard title.
  if (standard) return { section: standard, kind: countOf(title, '的') === countOf(standard.title, '的') ? 'standard' : 'variant' };
  const variant = VARIANTS.get(key);
  return variant && { section: variant, kind: 'variant' };
}

/** How often a one-unit character occurs (found by indexOf: a string per character of the title was made by for…of). */
function countOf(text: string, character: string): number {
  let n = 0;
  for (let at = text.indexOf(character); at >= 0; at = text.indexOf(character, at + 1)) n++;
  return n;
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
  return knownSection(title) !== undefined;
}

/** Every known title (standard and variants) in loose form, longest first: the first that a text starts with is the longest. */
const KNOWN_LOOSE = [...STANDARD.keys(), ...VARIANTS.keys()].sort((a, b) => b.length - a.length);
const KNOWN_MAX = KNOWN_LOOSE[0]?.length ?? 0;
/** The characters known titles start and end with: most texts are ruled out by these alone. */
const KNOWN_FIRST = new Set(KNOWN_LOOSE.map((t) => t.charAt(0)));
const KNOWN_LAST = new Set(KNOWN_LOOSE.map((t) => t.charAt(t.length - 1)));

/**
 * The longest known title (standard or variant) that `text` starts with, compared loosely
 * (normalised, traditional characters folded, without punctuation, 的 and blanks): the length of
 * `text` it covers. "一、总体情况2019年，平潭…" has no break after its title: the title is where
 * the known wording ends.
 */
export function knownTitlePrefix(text: string): number | undefined {
  if (!mayStartKnownTitle(text)) return undefined;
  const head = text.slice(0, 2 * KNOWN_MAX + 40);
  const loose = looseWithMap(head);
  for (const title of KNOWN_LOOSE) {
    if (!loose.text.startsWith(title)) continue;
    const last = loose.sourceIndex[title.length - 1] ?? 0;
    const code = head.charCodeAt(last);
    return last + (code >= 0xd800 && code <= 0xdbff ? 2 : 1);
  }
  return undefined;
}

/** Whether the text's first visible character can begin a known title (cheap: most lines are ruled out here, before any normalisation of the whole). */
function mayStartKnownTitle(text: string): boolean {
  for (let i = 0; i < text.length && i < 200; i++) {
    const loose = looseLabel(text.charAt(i));
    if (loose !== '') return KNOWN_FIRST.has(loose);
  }
  return false;
}

/** Whether the text's last visible character can end a known title. */
function mayEndKnownTitle(text: string): boolean {
  for (let i = text.length - 1; i >= 0 && i >= text.length - 200; i--) {
    const loose = looseLabel(text.charAt(i));
    if (loose !== '') return KNOWN_LAST.has(loose);
  }
  return false;
}
