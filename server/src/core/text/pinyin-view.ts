import { FILLER, isFiller } from './filler';

/**
 * Mirror sites that serve reports in traditional characters insert the pinyin of some characters
 * after them: "根據(jù)", "報(bào)告", also without tone marks and doubled ("公(gong)(gong)開(kai)(kai)",
 * "文(wen)章(zhang)"). The view blanks those annotations (filler, same length) so that titles,
 * headings and labels read as written. Only a text that has several of them is touched, and only
 * a bracket holding one pinyin syllable right after a Chinese character counts.
 */

/** One or more bracketed syllables (read at a '(' found by indexOf: a regular expression starting with a look-behind would test every position). */
const ANNOTATIONS = /(?:\([a-z\u00e0-\u00fc\u0101-\u01dc]{1,6}\))+/y;
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
/** How much blanked markup may stand between a character and its annotation. */
const MAX_GAP = 200;
const ONE = /\(([^()]+)\)/g;
/** A pinyin syllable without tone marks: an initial (or none) and a final. */
const SYLLABLE = /^(?:[zcs]h|[bpmfdtnlgkhjqxrzcsyw])?(?:i(?:a(?:ng|n|o)?|e|u|ng?|ong)?|u(?:a(?:ng|n|i)?|o|i|n|e)?|v(?:e|n|an)?|a(?:i|o|ng?)?|o(?:u|ng)?|e(?:i|ng?|r)?)$/;
/** Fewer than this many annotations: brackets in an ordinary text, left alone. */
const MIN_ANNOTATIONS = 3;

function isSyllable(annotation: string): boolean {
  const plain = annotation.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ü/g, 'v');
  return SYLLABLE.test(plain);
}

function afterChineseCharacter(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && at - i <= MAX_GAP && isFiller(text.charCodeAt(i))) i--;
  return i >= 0 && CJK.test(text.charAt(i));
}

/** The annotations' ranges, when the text has enough of them to be such a mirror. */
export function pinyinAnnotations(text: string): { start: number; end: number }[] {
  if (!text.includes('(')) return [];
  const out: { start: number; end: number }[] = [];
  for (let at = text.indexOf('('); at >= 0; at = text.indexOf('(', at + 1)) {
    if (!afterChineseCharacter(text, at)) continue;
    ANNOTATIONS.lastIndex = at;
    const m = ANNOTATIONS.exec(text);
    if (!m) continue;
    let valid = true;
    for (const one of m[0].matchAll(ONE)) if (!isSyllable(one[1] ?? '')) valid = false;
    if (valid) out.push({ start: at, end: at + m[0].length });
    at += m[0].length - 1;
  }
  return out.length >= MIN_ANNOTATIONS ? out : [];
}

/** The text with its pinyin annotations blanked (same length), or the text itself when it has none. */
export function pinyinView(text: string): string {
  const annotations = pinyinAnnotations(text);
  if (annotations.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const a of annotations) {
    parts.push(text.slice(at, a.start), FILLER.repeat(a.end - a.start));
    at = a.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
