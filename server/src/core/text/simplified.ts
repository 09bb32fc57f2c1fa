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

/** Characters that have a traditional form differing from the simplified one; a cheap first test. */
const HAS_TRADITIONAL = new RegExp(`[${[...T2S.keys()].join('').replace(/[\\\]^-]/g, '\\$&')}]`);

/** `text` with traditional characters simplified; same length and offsets. */
export function simplified(text: string): string {
  if (!HAS_TRADITIONAL.test(text)) return text;
  let out = '';
  for (const ch of text) out += ch.length === 1 ? T2S.get(ch) ?? ch : ch;
  return out;
}
