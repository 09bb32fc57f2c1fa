import { firstEndOf } from './prefix-words';
import { anyOf, anyWordOf, optional } from './words';

/**
 * Whether a figure is the whole-year figure of the whole body: no finding beats a wrong finding,
 * so a sentence about another subject, a sub-period, a subset, a comparison or an approximation
 * is never compared with the tables.
 */

/** Sentences about something else than this body's applications, cases and documents. */
const OTHER_SUBJECTS = ['人大', '政协', '建议', '提案', '信访', '热线', '12345', '咨询', '信箱', '来信', '信件', '留言', '投诉', '举报', '网民', '意见征集', '民意'];
/** Cumulative figures (several years). */
const CUMULATIVE = ['累计', '历年', '至今', '以来', '历史'];

const ANOTHER_SUBJECT = anyWordOf(OTHER_SUBJECTS, CUMULATIVE);

export function isAboutAnotherSubject(sentence: string): boolean {
  return ANOTHER_SUBJECT.test(sentence);
}

/** A part of the year: 上半年, 一季度, 11月, 前三个月 (once the whole-year expressions are removed). */
const SUB_PERIOD_LIST: readonly string[] = ['上半年', '下半年', '季度', '月份'];
const SUB_PERIOD_WORDS = anyWordOf(SUB_PERIOD_LIST);
const MONTH = /\d{1,2}月/;
const FIRST_MONTHS = /前[一二三四五六七八九十]+个?月/;
/** A character one of which every sub-period mention holds (上半年/下半年, 季度, 月份, 11月, 前三个月). */
const MENTION_CHARACTERS: readonly string[] = ['月', '季', '半'];

/** Whole-year expressions, built from their parts: "2025年1月1日至12月31日", "截至12月底", "12月31日". */
const YEAR = '(?:(?:19|20)\\d{2}年)';
const JANUARY_FIRST = `${optional(YEAR)}1月1日${optional('起')}`;
const DECEMBER_31 = `${optional(YEAR)}12月31日`;
const RANGE_DASH = anyOf(['至', '到', '-', '—', '~']);
const WHOLE_PERIOD = `${JANUARY_FIRST}${RANGE_DASH}${DECEMBER_31}${optional('止')}`;
const UNTIL_YEAR_END = `${anyOf(['截至', '截止', '至'])}${optional(YEAR)}12月${optional('31日')}${optional(anyOf(['底', '末']))}`;
const FULL_YEAR = new RegExp([WHOLE_PERIOD, UNTIL_YEAR_END, DECEMBER_31].join('|'), 'g');

/** Whether the text before a figure restricts it to a part of the year. */
export function mentionsSubPeriod(textBefore: string): boolean {
  // Every full-year expression contains 12月: most texts need no replacement.
  const rest = textBefore.includes('12月') ? textBefore.replace(FULL_YEAR, '') : textBefore;
  return SUB_PERIOD_WORDS.test(rest) || MONTH.test(rest) || FIRST_MONTHS.test(rest);
}

/**
 * `mentionsSubPeriod(text.slice(0, end))` for many ends of one sentence, each in O(1) after one
 * pass: the whole-year expressions are removed from the whole text once (a prefix's removals are
 * the whole text's removals that end within it, the patterns having no anchors or lookarounds),
 * and the earliest end of a sub-period mention in what remains is compared with the prefix's end
 * there. Only a prefix that ends inside a whole-year expression is asked the slow way.
 */
export class SubPeriods {
  /** The whole-year expressions' [start, end) in the text, in order. */
  private readonly removed: (readonly [number, number])[] = [];
  /** Where the earliest sub-period mention ends in the text without them. */
  private readonly firstMention: number;
  /** The last end asked, the first expression not ending before it, and the length removed before that. */
  private lastEnd = 0;
  private cursor = 0;
  private removedBefore = 0;

  constructor(private readonly text: string) {
    // Every mention holds 月, 季 or 半 (and every whole-year expression 月): most sentences hold none.
    if (!MENTION_CHARACTERS.some((c) => text.includes(c))) {
      this.firstMention = Infinity;
      return;
    }
    let rest = text;
    if (text.includes('12月')) {
      const pieces: string[] = [];
      let last = 0;
      for (const m of text.matchAll(FULL_YEAR)) {
        pieces.push(text.slice(last, m.index));
        last = m.index + m[0].length;
        this.removed.push([m.index, last]);
      }
      pieces.push(text.slice(last));
      rest = pieces.join('');
    }
    const firstMonths = FIRST_MONTHS.exec(rest);
    // Matches of 前…月 never overlap, so the leftmost one ends first.
    this.firstMention = Math.min(firstEndOf(rest, SUB_PERIOD_LIST), firstMonthEnd(rest), firstMonths ? firstMonths.index + firstMonths[0].length : Infinity);
  }

  /** mentionsSubPeriod(text.slice(0, end)); ends asked in increasing order are cheapest. */
  before(end: number): boolean {
    if (end < this.lastEnd) { this.cursor = 0; this.removedBefore = 0; }
    this.lastEnd = end;
    for (let r = this.removed[this.cursor]; r && r[1] <= end; r = this.removed[++this.cursor]) this.removedBefore += r[1] - r[0];
    const straddling = this.removed[this.cursor];
    if (straddling && straddling[0] < end) return mentionsSubPeriod(this.text.slice(0, end));
    return this.firstMention <= end - this.removedBefore;
  }
}

/** Where the earliest "\d{1,2}月" ends: right after the first 月 that follows a digit. */
function firstMonthEnd(text: string): number {
  for (let at = text.indexOf('月'); at > 0; at = text.indexOf('月', at + 1)) {
    const before = text.charCodeAt(at - 1);
    if (before >= 48 && before <= 57) return at + 1;
  }
  return Infinity;
}

/** Words in a clause that make its figure a subset, a comparison or something else than the whole. */
const SUBSET_CHANNELS = ['人次', '网上', '网络', '在线', '当面', '现场', '窗口', '信函', '邮寄', '邮政', '传真', '电子邮件', 'EMS', '快递', '平台'];
const COMPARISONS = ['平均', '同比', '环比', '增长', '减少', '增加', '下降', '上升', '较', '占'];
const TIMELINESS = ['按时', '按期', '逾期', '超期', '延期', '当场'];
const INCLUSIONS = ['含', '包括'];
const APPROXIMATIONS = ['约', '近', '逾', '超过'];
const DISTRIBUTIVE = ['各', '某年'];

const LESS_THAN_WHOLE = anyWordOf(SUBSET_CHANNELS, COMPARISONS, TIMELINESS, INCLUSIONS, APPROXIMATIONS, DISTRIBUTIVE);

export function statesLessThanWhole(clause: string): boolean {
  return LESS_THAN_WHOLE.test(clause);
}

/** What right after a figure makes it another figure: "（含上年结转…）", "以上", "左右". */
const QUALIFIERS_AFTER = ['含', '包括', '以上', '左右'];

/** The first characters of the qualifiers, by code: a text holding none of them is no qualifier (most figures; no copy made). */
const QUALIFIER_FIRSTS: readonly number[] = QUALIFIERS_AFTER.map((w) => w.charCodeAt(0));
/** The qualifiers are looked for within this many characters after the figure. */
const QUALIFIER_REACH = 6;

/** Whether the text right after a figure (which ends at `end`) makes it another figure. */
export function isQualifiedAfter(text: string, end: number): boolean {
  const limit = Math.min(text.length, end + QUALIFIER_REACH);
  let first = end;
  while (first < limit && !QUALIFIER_FIRSTS.includes(text.charCodeAt(first))) first++;
  if (first === limit) return false;
  const rest = text.slice(end, limit).replace(/\s/g, '').replace(/^\(/, '');
  return QUALIFIERS_AFTER.some((w) => rest.startsWith(w));
}
