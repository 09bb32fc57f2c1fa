import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { specialKind } from './safe-read';
import type { SpecialKind } from './safe-read';

/** A folder's entry with its real type (symlinks followed) and, for files, a key naming the real file (device and inode). */
export type FolderEntry =
  | { readonly name: string; readonly kind: 'file'; readonly size: number; readonly key: string }
  | { readonly name: string; readonly kind: 'directory'; readonly key: string }
  | { readonly name: string; readonly kind: 'special'; readonly special: SpecialKind }
  | { readonly name: string; readonly kind: 'broken' };

/**
 * A folder's entries in name order, each stat'ed once through symlinks: what the entry really is,
 * never opened. A folder's `key` is its real path, a file's its device and inode: a walk that
 * keeps the keys it saw visits each real folder and file once and follows no symlink loop. The
 * error code when the folder cannot be listed.
 */
export function listFolder(path: string): { readonly key: string; readonly entries: FolderEntry[] } | { readonly error: string } {
  let names: string[];
  let key: string;
  try {
    key = realpathSync(path);
    names = readdirSync(path);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return { error: typeof code === 'string' ? code : 'EIO' };
  }
  names.sort();
  const entries: FolderEntry[] = [];
  for (const name of names) {
    const child = join(path, name);
    try {
      const stats = statSync(child);
      if (stats.isDirectory()) entries.push({ name, kind: 'directory', key: realpathSync(child) });
      else {
        const special = specialKind(stats);
        entries.push(special === undefined ? { name, kind: 'file', size: stats.size, key: `${stats.dev}:${stats.ino}` } : { name, kind: 'special', special });
      }
    } catch {
      // A dangling symlink, a link loop (ELOOP) or an entry removed since the listing.
      entries.push({ name, kind: 'broken' });
    }
  }
  return { key, entries };
}

/** 'directory'; 'file' for anything else that exists (a read says why a FIFO or a device is not read); undefined when the path does not exist. */
export function pathKind(path: string): 'file' | 'directory' | undefined {
  try {
    return statSync(path).isDirectory() ? 'directory' : 'file';
  } catch {
    return undefined;
  }
}
