import { sectionsOf } from '../model/sections-of';
import type { ReportModel } from '../model/types';
import { perModel } from '../model/per-model';
import type { OffsetRange } from '../text/line-index';
import { simplifiedProseOf, simplifiedSentencesOf } from './simplified-sentences';
import { anyWordOf } from './words';
import type { Sentence } from './sentences';

/**
 * Sweeping statements of the prose that the tables can contradict: "申请均已办结", "未收取行政事业
 * 性收费", "复议均获维持", "未收到政府信息公开申请", "未发生行政复议、行政诉讼". Each is read with
 * its negation and scope; a statement whose scope is narrower than the table's figure is no claim
 * (no finding beats a wrong finding):
 *  - an exception or a remainder in the same sentence ("除2件外均已办结", "其余均已办结", "另有72件
 *    顺延到下年度答复") or a carry-over the sentence itself admits ("结转下年度2件，均已按时答复");
 *  - last year's applications ("上年结转的3件申请均已办结"), a later date ("截至目前均已办结");
 *  - another subject (人大建议, 信访, 咨询, 热线…; 复议 cases in an application claim);
 *  - a subset (网上申请, 信函…, "法人或其他组织" without 公民), a sub-period (上半年, 一季度);
 *  - a negated claim ("未能全部办结", "并非均获维持");
 *  - the body as 复议机关 (受理、审理复议案件: a 司法局's own caseload, not table 四).
 * Sentences are read folded (ASCII punctuation) and simplified (traditional characters), with the
 * document's offsets.
 */
export type ClaimKind = 'all-handled' | 'no-fees' | 'all-upheld' | 'no-applications' | 'no-cases';

export interface Claim {
  readonly kind: ClaimKind;
  /** The words of the claim ("均已办结", "未发生…行政复议"). */
  readonly range: OffsetRange;
  /** The sentence that makes it. */
  readonly sentence: OffsetRange;
  /** For 复议/诉讼 claims: which cases it speaks of. */
  readonly review?: boolean;
  readonly suits?: boolean;
  /** For no-fees: whether it denies fee items (收费项目) rather than fees collected. */
  readonly items?: boolean;
}

/** Every claim of the report's prose (computed once per model). */
export const claimsOf: (model: ReportModel) => readonly Claim[] = perModel(find);

const alt = (words: readonly string[]): string => `(?:${words.join('|')})`;
/** Whether a text contains any of the words: one pattern pass, ten times faster than a search per word (issue 17). */
const anyOf = (words: readonly string[]): ((text: string) => boolean) => {
  const pattern = anyWordOf(words);
  return (text) => pattern.test(text);
};

// ---------------------------------------------------------------------------------------------
// Words shared by the claims (arrays; the patterns are built from them).

const NEGATIONS = ['未能', '未', '没有', '没', '不', '并非', '尚未', '并未', '无法'];
/** A negation right before a claim ("未能全部办结") reverses it. */
const NEGATED_BEFORE = new RegExp(`${alt(NEGATIONS)}[能曾]?$`);
/** An exception, a remainder, or applications still open, said in the same sentence. */
const EXCEPTIONS = ['除', '其余', '剩余', '余下', '另有', '顺延', '延期', '尚未', '正在', '仍在', '结转', '继续办理', '转入下', '未办结', '待办'];
/** A remainder right before a claim ("其他均已办结"): the claim covers the rest only. */
const REMAINDER_BEFORE = new RegExp(`${alt(['其余', '其他', '其它', '剩余', '余下', '剩下', '余'])}[的申请件案]{0,3}$`);
/** Statements about last year's applications or about a later date. */
const OTHER_TIMES = ['上年', '上一年', '去年', '往年', '以前年度', '历年', '累计', '目前', '现已', '至今', '截至发稿', '截止发稿', '截至报告', '截止报告', '发布时', '上半年', '下半年', '季度', '月份'];
/** Subjects other than this body's 政府信息公开 applications. */
const OTHER_SUBJECTS = ['人大', '政协', '建议', '提案', '信访', '热线', '12345', '咨询', '留言', '信箱', '来信', '投诉', '举报', '诉求', '民意', '意见征集', '网民'];
/** A subset of the applications (a channel or a kind of applicant). */
const SUBSETS = ['网上', '网络', '在线', '当面', '现场', '窗口', '信函', '邮寄', '邮政', '传真', '电子邮件', '快递', '平台', '其中'];
/** Words of a body that handles 复议 cases itself (a 司法局 as 复议机关): not table 四's cases. */
const REVIEW_BODY = ['受理', '审理', '复议机关', '作出', '办理行政复议', '办理复议'];

const hasException = anyOf(EXCEPTIONS);
const hasOtherTime = anyOf(OTHER_TIMES);
const hasOtherSubject = anyOf(OTHER_SUBJECTS);
const hasSubset = anyOf(SUBSETS);
const hasReviewBody = anyOf(REVIEW_BODY);
const aboutCases = anyOf(['复议', '诉讼', '起诉', '法院']);
const aboutDisclosure = anyOf(['信息公开', '依申请']);

// ---------------------------------------------------------------------------------------------
// all-handled: "（申请）均已办结", "已全部办结", "办结率100%".

const ALL = ['均', '全部', '全数', '悉数', '都'];
const IN_TIME = ['按时', '按期', '如期', '及时', '依法', '在规定时限内', '在法定时限内'];
const DONE = ['办结', '办理完毕', '办理完结', '处理完毕', '答复完毕', '答复办结'];
const ALL_HANDLED = new RegExp([
  `${alt(ALL)}(?:已经?)?(?:全部)?${alt(IN_TIME)}?(?:予以)?${alt(DONE)}`,
  `已(?:经)?全部${alt(IN_TIME)}?(?:予以)?${alt(DONE)}`,
  `均已${alt(IN_TIME)}?(?:予以)?答复`,
  '办结率(?:为|达|达到)?100(?:\\.0+)?%',
].join('|'), 'g');

// all-upheld: "复议均获维持", "诉讼全部胜诉".
const UPHELD = ['维持', '胜诉'];
const ALL_UPHELD = new RegExp(`${alt(ALL)}(?:已经?)?(?:被|获|予以|得到|获得)?(?:复议机关|法院|人民法院)?(?:依法)?(?:予以)?${alt(UPHELD)}`, 'g');
const UPHELD_EXCEPTIONS = ['已审结', '审结的', '结案的', '已结', '除', '其余', '尚未', '未审结', '待审', '审理中', '正在', '撤回'];
const hasUpheldException = anyOf(UPHELD_EXCEPTIONS);

// no-applications: "未收到政府信息公开申请", "无依申请公开事项".
const RECEIVE = ['收到', '接到', '受理', '接收', '产生', '发生', '有'];
const APPLICATION = ['政府信息公开申请', '信息公开申请', '依申请公开申请', '公开申请', '依申请公开事项', '依申请公开件', '依申请公开的情况', '依申请公开情况'];
/** The word every APPLICATION name holds. */
const APPLICATION_CORE = '申请';
const NO_APPLICATIONS = new RegExp([
  `${alt(['未', '没有'])}${alt(RECEIVE)}(?:过)?(?:任何)?([^,;:。!?\\d]{0,24}?)${alt(APPLICATION)}`,
  `${alt(['未', '没有', '无'])}(?:任何)?()${alt(APPLICATION)}`,
].join('|'), 'g');
/** Words in the gap that make it another statement ("对未按要求补正的公开申请…"). */
const NOT_A_RECEIPT = ['补正', '处理', '答复', '按', '要求', '符合', '属于', '需要', '需', '涉及', '告知', '正当'];
const isNotAReceipt = anyOf(NOT_A_RECEIPT);
/** Applicants: a claim about 法人或其他组织 only speaks of some columns. */
const ORGANISATIONS = ['法人', '企业', '组织', '科研', '公益', '律师', '法律服务'];
const namesOrganisations = anyOf(ORGANISATIONS);

// no-cases: "未发生因政府信息公开被申请行政复议、提起行政诉讼的情况", "未被提起行政诉讼".
const HAPPEN = ['发生', '出现', '收到', '接到', '有', '涉及', '产生', '被'];
const CASE = ['行政复议', '行政诉讼'];
const NO_CASES = new RegExp(`${alt(['未', '没有', '无'])}${alt(HAPPEN)}?(?:过)?(?:任何)?([^,;:。!?\\d]{0,30}?)${alt(CASE)}`, 'g');
/** Words in the gap that make it a statement of rights or duties ("认为…未依法履行…的，可以申请行政复议"). */
const NOT_AN_EVENT = ['可以', '可', '认为', '履行', '依法', '应当', '应', '如', '若', '对', '按', '需', '要求', '告知', '权利', '途径', '救济', '不服'];
const isNotAnEvent = anyOf(NOT_AN_EVENT);
/** After the case word: the claim is about outcomes (未发生被纠错的行政复议…), not about cases. */
const OUTCOMES = ['纠错', '纠正', '败诉', '撤销', '确认违法', '改变', '维持', '被告'];
const namesOutcome = anyOf(OUTCOMES);

// no-fees: "未收取行政事业性收费", "行政事业性收费为0".
const FEE = '行政事业性收费';
const FEE_NEGATIONS = new RegExp([
  `${alt(['未', '没有', '无', '不涉及', '未涉及', '不存在', '零'])}${alt(['收取', '征收', '产生', '发生', '涉及', '有', '开展'])}?(?:任何)?(?:的)?${FEE}`,
  `${FEE}(?:项目|金额|收入)?(?:数)?${alt(['为', '均为', '是'])}?${alt(['0', '零', '无'])}(?![\\d.])`,
].join('|'), 'g');
/** A fee statement about information requests (信息处理费), not the body's administrative fees. */
const INFORMATION_FEES = ['信息处理费', '申请', '提供政府信息', '提供信息', '公开信息', '检索', '复制', '邮寄'];
const aboutInformationFees = anyOf(INFORMATION_FEES);
/** Exemptions and reforms of fees are no statement of the amount collected. */
const FEE_POLICY = ['免征', '减免', '取消', '清理', '停征', '降低', '目录'];
const aboutFeePolicy = anyOf(FEE_POLICY);

/**
 * The words one of which every claim holds (each claim's reader returns at once without its own):
 * one pass of one pattern over the whole simplified prose finds the sentences that hold one
 * (issue 17: seven searches of every sentence, for the one in seven that holds any), searched
 * again from a sentence's start when the last one found lies before it.
 */
const CLAIM_WORDS = new RegExp(anyWordOf([APPLICATION_CORE, ...UPHELD, ...CASE, FEE]).source, 'g');

/**
 * The claim patterns (ALL_HANDLED…FEE_NEGATIONS) are global and run with exec from lastIndex 0 (none matches the empty
 * string), not with matchAll, which copies the pattern on every call: ten times the cost of a
 * sentence without a match, and most sentences have none (issue 17).
 */
function find(model: ReportModel): Claim[] {
  const out: Claim[] = [];
  const partFour = sectionsOf(model).filter((s) => s.section?.number === 4).map((s) => s.part.body);
  // The sentences simplified once per model (shared with the rules that read them so); a sentence's text is its range of the prose.
  const prose = simplifiedProseOf(model);
  CLAIM_WORDS.lastIndex = 0;
  let word = CLAIM_WORDS.exec(prose)?.index ?? Infinity;
  for (const s of simplifiedSentencesOf(model)) {
    if (word < s.range.start) {
      CLAIM_WORDS.lastIndex = s.range.start;
      word = CLAIM_WORDS.exec(prose)?.index ?? Infinity;
    }
    if (word >= s.range.end) continue;
    const text = s.text;
    const inPartFour = partFour.some((b) => s.range.start >= b.start && s.range.end <= b.end);
    allHandled(s, text, out);
    allUpheld(s, text, inPartFour, out);
    noApplications(s, text, out);
    noCases(s, text, inPartFour, out);
    noFees(s, text, out);
  }
  return out;
}

const rangeOf = (s: Sentence, index: number, length: number): OffsetRange => ({ start: s.range.start + index, end: s.range.start + index + length });
const before = (text: string, index: number): string => text.slice(Math.max(0, index - 5), index);
/** Negated ("未能全部办结") or a remainder ("其余均已办结"): no claim about every case. */
const qualified = (text: string, index: number): boolean => NEGATED_BEFORE.test(before(text, index)) || REMAINDER_BEFORE.test(before(text, index));

/** The clause around [start, end): from the delimiter before to the delimiter after. */
function clauseOf(text: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && !CLAUSE_END.test(text.charAt(a - 1))) a--;
  let b = end;
  while (b < text.length && !CLAUSE_END.test(text.charAt(b))) b++;
  return text.slice(a, b);
}
const CLAUSE_END = /[,;:。!?]/;

function allHandled(s: Sentence, text: string, out: Claim[]): void {
  if (!text.includes('申请')) return;
  // The claim's own words first: most sentences about applications make none, and need no scope test.
  ALL_HANDLED.lastIndex = 0;
  let m = ALL_HANDLED.exec(text);
  if (!m) return;
  // The whole sentence: "共收到申请5件，上年结转2件，均已办结" claims all of them.
  if (aboutCases(text) || hasOtherSubject(text) || hasSubset(text) || hasException(text) || hasOtherTime(text)) return;
  for (; m; m = ALL_HANDLED.exec(text)) {
    if (qualified(text, m.index)) continue;
    // The claim must follow the applications it speaks of ("共收到申请5件，均已办结").
    if (!text.slice(0, m.index).includes('申请')) continue;
    out.push({ kind: 'all-handled', range: rangeOf(s, m.index, m[0].length), sentence: s.range });
    return;
  }
}

function allUpheld(s: Sentence, text: string, inPartFour: boolean, out: Claim[]): void {
  // Every claim names an outcome (维持, 胜诉): a sentence without one is not read further.
  if (!UPHELD.some((w) => text.includes(w))) return;
  if (!(inPartFour || (aboutCases(text) && aboutDisclosure(text)))) return;
  ALL_UPHELD.lastIndex = 0;
  let m = ALL_UPHELD.exec(text);
  if (!m) return;
  if (hasReviewBody(text) || hasUpheldException(text) || hasOtherTime(text) || hasOtherSubject(text)) return;
  for (; m; m = ALL_UPHELD.exec(text)) {
    if (qualified(text, m.index)) continue;
    const head = text.slice(0, m.index);
    const review = head.includes('复议');
    const suits = head.includes('诉讼') || head.includes('起诉') || m[0].includes('法院') || m[0].includes('胜诉');
    if (!review && !suits && !inPartFour) continue;
    // Neither named (in part 四): every case of the table.
    out.push({ kind: 'all-upheld', range: rangeOf(s, m.index, m[0].length), sentence: s.range, review: review || !suits, suits: suits || !review });
    return;
  }
}

function noApplications(s: Sentence, text: string, out: Claim[]): void {
  // Every claim holds one of the APPLICATION names, and each of them holds 申请: most sentences have none.
  if (!text.includes(APPLICATION_CORE)) return;
  NO_APPLICATIONS.lastIndex = 0;
  for (let m = NO_APPLICATIONS.exec(text); m; m = NO_APPLICATIONS.exec(text)) {
    const gap = m[1] ?? m[2] ?? '';
    // The clause alone: "未收到政府信息公开申请，未发生行政复议" makes two claims.
    const clause = clauseOf(text, m.index, m.index + m[0].length);
    if (aboutCases(clause) || hasOtherSubject(clause) || hasOtherTime(clause) || clause.includes('结转')) continue;
    if (hasSubset(gap) || isNotAReceipt(gap)) continue;
    // Applicants named without 公民: a claim about some columns only.
    if (namesOrganisations(gap) && !gap.includes('公民')) continue;
    if (NEGATED_BEFORE.test(before(text, m.index))) continue;
    out.push({ kind: 'no-applications', range: rangeOf(s, m.index, m[0].length), sentence: s.range });
    return;
  }
}

function noCases(s: Sentence, text: string, inPartFour: boolean, out: Claim[]): void {
  // Every claim names a CASE word.
  if (!CASE.some((w) => text.includes(w))) return;
  if (!(inPartFour || aboutDisclosure(text))) return;
  NO_CASES.lastIndex = 0;
  for (let m = NO_CASES.exec(text); m; m = NO_CASES.exec(text)) {
    const gap = m[1] ?? '';
    const clause = clauseOf(text, m.index, m.index + m[0].length);
    if (hasReviewBody(clause) || hasOtherTime(clause) || hasOtherSubject(clause) || isNotAnEvent(gap)) continue;
    // The list of cases after the first ("…行政复议、提起行政诉讼的情况") extends the claim; outcomes end it.
    const end = m.index + m[0].length;
    const rest = caseList(text, end);
    const after = text.slice(end + rest.length, end + rest.length + 8).split(/[,;:。!?]/)[0] ?? '';
    if (namesOutcome(gap) || namesOutcome(after)) continue;
    if (NEGATED_BEFORE.test(before(text, m.index))) continue;
    const words = m[0] + rest;
    out.push({ kind: 'no-cases', range: rangeOf(s, m.index, words.length), sentence: s.range, review: words.includes('复议'), suits: words.includes('诉讼') });
    return;
  }
}

/** The cases named after the first in a list ("、提起行政诉讼的情况"), and the noun that ends it. */
function caseList(text: string, at: number): string {
  const list = /^(?:(?:、|和|及|或|与|或者|以及)(?:被申请|被提起|被|提起|申请)?(?:行政复议|行政诉讼))*(?:的)?(?:情况|案件|情形|事项)?/.exec(text.slice(at, at + 40));
  return list?.[0] ?? '';
}

function noFees(s: Sentence, text: string, out: Claim[]): void {
  if (!text.includes(FEE)) return;
  FEE_NEGATIONS.lastIndex = 0;
  for (let m = FEE_NEGATIONS.exec(text); m; m = FEE_NEGATIONS.exec(text)) {
    // The clause, not the sentence: "依申请提供信息不收费，行政事业性收费12.5万元" are two subjects.
    const clause = clauseOf(text, m.index, m.index + m[0].length);
    if (aboutInformationFees(clause) || aboutFeePolicy(clause) || hasOtherTime(clause)) continue;
    if (!m[0].startsWith(FEE) && NEGATED_BEFORE.test(before(text, m.index))) continue;
    const items = clause.includes('项目');
    out.push({ kind: 'no-fees', range: rangeOf(s, m.index, m[0].length), sentence: s.range, items });
    return;
  }
}
