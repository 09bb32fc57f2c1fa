import { simplifiedSentencesOf } from './simplified-sentences';
import type { Rule } from '../types';
import type { Slip } from './occurrences';
import { reportSlips } from './occurrences';

/** A word of two to four characters written twice in a row: 资金资金, 政府信息公开政府信息公开. */
const DOUBLED = /([\u4e00-\u9fff]{2,4})\1/g;
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
const DOUBLED_CHARACTER = new RegExp(`(${Object.keys(DOUBLED_CHARACTERS).join('|')})\\1`, 'g');

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
    for (const s of simplifiedSentencesOf(model)) {
      const { text } = s;
      for (const m of text.matchAll(DOUBLED)) {
        const word = m[1] ?? '';
        if (word.startsWith('一') || oneCharacterRepeated(word)) continue;
        slips.push(slip(s.range.start + m.index, word, model.text));
      }
      for (const m of text.matchAll(DOUBLED_CHARACTER)) {
        const word = m[1] ?? '';
        const next = text.charAt(m.index + 2);
        // AABB: 是是非非, 的的确确.
        if (next !== '' && next === text.charAt(m.index + 3)) continue;
        // 目的的, 以及及时: the first character ends a word.
        const words = DOUBLED_CHARACTERS[word] ?? [];
        if (words.some((w) => text.slice(Math.max(0, m.index + 1 - w.length), m.index + 1) === w)) continue;
        if (slips.some((x) => x.range.start <= s.range.start + m.index && s.range.start + m.index < x.range.end)) continue;
        slips.push(slip(s.range.start + m.index, word, model.text));
      }
    }
    slips.sort((a, b) => a.range.start - b.range.start);
    reportSlips({ t, report }, slips, { one: 'prose/doubled-word', many: 'prose/doubled-word.many', another: 'prose/doubled-word.another', fix: 'prose/doubled-word.fix', fixAll: 'prose/doubled-word.fix-all' }, false);
  },
};

function slip(start: number, word: string, text: string): Slip {
  const end = start + word.length * 2;
  return { range: { start, end }, args: { word: text.slice(start, start + word.length) }, edit: { range: { start: start + word.length, end }, newText: '' } };
}

/** 哈哈哈哈, 常常常常: one character repeated is no doubled word. */
function oneCharacterRepeated(word: string): boolean {
  for (let i = 1; i < word.length; i++) if (word.charAt(i) !== word.charAt(0)) return false;
  return true;
}
