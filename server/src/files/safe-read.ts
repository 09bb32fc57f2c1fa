import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import type { Stats } from 'node:fs';

/**
 * The one way govreport reads a file from disk (the server's settings, workspace check and
 * previous-year scan, the CLI's files, --previous, rosters and decisions, the importers' bytes).
 * A workspace is untrusted: a FIFO named `2025.md` would block a read forever, `/dev/zero` behind a
 * symlink would fill the memory, a 4 GB "report" would stall everything. So only regular files are
 * read (symlinks followed, then the target's type checked, before and after opening), with a size
 * cap checked before reading and enforced while reading; anything else is a reason, never a throw.
 */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;
/** Configuration files (.govreportrc.json) and other small text files. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

/** What a path is when it is not a regular file. */
export type SpecialKind = 'fifo' | 'device' | 'socket' | 'directory' | 'other';

export type SafeRead =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly reason: 'missing' }
  | { readonly ok: false; readonly reason: 'special'; readonly kind: SpecialKind }
  | { readonly ok: false; readonly reason: 'too-large'; readonly size: number; readonly max: number }
  | { readonly ok: false; readonly reason: 'unreadable'; readonly code: string };

/** POSIX open flags; Windows has neither (and no FIFOs to block on). */
const POSIX = constants as Partial<typeof constants>;
const OPEN_FLAGS = { O_NONBLOCK: POSIX.O_NONBLOCK ?? 0, O_NOCTTY: POSIX.O_NOCTTY ?? 0 };

export function specialKind(stats: Stats): SpecialKind | undefined {
  if (stats.isFile()) return undefined;
  if (stats.isFIFO()) return 'fifo';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'device';
  if (stats.isSocket()) return 'socket';
  if (stats.isDirectory()) return 'directory';
  return 'other';
}

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : 'EIO';
}

/** Reads `path` when it is a regular file of at most `maxBytes` bytes; never blocks on a FIFO or device, never throws. */
export function readRegularFile(path: string, maxBytes: number = MAX_FILE_BYTES): SafeRead {
  let before: Stats;
  try {
    before = statSync(path);
  } catch (error) {
    const code = codeOf(error);
    return code === 'ENOENT' || code === 'ENOTDIR' ? { ok: false, reason: 'missing' } : { ok: false, reason: 'unreadable', code };
  }
  const kind = specialKind(before);
  if (kind !== undefined) return { ok: false, reason: 'special', kind };
  if (before.size > maxBytes) return { ok: false, reason: 'too-large', size: before.size, max: maxBytes };
  let fd: number;
  try {
    // O_NONBLOCK: should the path have become a FIFO since the stat, opening it does not wait for a writer.
    fd = openSync(path, constants.O_RDONLY | OPEN_FLAGS.O_NONBLOCK | OPEN_FLAGS.O_NOCTTY);
  } catch (error) {
    return { ok: false, reason: 'unreadable', code: codeOf(error) };
  }
  try {
    const opened = fstatSync(fd);
    const openedKind = specialKind(opened);
    if (openedKind !== undefined) return { ok: false, reason: 'special', kind: openedKind };
    if (opened.size > maxBytes) return { ok: false, reason: 'too-large', size: opened.size, max: maxBytes };
    // Read up to one byte past the cap: a file that grows (or says size 0, as /proc files do) is still bounded.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1 << 20, maxBytes + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      total += n;
      if (total > maxBytes) return { ok: false, reason: 'too-large', size: total, max: maxBytes };
      chunks.push(chunk.subarray(0, n));
    }
    return { ok: true, bytes: Buffer.concat(chunks, total) };
  } catch (error) {
    return { ok: false, reason: 'unreadable', code: codeOf(error) };
  } finally {
    closeSync(fd);
  }
}

/** An error carrying a SafeRead failure, for the CLI's `readFile` (which throws, as fs does). */
export class SkippedFileError extends Error {
  constructor(readonly result: Exclude<SafeRead, { ok: true }>) {
    super(result.reason);
    this.name = 'SkippedFileError';
  }
}

/** The bytes of a regular file, or a SkippedFileError saying why not. */
export function readRegularFileOrThrow(path: string, maxBytes: number = MAX_FILE_BYTES): Uint8Array {
  const result = readRegularFile(path, maxBytes);
  if (!result.ok) throw new SkippedFileError(result);
  return result.bytes;
}
