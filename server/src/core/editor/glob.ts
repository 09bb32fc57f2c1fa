import { Minimatch } from 'minimatch';

/**
 * The `files` patterns of the settings and of `.govreportrc.json`: globs (`**`, `*`, `?`, `[…]`,
 * `{a,b}`) matched by minimatch, on paths with `/`, case-insensitively. A pattern that does not start
 * with `/` matches at any depth (`README.md`, `reports/*.md`), like .gitignore.
 *
 * A pattern comes from the workspace, so it is data an attacker may write: minimatch (the library
 * the VS Code language client uses; it matches segment by segment, bounds its globstar recursion and
 * its brace expansion) with extglobs, negation and comments off, and our limits on length, wildcards,
 * globstars and alternatives. A pattern over a limit is rejected with a reason, never cut silently;
 * nothing here throws.
 */
export const GLOB_LIMITS = {
  /** Patterns read from one `files` object; the rest are said and ignored. */
  maxPatterns: 64,
  /** Characters in one pattern. */
  maxLength: 256,
  /** `*` runs and `?` in one pattern (each a loop in the matcher). */
  maxWildcards: 16,
  /** `**` segments in one pattern (each a backtracking point over the path's folders). */
  maxGlobstars: 4,
  /** Alternatives after brace expansion (`{a,b}{c,d}` is 4). */
  maxAlternatives: 16,
  /** Longer paths match no pattern (no file system has them; a hostile virtual one might). */
  maxPathLength: 4096,
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
  return matcherOf(pattern)?.match(path.replace(/\\/g, '/')) ?? false;
}
