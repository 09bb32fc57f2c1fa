/**
 * Turns a file's bytes into text. Government offices save reports as UTF-8, UTF-16 (Word's
 * "Unicode" text) or GB18030/GBK: all are decoded, none rejected. Binary and empty files are told
 * apart with a clear message instead of being checked as garbage.
 */
export type Decoded =
  | { readonly ok: true; readonly text: string; readonly encoding: string; readonly invalidBytes?: number }
  | { readonly ok: false; readonly reason: 'binary' | 'empty' };

/**
 * The WHATWG TextDecoder, global in every runtime the core runs in (Node, browsers, workers) but
 * part of no ECMAScript library: the core, compiled against ES2022 alone, names only what it uses.
 */
interface TextDecoderLike {
  decode(input: Uint8Array): string;
}
declare const TextDecoder: new (label: string, options?: { readonly fatal?: boolean }) => TextDecoderLike;

export function decodeReport(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty' };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return done(new TextDecoder('utf-8').decode(bytes.subarray(3)), 'utf-8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return done(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return done(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be');
  if (looksBinary(bytes)) return { ok: false, reason: 'binary' };
  try {
    return done(new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'utf-8');
  } catch {
    // Mostly UTF-8 with a few stray bytes (a GBK line pasted into a UTF-8 file): read as UTF-8 and say so,
    // rather than turning every Chinese character of the file into GB18030 mojibake.
    const loose = new TextDecoder('utf-8').decode(bytes);
    let invalid = 0;
    let valid = 0;
    for (let i = 0; i < loose.length; i++) {
      const c = loose.charCodeAt(i);
      if (c === 0xfffd) invalid++;
      else if (c > 0x7f) valid++;
    }
    if (valid >= 20 && invalid * 10 <= valid) return { ...done(loose, 'utf-8'), ...(loose.trim() === '' ? {} : { invalidBytes: invalid }) };
    return done(new TextDecoder('gb18030').decode(bytes), 'gb18030');
  }
}

function done(text: string, encoding: string): Decoded {
  return text.trim() === '' ? { ok: false, reason: 'empty' } : { ok: true, text, encoding };
}

/** NUL bytes, or many control characters, in the first 8 KB: not a text file. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (const b of bytes.subarray(0, n)) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control > n / 10;
}
