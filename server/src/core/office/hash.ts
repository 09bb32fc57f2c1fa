/**
 * A 52-bit FNV-1a hash of a string (two 32-bit lanes with different offsets), as a safe integer:
 * collisions among a million sentences are unlikely (birthday bound ≈ 2^26), unlike 32 bits.
 */
export function hash52(text: string): number {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193);
  }
  return (a >>> 0) * 0x100000 + ((b >>> 0) & 0xfffff);
}

/** The hash as 13 hex digits. */
export function hashHex(text: string): string {
  return hash52(text).toString(16).padStart(13, '0');
}
