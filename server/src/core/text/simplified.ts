import { T2S_PAIRS } from './t2s-table';

/**
 * Traditional characters as simplified ones, one UTF-16 unit for one, so that a phrase found in
 * the result has the same offsets in the source. Mirror sites serve reports in traditional
 * characters (format spec §2.3); phrase lists are written once, in simplified characters.
 */

const T2S = new Map<string, string>();
for (let i = 0; i + 1 < T2S_PAIRS.length; i += 2) {
  const [traditional, simplified] = [T2S_PAIRS[i], T2S_PAIRS[i + 1]];
  // Only one-unit pairs keep offsets (the generated table has no others, but say so).
  if (traditional?.length === 1 && simplified?.length === 1) T2S.set(traditional, simplified);
}

/**
 * Which UTF-16 units have a traditional form differing from the simplified one: a cheap first test,
 * one array read per unit (a regular expression over this class of thousands of characters took
 * 5 % of the typical check, issue 17).
 */
const HAS_TRADITIONAL = new Uint8Array(0x10000);
for (const ch of T2S.keys()) HAS_TRADITIONAL[ch.charCodeAt(0)] = 1;

function hasTraditional(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (HAS_TRADITIONAL[text.charCodeAt(i)] === 1) return true;
  return false;
}

/** `text` with traditional characters simplified; same length and offsets. */
export function simplified(text: string): string {
  if (!hasTraditional(text)) return text;
  let out = '';
  for (const ch of text) out += ch.length === 1 ? T2S.get(ch) ?? ch : ch;
  return out;
}
