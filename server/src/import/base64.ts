/**
 * Base64 for the bytes the client and the server exchange (a Word/PDF file to import, a saved
 * .xlsx/.docx) and the base64 parts of MHTML files: atob/btoa, which Node (≥ 16), browsers and Web Workers all have, so the same code
 * runs in the desktop server and in the web extension's worker (Node's Buffer is not there).
 */
export function bytesToBase64(bytes: Uint8Array): string {
  // String.fromCharCode over chunks: one call per byte would be slow, one call for all overflows the stack.
  const CHUNK = 0x8000;
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

/** Lenient as Node's Buffer is: characters outside the alphabet (line breaks, stray padding) are skipped. */
export function base64ToBytes(base64: string): Uint8Array {
  let digits = base64.replace(/[^A-Za-z0-9+/]/g, '');
  // A lone last digit carries no whole byte (Buffer drops it; atob refuses it).
  if (digits.length % 4 === 1) digits = digits.slice(0, -1);
  const binary = atob(digits + '='.repeat((4 - (digits.length % 4)) % 4));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
