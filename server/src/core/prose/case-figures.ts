import type { FigureKind } from './figure-kinds';
import type { TextBefore } from './prefix-words';
import { anyOf, anyWordOf, optional, wholeOf } from './words';

/**
 * Which figure of table 四 a clause names before a count of cases (件, 宗, 起): 行政复议,
 * 行政诉讼, 未经复议直接起诉, 复议后起诉, where this body is the respondent.
 */

const ABOUT_DISCLOSURE: readonly string[] = ['信息公开', '依申请公开'];
/** A body that 受理/办理/审理 复议 is the 复议机关 (a 司法局), not the respondent table 四 counts; results are other figures. */
const NOT_RESPONDENT = anyWordOf(['受理', '办理', '收到', '接到', '审理', '审结', '作出', '复议机关', '决定', '维持', '纠正', '撤销', '确认', '败诉', '胜诉', '结果', '尚未']);

const THIS_BODY = anyOf(['本机关', '我局', '我委', '我办', '本单位']);
const WHOLE_AREA = anyOf(['全市', '全县', '全区', '全镇', '全乡', '全街道']);
/** The words before the case type that say whose and why: "全年", "全市", "因政府信息公开工作引起的", "被申请人依法提起的". */
const WHEN_AND_WHO = new RegExp(`^${optional(anyOf(['本年度', '本年', '全年']))}${optional(`${WHOLE_AREA}|${THIS_BODY}`)}${optional('共')}`);
const BECAUSE_OF_DISCLOSURE = new RegExp(
  `^${optional(anyOf(['因', '涉及', '关于', '对']))}${optional(THIS_BODY)}${optional('政府')}信息公开${optional(anyOf(['申请', '工作', '事项', '答复']))}${optional(anyOf(['而', '引起', '引发']))}${optional('的')}`,
);
const HOW_BROUGHT = new RegExp(
  `^${optional('被')}${optional('申请人')}${optional('依法')}${optional(anyOf(['提起', '申请', '发生', '涉及', '应诉', '共有', '有']))}${optional('的')}${optional(anyOf(['政府信息公开', '信息公开']))}${optional('类')}${optional('的')}`,
);

const REVIEW = wholeOf('行政复议', optional(anyOf(['案件', '申请'])), optional(anyOf(['数量', '数'])));
const SUITS = wholeOf('行政诉讼', optional('案件'), optional(anyOf(['数量', '数'])));
const SUE = `${optional('提起')}(?:起诉|${optional('行政')}诉讼)${optional('案件')}`;
const SUIT_DIRECT = wholeOf(optional('行政诉讼'), optional(`未经${optional('行政')}复议`), '直接', SUE);
const SUIT_AFTER = wholeOf(optional('行政诉讼'), optional('经'), optional('行政'), '复议后', SUE);

/**
 * One of these characters stands in every case type this reader knows: 复 (行政复议, 复议后起诉), 诉
 * (行政诉讼, 起诉). A clause without either names no case figure and is not read further (issue 17).
 */
export const CASE_NAME_CHARACTERS: readonly string[] = ['复', '诉'];

/**
 * The figure of table 四 named by `clause` before a count of cases: only about 政府信息公开 (said in
 * the sentence before the count, or in part 四) and only as the respondent.
 */
export function caseFigureNamed(clause: string, sentenceBefore: TextBefore, inPartFour: boolean): FigureKind | undefined {
  if (!CASE_NAME_CHARACTERS.some((c) => clause.includes(c))) return undefined;
  if (!inPartFour && !sentenceBefore.contains(ABOUT_DISCLOSURE)) return undefined;
  if (NOT_RESPONDENT.test(clause)) return undefined;
  const caseType = clause.replace(WHEN_AND_WHO, '').replace(BECAUSE_OF_DISCLOSURE, '').replace(HOW_BROUGHT, '');
  if (REVIEW.test(caseType)) return 'review';
  if (SUITS.test(caseType)) return 'suits';
  if (SUIT_DIRECT.test(caseType)) return 'suit-direct';
  if (SUIT_AFTER.test(caseType)) return 'suit-after';
  return undefined;
}
