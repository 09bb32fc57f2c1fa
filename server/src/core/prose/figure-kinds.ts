/**
 * The figures of the tables that the prose states (table-figures.ts says which cells hold each):
 * applications received (本年新收), carried over (上年结转), handled (办结 = （七）总计), carried
 * forward (结转下年度继续办理), the results (予以公开 … 其他处理, and 予以公开及部分公开 together),
 * 行政复议 and 行政诉讼 cases, and the 规章 / 行政规范性文件 counts of table 二.
 */
export type FigureKind =
  | 'received' | 'carried' | 'handled' | 'carry-over'
  | 'open' | 'partial' | 'granted' | 'deny' | 'unable' | 'reject' | 'other'
  | 'review' | 'suits' | 'suit-direct' | 'suit-after'
  | 'rules-issued' | 'normative-issued' | 'rules-in-force' | 'normative-in-force' | 'rules-repealed' | 'normative-repealed';

/** The results of table 三 (办理结果), which break down 办结. */
export const RESULT_KINDS: ReadonlySet<FigureKind> = new Set(['open', 'partial', 'granted', 'deny', 'unable', 'reject', 'other']);
/** The figures of table 四. */
export const REVIEW_KINDS: ReadonlySet<FigureKind> = new Set(['review', 'suits', 'suit-direct', 'suit-after']);

/**
 * Every reading a stated figure allows, each a sum of table figures; the first is the one a
 * message cites. "共受理申请N件" may count this year's applications (本年新收), or all the
 * applications of the year (本年新收 + 上年结转), which the table also gives as 办结 + 结转
 * (issue 9): the statement is consistent when any reading fits.
 */
export function readingsOf(kind: FigureKind): readonly (readonly FigureKind[])[] {
  if (kind === 'received') return [['received'], ['received', 'carried'], ['handled', 'carry-over']];
  return [[kind]];
}
