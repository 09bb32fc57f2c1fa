import { sectionsOf } from '../model/sections-of';
import type { ReportModel } from '../model/types';
import { findQuantities } from './quantities';
import type { Quantity } from './quantities';
import { sentencesOf } from './sentences';

/**
 * Figures the prose states that the tables also hold. For now one kind, the most quoted:
 * applications received this year ("共收到政府信息公开申请99件", "受理…申请99件") = table 三
 * 一、本年新收 总计. Only a plain statement counts: a subset (其中, 网上, 当面…), a sub-period
 * (上半年, 一季度…), another unit (人次) or a figure that includes the carried-over ones is not
 * this figure, and no finding beats a wrong finding.
 */
export interface TableStatement {
  readonly kind: 'received';
  readonly quantity: Quantity;
  /** The table cell it must equal: table, row key, column key. */
  readonly cell: { readonly table: '三'; readonly row: 'new'; readonly column: 'total' };
}

const VERB = /(收到|受理|新收|接收|接到)/;
const NOT_THIS_FIGURE = /人次|其中|网上|网络|当面|现场|信函|邮寄|传真|电子邮件|月|季度|上半年|下半年|结转|办结|答复|复议|诉讼|举报|咨询|来信|信件|留言|投诉|建议|提案|平均|同比|增长|减少|去年|上年/;

const cache = new WeakMap<ReportModel, readonly TableStatement[]>();

export function tableStatementsOf(model: ReportModel): readonly TableStatement[] {
  let out = cache.get(model);
  if (!out) {
    out = find(model);
    cache.set(model, out);
  }
  return out;
}

function find(model: ReportModel): TableStatement[] {
  const bodies = sectionsOf(model).filter((s) => s.section?.number === 1 || s.section?.number === 3).map((s) => s.part.body);
  const out: TableStatement[] = [];
  for (const s of sentencesOf(model)) {
    if (!bodies.some((b) => s.range.start >= b.start && s.range.end <= b.end)) continue;
    for (const q of findQuantities(s.text, s.range.start)) {
      if (q.kind !== 'count' || q.unit !== '件' || q.approximate) continue;
      const at = q.range.start - s.range.start;
      const clauseStart = Math.max(s.text.lastIndexOf(',', at - 1), s.text.lastIndexOf(';', at - 1), s.text.lastIndexOf(':', at - 1), s.text.lastIndexOf('(', at - 1)) + 1;
      // The report year ("2020年") and a count of persons ("91人次…申请99件") do not change what the figure is.
      const clause = s.text.slice(clauseStart, at).replace(/(19|20)\d{2}年度?|\d+人次/g, '');
      const after = s.text.slice(q.range.end - s.range.start, q.range.end - s.range.start + 8);
      // "…申请99件": 申请 just before the figure (共/共计/合计 between allowed).
      if (!/申请(共计|合计|共|总计)?$/.test(clause.replace(/\s/g, ''))) continue;
      if (!VERB.test(clause) || NOT_THIS_FIGURE.test(clause) || /结转|含|包括/.test(after)) continue;
      // Other figures in the clause make its subject unclear.
      if (/\d/.test(clause)) continue;
      out.push({ kind: 'received', quantity: q, cell: { table: '三', row: 'new', column: 'total' } });
    }
  }
  return out;
}
