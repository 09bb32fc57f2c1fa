import type { FigureKind } from './figure-kinds';
import type { TextBefore } from './prefix-words';
import { anyOf, anyWordOf, optional, wholeOf } from './words';

/**
 * Which figure of table 三 a clause names before a count of applications (件, 宗): "（本年）全区共
 * 收到政府信息公开申请" (本年新收), "上年结转" (上年结转), "办结" (（七）总计), "结转下年度继续办理",
 * "予以公开", "予以公开及部分公开", "因…等原因无法提供".
 */

/** The word that makes a sentence about applications. */
const APPLICATIONS: readonly string[] = ['申请'];
const RECEIVE_VERBS = ['收到', '受理', '新收', '接收', '接到'];
const APPLICATION_NAMES = ['政府信息公开', '依申请公开', '信息公开'];
/** "收到(的)(政府信息公开)申请" at the end of the clause: the verb right before 申请. */
const RECEIVED = new RegExp(`${anyOf(RECEIVE_VERBS)}${optional('的')}${optional(anyOf(APPLICATION_NAMES))}申请$`);
/** Words that make a 收到…申请 clause about another figure. */
const NOT_RECEIVED = anyWordOf(['结转', '办结', '答复', '复议', '诉讼', '上年', '下年', '去年', '其中']);

const THIS_YEAR = anyOf(['本年度', '本年', '全年']);
const LAST_YEAR = `${anyOf(['上年', '上一年', '去年'])}度?`;
const NEXT_YEAR = `${anyOf(['下年', '下一年', '次年'])}度?`;
/** "(的)(政府信息公开)(申请)(件数|数量)" closing a figure's name. */
const OF_APPLICATIONS = `${optional('的')}${optional('政府信息公开')}${optional('申请')}${optional(anyOf(['件数', '数量']))}`;

const CARRIED = wholeOf(optional('本年'), LAST_YEAR, anyOf(['结转', '转入']), optional(anyOf(['而来', '过来', '下来'])), OF_APPLICATIONS);
const HANDLED = wholeOf(
  optional(THIS_YEAR), optional(anyOf(['共计', '共'])), optional(anyOf(['已', '均已'])), optional('全部'), optional('依法'),
  anyOf(['办结', '办理完结', '办理完毕', '答复办结']), OF_APPLICATIONS,
);
const CARRY_OVER = wholeOf(
  optional(anyOf(['仍需', '需', '尚需', '另有', '尚有', '还有', '有'])), optional('申请'),
  anyOf(['结转至', '结转到', '结转入', '结转', '转入']), NEXT_YEAR, optional('继续'), optional(anyOf(['办理', '处理'])), OF_APPLICATIONS,
);

const RESULT_OF: Readonly<Record<string, FigureKind>> = { 予以公开: 'open', 部分公开: 'partial', 不予公开: 'deny', 无法提供: 'unable', 不予处理: 'reject', 其他处理: 'other' };
const RESULT_NAMES = Object.keys(RESULT_OF);
const DECIDED = `${optional('依法')}${optional(anyOf(['决定', '答复']))}`;
const OF_RESULT = `${optional('的')}${optional('申请')}`;
/** "因本机关不掌握等原因": a reason list ending in 等 names the whole group of its result. */
const REASONS_AND_OTHERS = `因[^,;:]{1,24}?等${anyOf(['原因', '情形', '情况', '理由'])}`;
const RESULT = wholeOf(optional(REASONS_AND_OTHERS), DECIDED, `(${anyOf(RESULT_NAMES)})`, OF_RESULT);
/** "予以公开及部分公开", "予以公开和部分公开": the two together. */
const GRANTED = wholeOf(DECIDED, '予以公开', anyOf(['及', '和', '与', '、', '或']), '部分公开', OF_RESULT);

/**
 * One of these characters stands in every name this reader knows: 申 (收到…申请), 转 (结转, 转入),
 * 办 (办结, 办理完毕), 公 (予以公开, 部分公开, 不予公开), 提 (无法提供), 处 (不予处理, 其他处理). A clause
 * without any of them names none of its figures and is not read further (issue 17).
 */
export const APPLICATION_NAME_CHARACTERS: readonly string[] = ['申', '转', '办', '公', '提', '处'];

/**
 * The figure of table 三 named by `clause` (namingClause) before a count of applications.
 * `sentenceBefore`: the sentence up to the count (with the sentence it continues after 其中);
 * `previousSentence`: the sentence before, which may say that the results are of applications.
 */
export function applicationFigureNamed(clause: string, sentenceBefore: TextBefore, previousSentence: TextBefore): FigureKind | undefined {
  // RECEIVED ends in 申请: most clauses need not run it.
  if (clause.endsWith('申请') && RECEIVED.test(clause) && !NOT_RECEIVED.test(clause)) return 'received';
  if (!sentenceBefore.contains(APPLICATIONS)) return resultNamed(clause, previousSentence.contains(APPLICATIONS));
  // 结转/转入 and 办结/办理完毕 hold 转 and 办: a clause without them need not run those patterns.
  const carries = clause.includes('转');
  if (carries && CARRIED.test(clause)) return 'carried';
  if (clause.includes('办') && HANDLED.test(clause)) return 'handled';
  if (carries && CARRY_OVER.test(clause)) return 'carry-over';
  return resultNamed(clause, true);
}

/** 予以公开 … 其他处理 are results of applications only when the sentence or the one before says so. */
function resultNamed(clause: string, aboutApplications: boolean): FigureKind | undefined {
  if (!aboutApplications) return undefined;
  if (GRANTED.test(clause)) return 'granted';
  const decision = RESULT.exec(clause)?.[1];
  return decision === undefined ? undefined : RESULT_OF[decision];
}
