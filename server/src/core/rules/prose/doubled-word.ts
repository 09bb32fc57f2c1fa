import { simplifiedProseOf, simplifiedSentencesOf } from '../../prose/simplified-sentences';
import type { Rule } from '../types';
import type { Slip } from './occurrences';
import { reportSlips } from './occurrences';

/** The longest and shortest word, in characters, read as doubled. */
const [LONGEST, SHORTEST] = [4, 2];
/**
 * Function words written twice (的的, 在在), with the words that end in the same character and so
 * make a legitimate pair (目的的, 存在在线, 以及及时, 参与与监督). Characters that end too many words
 * (于: 关于于?, 为: 作为为…, 是: 但是是…) are left out: no finding beats a wrong finding.
 */
const DOUBLED_CHARACTERS: Readonly<Record<string, readonly string[]>> = {
  的: ['目的', '有的', '是的', '似的', '别的', '端的', '标的', '打的', '的的确确'],
  在: ['存在', '现在', '实在', '正在', '所在', '自在', '内在', '外在', '潜在', '旨在', '好在', '不在', '健在'],
  和: ['总和', '温和', '平和', '缓和', '调和', '柔和', '随和', '饱和', '共和', '讲和', '附和', '人和', '谦和', '祥和', '亲和', '中和'],
  对: ['核对', '反对', '相对', '针对', '绝对', '面对', '应对', '比对', '校对', '配对', '一对', '成对', '敌对', '查对', '对对'],
  与: ['参与', '给与', '赋与'],
  及: ['以及', '涉及', '普及', '波及', '危及', '顾及', '不及', '企及', '遍及', '惠及', '论及', '提及', '言及', '触及', '推及', '旁及', '来得及'],
  将: ['即将', '必将', '行将', '终将', '大将', '老将', '主将', '干将', '猛将'],
  并: ['合并', '兼并', '吞并'],
  被: ['棉被'],
  已: ['而已', '不已', '业已', '早已'],
};
/** The units of DOUBLED_CHARACTERS' function words. */
const FUNCTION_WORD_CODES = new Set(Object.keys(DOUBLED_CHARACTERS).map((c) => c.charCodeAt(0)));

/**
 * A doubled word (资金资金, 的的), the slip a reviewer's 「文字错误」 most often means. Reduplicated
 * forms are words, not slips: AABB (认认真真, 是是非非), quantifier pairs (一件一件, 一个一个).
 * Headings, tables and numbers are never read. The fix drops the second copy (not applied by
 * 修正全部: the author should look).
 */
export const doubledWord: Rule = {
  meta: { id: 'prose/doubled-word', title: '词语重复', category: 'prose', defaultSeverity: 'info', fixable: true },
  check({ model, t, report }) {
    const slips: Slip[] = [];
    const prose = simplifiedProseOf(model);
    for (const s of simplifiedSentencesOf(model)) {
      const { text } = s;
      const found = doublingsIn(prose, s.range.start, s.range.end);
      for (const at of found.words) {
        const word = text.slice(at.index, at.index + at.length);
        if (word.startsWith('一') || oneCharacterRepeated(word)) continue;
        slips.push(slip(s.range.start + at.index, word, model.text));
      }
      for (const index of found.characters) {
        const word = text.charAt(index);
        const next = text.charAt(index + 2);
        // AABB: 是是非非, 的的确确.
        if (next !== '' && next === text.charAt(index + 3)) continue;
        // 目的的, 以及及时: the first character ends a word.
        const words = DOUBLED_CHARACTERS[word] ?? [];
        if (words.some((w) => text.slice(Math.max(0, index + 1 - w.length), index + 1) === w)) continue;
        if (slips.some((x) => x.range.start <= s.range.start + index && s.range.start + index < x.range.end)) continue;
        slips.push(slip(s.range.start + index, word, model.text));
      }
    }
    slips.sort((a, b) => a.range.start - b.range.start);
    reportSlips({ t, report }, slips, { one: 'prose/doubled-word', many: 'prose/doubled-word.many', another: 'prose/doubled-word.another', fix: 'prose/doubled-word.fix', fixAll: 'prose/doubled-word.fix-all' }, false);
  },
};

interface Doublings {
  /** Words of two to four Chinese characters written twice in a row (资金资金), as /([\u4e00-\u9fff]{2,4})\1/g finds them: the longest word first at each position, the search going on after one. */
  readonly words: { readonly index: number; readonly length: number }[];
  /** Function words written twice (的的), as /(的|在|…)\1/g finds them. */
  readonly characters: number[];
}

/**
 * Both kinds of doubling in the sentence text[start, end) in one pass over the units, positions
 * relative to `start` (issue 17: the two regular expressions, the first trying three lengths at
 * every Chinese character, cost a long report's check 3 %). The units at i…i+4 are kept in a
 * window, one read per step; a doubled word repeats its first character two to four units on, so
 * most positions stop at three comparisons.
 */
function doublingsIn(text: string, start: number, end: number): Doublings {
  const found: Doublings = { words: [], characters: [] };
  let nextWord = start;
  let nextCharacter = start;
  // The units past `end` are another sentence's: they only make the first test pass, which doubledAt bounds.
  let [u0, u1, u2, u3] = [text.charCodeAt(start), text.charCodeAt(start + 1), text.charCodeAt(start + 2), text.charCodeAt(start + 3)];
  let u4 = text.charCodeAt(start + 4);
  for (let i = start; i + 1 < end; i++) {
    if (i >= nextCharacter && u0 === u1 && FUNCTION_WORD_CODES.has(u0)) {
      found.characters.push(i - start);
      nextCharacter = i + 2;
    }
    if (i >= nextWord && (u0 === u2 || u0 === u3 || u0 === u4)) {
      const length = doubledAt(text, i, end);
      if (length > 0) {
        found.words.push({ index: i - start, length });
        nextWord = i + 2 * length;
      }
    }
    u0 = u1;
    u1 = u2;
    u2 = u3;
    u3 = u4;
    u4 = text.charCodeAt(i + 5);
  }
  return found;
}

/** The length of the longest word of SHORTEST to LONGEST Chinese characters at `at` that is written again right after it, both before `end`; 0 when none is. */
function doubledAt(text: string, at: number, end: number): number {
  let han = 0;
  while (han < LONGEST && at + han < end && isHanCode(text.charCodeAt(at + han))) han++;
  for (let length = han; length >= SHORTEST; length--) if (at + 2 * length <= end && repeatsAt(text, at, length)) return length;
  return 0;
}

function repeatsAt(text: string, at: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (text.charCodeAt(at + k) !== text.charCodeAt(at + length + k)) return false;
  return true;
}

/** The unified CJK block, as the doubled-word search reads Chinese characters. */
const isHanCode = (c: number): boolean => c >= 0x4e00 && c <= 0x9fff;

function slip(start: number, word: string, text: string): Slip {
  const end = start + word.length * 2;
  return { range: { start, end }, args: { word: text.slice(start, start + word.length) }, edit: { range: { start: start + word.length, end }, newText: '' } };
}

/** 哈哈哈哈, 常常常常: one character repeated is no doubled word. */
function oneCharacterRepeated(word: string): boolean {
  for (let i = 1; i < word.length; i++) if (word.charAt(i) !== word.charAt(0)) return false;
  return true;
}
