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

/** Whether `text` contains any of the words. */
export function containsAny(text: string, words: readonly string[]): boolean {
  return words.some((w) => text.includes(w));
}

/** A whole-text pattern made of named parts in order (each part a pattern source). */
export function wholeOf(...parts: readonly string[]): RegExp {
  return new RegExp(`^${parts.join('')}$`);
}
