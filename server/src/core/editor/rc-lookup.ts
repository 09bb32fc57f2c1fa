import { trimEndOf } from '../text/trim';
import { mergeOptions, parseRcText, RC_FILE_NAME } from './options';
import type { GovreportOptions, PartialOptions } from './options';
import { packPath, parseRulePack } from './rule-pack';
import { configText } from './config-text';

/** The folders from `directory` up to the root, nearest first ('/a/b' → '/a/b', '/a', '/'). Pure string work on / or \ paths. */
export function foldersUpward(directory: string): string[] {
  const sep = directory.includes('\\') && !directory.includes('/') ? '\\' : '/';
  const out: string[] = [];
  let current = trimEndOf(directory, '/\\') || sep;
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
  /** The rule pack the file names, once looked for: its path and what is wrong in it (problems of the path itself are the rc's). */
  readonly pack?: PackLayer | undefined;
}

export interface PackLayer {
  readonly path: string;
  readonly problems: readonly string[];
  /** Nothing of the pack applies (not JSON, not an object, too large). */
  readonly unusable: boolean;
}

/** Whether `folder` is `root` or inside it (paths with / or \\; a trailing separator ignored). */
export function isWithin(folder: string, root: string): boolean {
  const f = trimEndOf(folder, '/\\');
  const r = trimEndOf(root, '/\\');
  return f === r || f.startsWith(`${r}/`) || f.startsWith(`${r}\\`);
}

/** The innermost of `roots` that holds `folder` (a workspace folder holding a document), or undefined. */
export function innermostRoot(folder: string, roots: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const root of roots) if (isWithin(folder, root) && (best === undefined || root.length > best.length)) best = root;
  return best;
}

/** What a reader gives for an rc path: its text, undefined when there is none, or why an existing one was not read. */
export type RcText = string | undefined | { readonly skipped: string };

/**
 * The `.govreportrc.json` files that apply to a file in `directory`, outermost first, so that a
 * nearer file overrides a farther one. Only folders from `directory` up to `boundary` are looked in
 * (the workspace folder in the editor; the repository root or the folder given in the CLI): a
 * workspace is untrusted, and a file above it (in /tmp, in a parent someone else controls) must not
 * change how it is checked. Nothing when `directory` is not inside `boundary`. A file that exists
 * but is not read (a FIFO, too large) is a layer that does not apply, with the reason as its problem.
 */
export function findRcLayers(directory: string, readText: (path: string) => RcText, boundary: string): RcLayer[] {
  if (!isWithin(directory, boundary)) return [];
  const layers: RcLayer[] = [];
  for (const folder of foldersUpward(directory)) {
    if (!isWithin(folder, boundary)) break;
    const path = `${folder.replace(/[\\/]$/, '')}/${RC_FILE_NAME}`;
    const text = readText(path);
    if (text === undefined) continue;
    if (typeof text !== 'string') {
      layers.unshift({ path, options: {}, problems: [text.skipped], unusable: true });
      continue;
    }
    const { options, problems, unusable } = parseRcText(text);
    layers.unshift({ path, problems, unusable, ...withPack(path, options, problems, readText, boundary) });
  }
  return layers;
}

/**
 * The rc's options with its rule pack read in: the pack's local rules, and its rule severities
 * under the rc's own (the rc file wins). The pack must lie inside `boundary`, as the rc files do,
 * and is read with the same reader (regular files only, size cap). A problem of the path (outside
 * the boundary, missing) joins the rc's problems; what is wrong inside the pack is the pack's.
 */
function withPack(rcPath: string, options: PartialOptions, problems: string[], readText: (path: string) => RcText, boundary: string): { options: PartialOptions; pack?: PackLayer } {
  if (options.pack === undefined) return { options };
  const where = packPath(rcPath, options.pack);
  if ('problem' in where) {
    problems.push(where.problem);
    return { options };
  }
  if (!isWithin(where.path, boundary)) {
    problems.push(configText('config/pack.outside', { got: JSON.stringify(options.pack) }));
    return { options };
  }
  const text = readText(where.path);
  if (typeof text !== 'string') {
    problems.push(text === undefined ? configText('config/pack.missing', { got: JSON.stringify(options.pack) }) : configText('config/pack.skipped', { got: JSON.stringify(options.pack), why: text.skipped }));
    return { options };
  }
  const reading = parseRulePack(text, options.pack);
  const pack = { path: where.path, problems: reading.problems, unusable: reading.unusable };
  if (!reading.pack) return { options, pack };
  return { options: { ...options, local: reading.pack.local, severities: { ...reading.pack.severities, ...options.severities } }, pack };
}

/** Settings, then the rc files from the outermost to the nearest. */
export function optionsWithRc(base: GovreportOptions, layers: readonly RcLayer[]): GovreportOptions {
  return mergeOptions(base, ...layers.map((l) => l.options));
}
