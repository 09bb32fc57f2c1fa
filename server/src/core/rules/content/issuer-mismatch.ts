import type { OffsetRange } from '../../text/line-index';
import { simplifiedSentencesOf } from '../../prose/simplified-sentences';
import type { RelatedLocation, Rule } from '../types';
import { BODY_KINDS, NOT_SELF_AFTER, cleanName, kindOf, placeAndFunction } from './body-names';
import type { PlaceAndFunction } from './body-names';

/** Characters no place name between a parent and a level has ("威海市各区财政局", "威海市及区财政局"). */
const NOT_A_PLACE_NAME = ['本', '全', '我', '该', '各', '与', '和', '及', '的', '之', '省', '市', '县', '区', '州', '镇', '乡', '级', '属', '其', '等'];

interface Occurrence {
  readonly range: OffsetRange;
  readonly word: string;
}

/**
 * The report speaks as one body throughout. A report of 某乡 that calls itself 我局, or a 局's
 * report that names the same office of another place (甲市生态环境局 in 示例市生态环境局's
 * report) was most likely copied from another body's report. Self words are compared by the kind
 * of body (我局/本局 for a 局, 我镇/本镇 for a 镇…; 我市/我县/我区 are said by every body of the
 * place and are never compared); names by place and function, only when the function is specific
 * (3+ characters) and the place's level is the same. Reported once per word, at its first use.
 */
export const issuerMismatch: Rule = {
  meta: { id: 'content/issuer-mismatch', title: '正文中的机关与报告主体不符', category: 'content', defaultSeverity: 'warning', fixable: false },
  check({ model, t, report }) {
    const issuer = model.issuer;
    if (!issuer) return;
    const name = cleanName(issuer.text);
    const kind = kindOf(name);
    const sentences = simplifiedSentencesOf(model);
    const found = new Map<string, Occurrence[]>();
    const add = (o: Occurrence): void => {
      const list = found.get(o.word);
      if (list) list.push(o);
      else found.set(o.word, [o]);
    };
    if (kind) {
      const foreign = byFirstCharacter(BODY_KINDS.filter((k) => k.id !== kind.id && !compatible(kind.id, k.id)).flatMap((k) => k.selfWords));
      for (const s of sentences) for (const o of selfWords(s, foreign)) add(o);
    }
    const pf = placeAndFunction(name);
    if (pf) for (const s of sentences) for (const o of siblings(s, pf)) add(o);
    for (const [word, list] of found) {
      const [first, ...rest] = list;
      if (!first) continue;
      const related: RelatedLocation[] = [{ range: issuer.range, message: t('content/issuer-mismatch.issuer', { issuer: name }) }];
      for (const o of rest.slice(0, 20)) related.push({ range: o.range, message: t('content/issuer-mismatch.again', { word }) });
      report({
        range: first.range,
        message: t('content/issuer-mismatch', { word, issuer: name, count: list.length }),
        data: { word, issuer: name, count: list.length },
        related,
      });
    }
  },
};

/** Kinds that may speak of each other as themselves: a 街道办事处 is also 本办's; a government's office speaks for it. */
function compatible(a: string, b: string): boolean {
  const pair = (x: string, y: string): boolean => (a === x && b === y) || (a === y && b === x);
  return pair('office', 'government');
}

/**
 * The self words in a sentence. Every word starts with 我 or 本: each of those is looked for once
 * and the words are compared where it stands (issue 17: a search per word and sentence cost a
 * long report's check 2 %).
 */
function selfWords(s: { range: OffsetRange; text: string }, byFirst: ReadonlyMap<string, readonly string[]>): Occurrence[] {
  const out: Occurrence[] = [];
  for (const [first, words] of byFirst) {
    for (let at = s.text.indexOf(first); at >= 0; at = s.text.indexOf(first, at + 1)) {
      for (const word of words) {
        if (!s.text.startsWith(word, at)) continue;
        const after = s.text.slice(at + word.length, at + word.length + 2);
        if ((NOT_SELF_AFTER[word.slice(1)] ?? []).some((w) => after.startsWith(w))) continue;
        out.push({ range: { start: s.range.start + at, end: s.range.start + at + word.length }, word });
      }
    }
  }
  return out;
}

/** Words grouped by their first character. */
function byFirstCharacter(words: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const word of words) out.set(word.charAt(0), [...(out.get(word.charAt(0)) ?? []), word]);
  return out;
}

/**
 * "威海市环翠区财政局" in the report of "威海市文登区财政局": the same function at the same level of
 * another place under the same parent. Without the parent in both names a place's name cannot be
 * told from the words before it ("深入了解区商务局" is the body itself), so it is not compared.
 */
function siblings(s: { range: OffsetRange; text: string }, pf: PlaceAndFunction): Occurrence[] {
  const out: Occurrence[] = [];
  if (pf.parent.length < 2) return out;
  const tail = pf.level + pf.func;
  for (let at = s.text.indexOf(pf.parent); at >= 0; at = s.text.indexOf(pf.parent, at + 1)) {
    const from = at + pf.parent.length;
    const end = s.text.indexOf(tail, from);
    // Two to four characters of another place's name between the parent and the level.
    if (end < 0 || end - from < 2 || end - from > 4) continue;
    const other = s.text.slice(from, end);
    if (other === pf.name || !/^[\u4e00-\u9fff]+$/.test(other) || NOT_A_PLACE_NAME.some((c) => other.includes(c))) continue;
    out.push({ range: { start: s.range.start + at, end: s.range.start + end + tail.length }, word: pf.parent + other + tail });
  }
  return out;
}
