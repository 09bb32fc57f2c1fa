import { sentencesOf } from '../../prose/sentences';
import { simplified } from '../../text/simplified';
import type { ReportModel } from '../../model/types';
import type { Rule } from '../types';

/** "详见附表2", "见附件", "如下表": a reference to a table or an attachment. */
const REFERENCE = /(?:详见|参见|具体见|请见|见|如)\s*(附表|附件|下表)\s*([0-9一二三四五六七八九十]{0,2})/g;
/** A line that begins an attachment or a table ("附表2：…", "附件1", "表一 …"). */
const LABEL_LINE = /^[\s#*>|]*(附表|附件|表)\s*([0-9一二三四五六七八九十]{0,2})/;
/** A file offered for download ("附件：年报统计表.xlsx"). */
const ATTACHED_FILE = /\.(pdf|docx?|xlsx?|wps|et|ofd|zip|rar)\b/i;

/**
 * The text refers to a table or an attachment ("详见附表", "见附件2", "如下表") that the report
 * does not have: no table after the reference (下表, 附表), no line labelled 附表N / 附件N, no
 * attached file. Judged only on a complete report (signed, or its last part not cut off): a copy
 * cut off before its attachments is not judged.
 */
export const missingAttachment: Rule = {
  meta: { id: 'structure/missing-attachment', title: '引用的附表或附件不存在', category: 'structure', defaultSeverity: 'warning', fixable: false },
  check({ model, t, report }) {
    if (!complete(model)) return;
    for (const s of sentencesOf(model)) {
      for (const m of simplified(s.text).matchAll(REFERENCE)) {
        const kind = m[1] ?? '';
        const number = m[2] ?? '';
        const at = s.range.start + m.index;
        if (exists(model, kind, number, at + m[0].length)) continue;
        const what = kind + number;
        report({ range: { start: at, end: at + m[0].length }, message: t(kind === '附件' ? 'structure/missing-attachment.file' : 'structure/missing-attachment', { what }), data: { reference: what } });
      }
    }
  },
};

function complete(model: ReportModel): boolean {
  if (model.cutOff) return false;
  return model.dates.some((d) => d.kind === 'signature') || model.parts.some((p) => p.heading.number === 6);
}

function exists(model: ReportModel, kind: string, number: string, after: number): boolean {
  const tables = model.parts.flatMap((p) => p.tables);
  // 下表 / 附表 without a number: any table after the reference.
  if (kind !== '附件' && number === '' && tables.some((b) => b.range.start >= after)) return true;
  const rest = simplified(model.text.slice(after));
  for (const line of rest.split('\n')) {
    if (kind === '附件' && ATTACHED_FILE.test(line)) return true;
    const m = LABEL_LINE.exec(line);
    if (!m) continue;
    const [labelKind, labelNumber] = [m[1] ?? '', m[2] ?? ''];
    if (kind === '下表' && labelKind !== '附件') return true;
    if ((labelKind === kind || (kind === '附表' && labelKind === '表')) && (number === '' || labelNumber === number)) return true;
  }
  return false;
}
