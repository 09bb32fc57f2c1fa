import { sectionsOf } from '../model/sections-of';
import type { ReportModel } from '../model/types';
import { findQuantities } from './quantities';
import type { Quantity } from './quantities';
import { sentencesOf } from './sentences';
import type { Sentence } from './sentences';
import { perModel } from '../model/per-model';

/**
 * Figures the prose states that the tables also hold (see table-figures.ts for the cells):
 * applications received (本年新收), carried over (上年结转), handled (办结 = （七）总计), carried
 * forward (结转下年度继续办理), the results (予以公开 … 其他处理), 行政复议 and 行政诉讼 cases,
 * and the 规章 / 行政规范性文件 counts of table 二.
 *
 * Only a clause that plainly states the whole-year figure of the whole body counts; no finding
 * beats a wrong finding. Not a statement: a subset (其中网上…, 通过…, 现场…), a sub-period
 * (上半年, 1-11月, 一季度), another unit (人次), another subject (人大建议, 信访, 热线, 咨询, 信箱,
 * the 行政复议 a 司法局 handles for others), a cumulative figure (累计, 历年, 以来), an
 * approximation (约, 余), a comparison (同比, 较上年, 增长) or a figure that includes another
 * (含上年结转…). Results after 其中/包括 count when they break down 办结, or break down the
 * applications received when nothing was carried over (`needsNoCarried`).
 */
export type FigureKind =
  | 'received' | 'carried' | 'handled' | 'carry-over'
  | 'open' | 'partial' | 'deny' | 'unable' | 'reject' | 'other'
  | 'review' | 'suits' | 'suit-direct' | 'suit-after'
  | 'rules-issued' | 'normative-issued' | 'rules-in-force' | 'normative-in-force' | 'rules-repealed' | 'normative-repealed';

export interface TableStatement {
  readonly kind: FigureKind;
  readonly quantity: Quantity;
  /** The statement holds only if table 三 上年结转 总计 is 0 (a breakdown of the applications received). */
  readonly needsNoCarried?: boolean;
}

/** Units a figure of each family may be stated in. */
const APPLICATION_UNITS = new Set(['件', '宗']);
const CASE_UNITS = new Set(['件', '宗', '起']);
const DOCUMENT_UNITS = new Set(['件', '个', '部', '份']);

/** Sentences about something else than this body's applications, cases and documents. */
const OTHER_SUBJECT = /人大|政协|建议|提案|信访|热线|12345|咨询|信箱|来信|信件|留言|投诉|举报|网民|意见征集|民意|累计|历年|至今|以来|历史/;
/** A sub-period of the year (after the full-year period expressions are removed). */
const SUB_PERIOD = /上半年|下半年|季度|\d{1,2}月|月份|前[一二三四五六七八九十]+个?月/;
const FULL_YEAR = /((19|20)\d{2}年)?1月1日(起)?(至|到|-|—|~)((19|20)\d{2}年)?12月31日(止)?|(截至|截止|至)((19|20)\d{2}年)?12月(31日)?(底|末)?|((19|20)\d{2}年)?12月31日/g;
/** Words in a clause that make its figure a subset, a comparison or something else. */
const NOT_WHOLE = /人次|网上|网络|在线|当面|现场|窗口|信函|邮寄|邮政|传真|电子邮件|EMS|快递|平台|平均|同比|环比|增长|减少|增加|下降|上升|较|占|按时|按期|逾期|超期|延期|当场|含|包括|约|近|逾|超过|各|某年/;
/** Clause delimiters in folded prose: , ; : ( ) 、 [ ] (compared by code, no one-character strings). */
const isDelimiter = (c: number): boolean => c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || c === 0x3001 || c === 91 || c === 93;

/** The statements of table figures in the prose (computed once per model). */
export const tableStatementsOf: (model: ReportModel) => readonly TableStatement[] = perModel(find);

interface Found {
  readonly quantity: Quantity;
  readonly kind: FigureKind | undefined;
}

function find(model: ReportModel): TableStatement[] {
  const sections = sectionsOf(model).filter((s) => s.section !== undefined && s.section.number >= 1 && s.section.number <= 4);
  const out: TableStatement[] = [];
  let previous: { sentence: Sentence; found: Found[] } | undefined;
  for (const s of sentencesOf(model)) {
    const section = sections.find(({ part }) => s.range.start >= part.body.start && s.range.end <= part.body.end);
    if (!section) { previous = undefined; continue; }
    const found: Found[] = [];
    if (!OTHER_SUBJECT.test(s.text)) {
      const inPartFour = section.section?.number === 4;
      for (const q of findQuantities(s.text, s.range.start)) {
        // A sentence opening with 其中 continues the previous one ("…申请142件。其中，予以公开70件").
        const context = /^\s*(其中|包括)/.test(s.text) && previous ? previous.sentence.text : '';
        const kind = q.kind === 'count' && !q.approximate ? classify(model, s, q, inPartFour, context) : undefined;
        found.push({ quantity: q, kind });
        if (!kind) continue;
        const anchor = breakdownAnchor(s, q, found, previous);
        if (anchor === 'none') { out.push({ kind, quantity: q }); continue; }
        // After 其中/包括: results break down 办结; results, 办结 and 结转 may break down 本年新收 when nothing was carried over.
        const part = anchor.kind;
        if (RESULT_KINDS.has(kind) && part === 'handled') out.push({ kind, quantity: q });
        else if ((RESULT_KINDS.has(kind) || kind === 'handled' || kind === 'carry-over') && part === 'received') out.push({ kind, quantity: q, needsNoCarried: true });
        else if (kind === 'carry-over' && part === 'handled') out.push({ kind, quantity: q });
        else if ((kind === 'suit-direct' || kind === 'suit-after') && part === 'suits') out.push({ kind, quantity: q });
        // "因政府信息公开引起行政复议和行政诉讼共5件，其中行政复议2件…": parts of a combined count.
        else if (REVIEW_KINDS.has(kind) && part === undefined && anchor.before.includes('复议') && anchor.before.includes('诉讼')) out.push({ kind, quantity: q });
      }
    }
    previous = { sentence: s, found };
  }
  return out;
}

const RESULT_KINDS: ReadonlySet<FigureKind> = new Set(['open', 'partial', 'deny', 'unable', 'reject', 'other']);
const REVIEW_KINDS: ReadonlySet<FigureKind> = new Set(['review', 'suits', 'suit-direct', 'suit-after']);

/**
 * Whether the figure stands after 其中/包括, and if so the figure it breaks down: the last
 * quantity before the marker in the sentence, or the previous sentence's last one when the
 * sentence opens with the marker (`before`: the text up to the marker).
 */
function breakdownAnchor(s: Sentence, q: Quantity, found: readonly Found[], previous: { sentence: Sentence; found: Found[] } | undefined): 'none' | { kind: FigureKind | undefined; before: string } {
  const at = q.range.start - s.range.start;
  const marker = Math.max(s.text.lastIndexOf('其中', at), s.text.lastIndexOf('包括', at));
  // A breakdown ends at a semicolon.
  if (marker < 0 || s.text.lastIndexOf(';', at) > marker) return 'none';
  const before = found.filter((f) => f.quantity !== q && f.quantity.range.end - s.range.start <= marker);
  const lastBefore = before.at(-1);
  if (lastBefore) return { kind: lastBefore.kind, before: s.text.slice(0, marker) };
  const last = previous?.found.at(-1);
  return { kind: last?.kind, before: last && previous ? previous.sentence.text : '' };
}

/** The figure a count states, from the clause before it, or undefined. */
function classify(model: ReportModel, s: Sentence, q: Quantity, inPartFour: boolean, context: string): FigureKind | undefined {
  const at = q.range.start - s.range.start;
  let from = 0;
  for (let i = at - 1; i >= 0; i--) {
    if (isDelimiter(s.text.charCodeAt(i))) { from = i + 1; break; }
  }
  // Every full-year expression contains 12月: most prefixes need no replacement.
  const head = s.text.slice(0, at);
  const prefix = head.includes('12月') ? head.replace(FULL_YEAR, '') : head;
  if (SUB_PERIOD.test(prefix)) return undefined;
  const raw = s.text.slice(from, at);
  // What follows the figure: "（含上年结转…）", "以上" make it another figure.
  const after = s.text.slice(q.range.end - s.range.start, q.range.end - s.range.start + 6).replace(/\s/g, '');
  if (/^[(]?(含|包括|以上|左右)/.test(after)) return undefined;
  const years = raw.includes('年') ? yearsMapped(model, raw) : raw;
  const clause = (years.includes('人次') ? years.replace(/\d+人次/g, '') : years).replace(/[\s|"“”‘’'*]/g, '');
  if (/\d/.test(clause) || NOT_WHOLE.test(clause)) return undefined;
  const core = clause
    .replace(/^(其中|包括|另有|此外|以及|同时|和|及|并且?|且|又|另)+/, '')
    .replace(/(共计|合计|总计|共|为|达|了)+$/, '');
  if (APPLICATION_UNITS.has(q.unit)) {
    const k = applicationFigure(core, context + s.text.slice(0, at));
    if (k) return k;
  }
  if (CASE_UNITS.has(q.unit)) {
    const k = caseFigure(core, context + s.text.slice(0, at), inPartFour);
    if (k) return k;
  }
  if (DOCUMENT_UNITS.has(q.unit)) return documentFigure(core, s.text.slice(0, at));
  return undefined;
}

/** Years in a clause relative to the report's year: 本年, 上年, 下年, or 某年 (another year: never a statement). */
function yearsMapped(model: ReportModel, text: string): string {
  const year = model.year?.value;
  return text.replace(/((19|20)\d{2})\s*年度?/g, (_, y: string) => {
    const n = Number(y);
    if (year === undefined) return '某年';
    return n === year ? '本年' : n === year - 1 ? '上年' : n === year + 1 ? '下年' : '某年';
  });
}

function applicationFigure(core: string, before: string): FigureKind | undefined {
  const aboutApplications = before.includes('申请');
  // "（本年）全区共收到政府信息公开申请142件", "新收申请142件": the verb right before (政府信息公开)申请.
  if (/(收到|受理|新收|接收|接到)(的)?(政府信息公开|依申请公开|信息公开)?申请$/.test(core) && !/结转|办结|答复|复议|诉讼|上年|下年|去年|其中/.test(core)) return 'received';
  if (!aboutApplications) return undefined;
  if (/^(本年)?(上年|上一年|去年)度?(结转|转入)(而来|过来|下来)?(的)?(政府信息公开)?(申请)?(件数|数量)?$/.test(core)) return 'carried';
  if (/^(本年度?|全年)?(共计|共)?(已|均已)?(全部)?(依法)?(办结|办理完结|办理完毕|答复办结)(的)?(政府信息公开)?(申请)?(件数|数量)?$/.test(core)) return 'handled';
  if (/^(仍需|需|尚需|另有|尚有|还有|有)?(申请)?(结转(至|到|入)?|转入)(下年|下一年|次年)度?(继续)?(办理|处理)?(的)?(政府信息公开)?(申请)?(件数|数量)?$/.test(core)) return 'carry-over';
  const result = /^(依法)?(决定|答复)?(予以公开|部分公开|不予公开|无法提供|不予处理|其他处理)(的)?(申请)?$/.exec(core);
  const decision = result?.[3];
  if (decision !== undefined) return RESULT_OF[decision];
  return undefined;
}

const RESULT_OF: Readonly<Record<string, FigureKind>> = { 予以公开: 'open', 部分公开: 'partial', 不予公开: 'deny', 无法提供: 'unable', 不予处理: 'reject', 其他处理: 'other' };

/** Whether a case count is about 政府信息公开: said in the sentence before it, or in part 四. */
function caseFigure(core: string, before: string, inPartFour: boolean): FigureKind | undefined {
  if (!inPartFour && !/信息公开|依申请公开/.test(before)) return undefined;
  // A body that 受理/办理/审理 复议 is the 复议机关 (a 司法局), not the respondent table 四 counts.
  if (/受理|办理|收到|接到|审理|审结|作出|复议机关|决定|维持|纠正|撤销|确认|败诉|胜诉|结果|尚未/.test(core)) return undefined;
  const c = core
    .replace(/^(本年度?|全年)?(全市|全县|全区|全镇|全乡|全街道|本机关|我局|我委|我办|本单位)?(共)?/, '')
    .replace(/^(因|涉及|关于|对)?(本机关|我局|我委|我办|本单位)?(政府)?信息公开(申请|工作|事项|答复)?(而|引起|引发)?(的)?/, '')
    .replace(/^(被)?(申请人)?(依法)?(提起|申请|发生|涉及|应诉|共有|有)?(的)?(政府信息公开|信息公开)?(类)?(的)?/, '');
  if (/^行政复议(案件|申请)?(数量|数)?$/.test(c)) return 'review';
  if (/^行政诉讼(案件)?(数量|数)?$/.test(c)) return 'suits';
  if (/^(行政诉讼)?(未经(行政)?复议)?直接(提起)?(起诉|(行政)?诉讼)(案件)?$/.test(c) && /未经|直接/.test(c)) return 'suit-direct';
  if (/^(行政诉讼)?(经)?(行政)?复议后(提起)?(起诉|(行政)?诉讼)(案件)?$/.test(c)) return 'suit-after';
  return undefined;
}

/** 规章 / 行政规范性文件 made, in force or repealed, by this body (not "各部门", not reviewed or filed ones). */
function documentFigure(core: string, before: string): FigureKind | undefined {
  if (/各部门|各乡|各街道|各单位|各级|所属|下属|县直|市直|区直|指导|督促|审核|审查|备案|清理|合法性|征求|起草|修订|修改|解读|评估|报送|会签|联合/.test(before)) return undefined;
  const made = /^(本机关|我局|我委|我办|本单位|全年|本年度?)?(新)?(制发|制定|出台|印发|制作)(并公开)?(的)?(政府|部门)?(规章|行政规范性文件|规范性文件)$/.exec(core);
  if (made) return made[7] === '规章' ? 'rules-issued' : 'normative-issued';
  const inForce = /^(现行有效|现行)(的)?(政府|部门)?(规章|行政规范性文件|规范性文件)$/.exec(core) ?? /^(政府|部门)?(规章|行政规范性文件|规范性文件)现行有效(的)?$/.exec(core);
  if (inForce) return inForce[0].includes('规章') ? 'rules-in-force' : 'normative-in-force';
  const repealed = /^(本年度?)?废止(的)?(政府|部门)?(规章|行政规范性文件|规范性文件)$/.exec(core);
  if (repealed) return repealed[4] === '规章' ? 'rules-repealed' : 'normative-repealed';
  return undefined;
}
