import { GLOBSTAR, Minimatch } from 'minimatch';
import type { MMRegExp } from 'minimatch';

/**
 * The `files` patterns of the settings and of `.govreportrc.json`: globs (`**`, `*`, `?`, `[…]`,
 * `{a,b}`) matched by minimatch, on paths with `/`, case-insensitively. A pattern that does not start
 * with `/` matches at any depth (`README.md`, `reports/*.md`), like .gitignore.
 *
 * A pattern comes from the workspace, so it is data an attacker may write. minimatch (the library
 * the VS Code language client uses) parses it, with extglobs, negation and comments off and its
 * brace expansion bounded, into segments; the matching is ours and takes time bounded by the sizes:
 * minimatch tests a segment such as `*a*a*a*b` with a backtracking regular expression (25 s on a
 * 200-character name), so a segment of `*` and `?` is matched by the two-pointer wildcard algorithm
 * (O(name × segment)), and `**` by one table over (pattern segment, path segment). A segment with a
 * character class keeps minimatch's expression, allowed one `*`. Limits on length, wildcards,
 * globstars and alternatives; a pattern over a limit is refused with a reason, never cut silently;
 * nothing here throws.
 */
export const GLOB_LIMITS = {
  /** Patterns read from one `files` object; the rest are said and ignored. */
  maxPatterns: 64,
  /** Characters in one pattern. */
  maxLength: 256,
  /** `*` runs and `?` in one pattern (each a loop in the matcher). */
  maxWildcards: 16,
  /** `**` segments in one pattern. */
  maxGlobstars: 4,
  /** `*` in one segment that has a character class (`[…]`): matched by a regular expression. */
  maxStarsWithClass: 1,
  /** Alternatives after brace expansion (`{a,b}{c,d}` is 4). */
  maxAlternatives: 16,
  /** Longer paths, or path segments, match no pattern (no file system has them; a hostile virtual one might). */
  maxPathLength: 4096,
  maxSegmentLength: 255,
} as const;

export type GlobProblem =
  | { readonly kind: 'empty' }
  | { readonly kind: 'too-long'; readonly length: number; readonly max: number }
  | { readonly kind: 'too-many-wildcards'; readonly count: number; readonly max: number }
  | { readonly kind: 'too-many-globstars'; readonly count: number; readonly max: number }
  | { readonly kind: 'too-many-alternatives'; readonly max: number }
  | { readonly kind: 'invalid'; readonly detail: string };

const OPTIONS = {
  // Paths use '/' on every system (backslashes are turned into it first): the POSIX rules, whatever the machine.
  platform: 'linux',
  nocase: true,
  dot: true,
  noext: true,
  nonegate: true,
  nocomment: true,
  // One more than allowed, so that a pattern over the limit is told rather than cut short.
  braceExpandMax: GLOB_LIMITS.maxAlternatives + 1,
} as const;

/** The compiled pattern, or why it is not used. */
export function compileGlob(pattern: string): { readonly matcher: Minimatch } | { readonly problem: GlobProblem } {
  const p = pattern.trim().replace(/\\/g, '/');
  if (p === '') return { problem: { kind: 'empty' } };
  if (p.length > GLOB_LIMITS.maxLength) return { problem: { kind: 'too-long', length: p.length, max: GLOB_LIMITS.maxLength } };
  const wildcards = countWildcards(p);
  if (wildcards > GLOB_LIMITS.maxWildcards) return { problem: { kind: 'too-many-wildcards', count: wildcards, max: GLOB_LIMITS.maxWildcards } };
  const globstars = p.split('/').filter((segment) => segment === '**').length;
  if (globstars > GLOB_LIMITS.maxGlobstars) return { problem: { kind: 'too-many-globstars', count: globstars, max: GLOB_LIMITS.maxGlobstars } };
  try {
    const anchored = p.startsWith('/') || p.startsWith('**/') ? p : `**/${p}`;
    const matcher = new Minimatch(anchored, OPTIONS);
    if (matcher.set.length > GLOB_LIMITS.maxAlternatives) return { problem: { kind: 'too-many-alternatives', max: GLOB_LIMITS.maxAlternatives } };
    for (const alternative of matcher.set) {
      for (const part of alternative) {
        if (typeof part === 'string' || part === GLOBSTAR || wildcardOnly(part) !== undefined) continue;
        const stars = countWildcards((part._glob ?? '').replace(/\?/g, ''));
        if (stars > GLOB_LIMITS.maxStarsWithClass) return { problem: { kind: 'too-many-wildcards', count: stars, max: GLOB_LIMITS.maxStarsWithClass } };
      }
    }
    return { matcher };
  } catch (error) {
    return { problem: { kind: 'invalid', detail: error instanceof Error ? error.message : String(error) } };
  }
}

/** `*` runs (a `**` counts once) and `?` (backslashes are path separators here, never escapes). */
function countWildcards(pattern: string): number {
  let count = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '?') count++;
    else if (c === '*') {
      count++;
      while (pattern[i + 1] === '*') i++;
    }
  }
  return count;
}

/** The segment's glob when it is only literal characters, `*` and `?` (no class): matched by wildcardMatch. */
function wildcardOnly(part: MMRegExp): string | undefined {
  const glob = part._glob;
  return glob !== undefined && !/[[\]\\]/.test(glob) ? glob.toLowerCase() : undefined;
}

/** `*` and `?` against a name, case-insensitively: the greedy two-pointer algorithm, O(name × glob), no backtracking blow-up. */
function wildcardMatch(glob: string, name: string): boolean {
  const n = name.toLowerCase();
  let g = 0;
  let i = 0;
  let star = -1;
  let mark = 0;
  while (i < n.length) {
    const c = glob[g];
    if (c === '*') {
      star = g++;
      mark = i;
    } else if (c !== undefined && (c === '?' || c === n[i])) {
      g++;
      i++;
    } else if (star >= 0) {
      g = star + 1;
      i = ++mark;
    } else {
      return false;
    }
  }
  while (glob[g] === '*') g++;
  return g === glob.length;
}

type Part = string | MMRegExp | typeof GLOBSTAR;

function segmentMatches(part: Exclude<Part, typeof GLOBSTAR>, segment: string): boolean {
  if (typeof part === 'string') return part.toLowerCase() === segment.toLowerCase();
  const glob = wildcardOnly(part);
  return glob !== undefined ? wildcardMatch(glob, segment) : part.test(segment);
}

/** One alternative against the path's segments; `**` takes any number of segments. A table over (part, segment): each pair decided once. */
function partsMatch(parts: readonly Part[], segments: readonly string[]): boolean {
  const width = segments.length + 1;
  const memo = new Uint8Array((parts.length + 1) * width);
  const at = (p: number, s: number): boolean => {
    const key = p * width + s;
    const known = memo[key];
    if (known !== undefined && known !== 0) return known === 1;
    let result: boolean;
    const part = parts[p];
    if (part === undefined) result = s === segments.length;
    else if (part === GLOBSTAR) result = at(p + 1, s) || (s < segments.length && at(p, s + 1));
    else {
      const segment = segments[s];
      result = segment !== undefined && segmentMatches(part, segment) && at(p + 1, s + 1);
    }
    memo[key] = result ? 1 : 2;
    return result;
  };
  return at(0, 0);
}

/** Compiled patterns by text; bounded, as the patterns come from files. */
const compiled = new Map<string, Minimatch | undefined>();
const COMPILED_MAX = 256;

function matcherOf(pattern: string): Minimatch | undefined {
  if (compiled.has(pattern)) return compiled.get(pattern);
  const result = compileGlob(pattern);
  const matcher = 'matcher' in result ? result.matcher : undefined;
  if (compiled.size >= COMPILED_MAX) compiled.clear();
  compiled.set(pattern, matcher);
  return matcher;
}

/** Whether `path` matches `pattern`; a pattern that is not usable (compileGlob's problem) matches nothing. */
export function matchesGlob(pattern: string, path: string): boolean {
  if (path.length > GLOB_LIMITS.maxPathLength) return false;
  const matcher = matcherOf(pattern);
  if (!matcher) return false;
  const segments = path.replace(/\\/g, '/').split('/');
  if (segments.some((s) => s.length > GLOB_LIMITS.maxSegmentLength)) return false;
  return matcher.set.some((parts) => partsMatch(parts, segments));
}
