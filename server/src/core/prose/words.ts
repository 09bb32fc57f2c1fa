/**
 * Word lists are arrays (DEVELOPERS.md): these helpers turn them into the tests and pattern parts
 * the heuristics need, so that no list is written as a regular-expression alternation.
 */

/** A word list as a pattern part that matches any one of them: `(?:a|b|c)`, longest first, escaped. */
export function anyOf(words: readonly string[]): string {
  const escaped = [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return `(?:${escaped.join('|')})`;
}

/** Optional pattern part: `(?:…)?`. */
export function optional(part: string): string {
  return `(?:${part})?`;
}

/** A pattern that finds any word of the lists anywhere: built once, one pass over a text instead of one scan per word. */
export function anyWordOf(...lists: readonly (readonly string[])[]): RegExp {
  return new RegExp(anyOf(lists.flat()));
}

/** A whole-text pattern made of named parts in order (each part a pattern source). */
export function wholeOf(...parts: readonly string[]): RegExp {
  return new RegExp(`^${parts.join('')}$`);
}
