import { Inflate } from 'fflate';

/**
 * Reads named entries of a zip (a .docx is one) with hard limits, because a zip is an easy
 * weapon: a few KB can claim or expand to gigabytes (a zip bomb), or hold millions of entries.
 * The central directory is read here so that every limit is checked before any inflating (entry
 * count, each entry's declared size and ratio), and inflating (fflate's streaming Inflate, fed
 * 16 KB at a time) stops the moment the output passes the declared size or the limits: fflate's
 * unzipSync trusts the declared sizes and cannot stop in the middle of an entry.
 */

export const ZIP_LIMITS = {
  /** A real .docx has 10–200 entries (images included). */
  maxEntries: 5_000,
  /** Expanded size of all entries read (document.xml of a 1,000-page report is about 30 MB). */
  maxTotalBytes: 200 * 1024 * 1024,
  /** Expanded / compressed, for entries over `ratioFloor` bytes: XML compresses 5–30 times, deflate cannot exceed about 1,032. */
  maxRatio: 400,
  ratioFloor: 1024 * 1024,
} as const;

export type ZipProblem = 'not-zip' | 'corrupt' | 'too-many-entries' | 'too-large' | 'bomb' | 'encrypted' | 'unsupported';

export class ZipError extends Error {
  constructor(readonly problem: ZipProblem, detail: string) {
    super(detail);
  }
}

interface Entry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
}

const u16 = (b: Uint8Array, at: number): number => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number): number => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;

/** Whether the bytes start like a zip (local file header). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && u32(bytes, 0) === 0x04034b50;
}

function centralDirectory(bytes: Uint8Array): Entry[] {
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (u32(bytes, i) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) throw new ZipError(isZip(bytes) ? 'corrupt' : 'not-zip', 'no end of central directory');
  const count = u16(bytes, eocd + 10);
  let at = u32(bytes, eocd + 16);
  if (count === 0xffff || at === 0xffffffff) throw new ZipError('unsupported', 'zip64');
  if (count > ZIP_LIMITS.maxEntries) throw new ZipError('too-many-entries', String(count));
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) throw new ZipError('corrupt', `central entry ${String(i)}`);
    const nameLength = u16(bytes, at + 28);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.push({ name, flags: u16(bytes, at + 8), method: u16(bytes, at + 10), compressedSize: u32(bytes, at + 20), size: u32(bytes, at + 24), localOffset: u32(bytes, at + 42) });
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return entries;
}

/** The names of the zip's entries (after the entry-count limit). */
export function zipEntryNames(bytes: Uint8Array): string[] {
  return centralDirectory(bytes).map((e) => e.name);
}

/**
 * The named entries' bytes (absent names are left out). Throws ZipError when the zip is not one,
 * is damaged, or passes a limit; the limits count only the entries read, so pictures are never inflated.
 */
export function readZipEntries(bytes: Uint8Array, names: readonly string[]): Map<string, Uint8Array> {
  const wanted = new Set(names);
  const entries = centralDirectory(bytes).filter((e) => wanted.has(e.name));
  let total = 0;
  for (const e of entries) {
    if (e.size === 0xffffffff || e.compressedSize === 0xffffffff) throw new ZipError('unsupported', 'zip64');
    total += e.size;
    if (e.size > ZIP_LIMITS.maxTotalBytes || total > ZIP_LIMITS.maxTotalBytes) throw new ZipError('too-large', e.name);
    if (e.size > ZIP_LIMITS.ratioFloor && e.size > e.compressedSize * ZIP_LIMITS.maxRatio) throw new ZipError('bomb', e.name);
  }
  const out = new Map<string, Uint8Array>();
  for (const e of entries) out.set(e.name, inflateEntry(bytes, e));
  return out;
}

function inflateEntry(bytes: Uint8Array, e: Entry): Uint8Array {
  if ((e.flags & 1) !== 0) throw new ZipError('encrypted', e.name);
  const local = e.localOffset;
  if (local + 30 > bytes.length || u32(bytes, local) !== 0x04034b50) throw new ZipError('corrupt', e.name);
  const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
  const end = start + e.compressedSize;
  if (end > bytes.length) throw new ZipError('corrupt', e.name);
  const data = bytes.subarray(start, end);
  if (e.method === 0) {
    if (e.size !== e.compressedSize) throw new ZipError('corrupt', e.name);
    return data.slice();
  }
  if (e.method !== 8) throw new ZipError('unsupported', `method ${String(e.method)}`);
  const out = new Uint8Array(e.size);
  let written = 0;
  const state = { ended: false };
  const inflate = new Inflate((chunk, final) => {
    // More than declared is a lie (a bomb hiding behind a small declared size): stop at once.
    if (written + chunk.length > e.size) throw new ZipError('bomb', e.name);
    out.set(chunk, written);
    written += chunk.length;
    if (final) state.ended = true;
  });
  try {
    const step = 16 * 1024;
    for (let at = 0; at < data.length; at += step) inflate.push(data.subarray(at, Math.min(data.length, at + step)), at + step >= data.length);
    if (data.length === 0) inflate.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof ZipError) throw error;
    throw new ZipError('corrupt', e.name);
  }
  if (!state.ended || written !== e.size) throw new ZipError('corrupt', e.name);
  return out;
}
