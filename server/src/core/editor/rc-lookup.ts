import { mergeOptions, parseRcText, RC_FILE_NAME } from './options';
import type { GovreportOptions, PartialOptions } from './options';

/** The folders from `directory` up to the root, nearest first ('/a/b' → '/a/b', '/a', '/'). Pure string work on / or \ paths. */
export function foldersUpward(directory: string): string[] {
  const sep = directory.includes('\\') && !directory.includes('/') ? '\\' : '/';
  const out: string[] = [];
  let current = directory.replace(/[\\/]+$/, '') || sep;
  for (;;) {
    out.push(current);
    const cut = Math.max(current.lastIndexOf('/'), current.lastIndexOf('\\'));
    if (cut < 0) break;
    const parent = cut === 0 ? sep : current.slice(0, cut);
    if (parent === current || /^[A-Za-z]:$/.test(current)) break;
    current = /^[A-Za-z]:$/.test(parent) ? `${parent}${sep}` : parent;
    if (out.includes(current)) break;
  }
  return out;
}

/** The folder part of a file path ('a/b/c.md' → 'a/b'; 'c.md' → '.'). */
export function folderOf(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return cut < 0 ? '.' : cut === 0 ? path.slice(0, 1) : path.slice(0, cut);
}

export interface RcLayer {
  readonly path: string;
  readonly options: PartialOptions;
  readonly problems: readonly string[];
  /** Nothing of the file applies (not JSON, or not an object). */
  readonly unusable?: boolean | undefined;
}

/**
 * The `.govreportrc.json` files that apply to a file in `directory`, outermost first, so that a
 * nearer file overrides a farther one. `readText` returns undefined when a file does not exist.
 */
export function findRcLayers(directory: string, readText: (path: string) => string | undefined): RcLayer[] {
  const layers: RcLayer[] = [];
  for (const folder of foldersUpward(directory)) {
    const path = `${folder.replace(/[\\/]$/, '')}/${RC_FILE_NAME}`;
    const text = readText(path);
    if (text === undefined) continue;
    const { options, problems, unusable } = parseRcText(text);
    layers.unshift({ path, options, problems, unusable });
  }
  return layers;
}

/** Settings, then the rc files from the outermost to the nearest. */
export function optionsWithRc(base: GovreportOptions, layers: readonly RcLayer[]): GovreportOptions {
  return mergeOptions(base, ...layers.map((l) => l.options));
}
