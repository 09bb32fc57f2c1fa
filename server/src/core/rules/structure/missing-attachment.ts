import type { ReportModel } from '../../model/types';
import type { MessageKey } from '../../i18n/messages';
import type { OffsetRange } from '../../text/line-index';
import { simplifiedTextOf } from '../../prose/simplified-sentences';
import type { Rule } from '../types';

/** "见附表", "详见附件2", "（见附表1）": a pointer to an attachment or an attached table. */
const POINTER = /见\s*(附表|附件)\s*([0-9０-９一二三四五六七八九十]{0,2})/g;
/** "统计表附后", "（附后）": the table follows the report. */
const ATTACHED_BELOW = /附后/g;
/** "附件：1.…统计表", "附表:2016年…", "附件2": the label an attachment starts with. */
const LABEL = /(附表|附件)\s*([0-9０-９一二三四五六七八九十]{0,2})\s*[:：]?/g;
/** A label starts a line or a sentence: only blanks, Markdown marks or an end of sentence before it. */
const LABEL_PRECEDED_BY = /[\n。；;!！?？|]/;
/** A file offered with the report: a name with a document extension, in a link, a Markdown link or plain text. */
const ATTACHED_FILE = /\.(?:pdf|docx?|xlsx?|wps|et|ofd|zip|rar|7z|jpe?g|png|gif)(?![a-z])/i;
/** What a page shows beside its text: a picture (the table scanned), an embedded file, a Markdown picture. */
const EMBEDDED = /<(?:img|iframe|embed|object)\b|!\[/i;
/** Words of a page's download area (附件下载, 点击下载…): the attachment is a link the text copy lost. Not 下载 alone: 本报告电子版…提供下载 is about the report itself. */
const DOWNLOAD_WORDS = ['附件下载', '下载附件', '点击下载', '相关附件'];
/**
 * A label's title ("2016年龙归镇政府信息公开年度报告", "1.政府信息公开情况统计表 2.…") and the
 * page's edge; past this many characters after a label (the body's name aside), the label has
 * content (a text table, a list of figures): the attachment is there.
 */
const LABEL_TAIL_MAX = 100;
const BLANK = /\s/;

/** A 落款 is the body's name and at most a date and the page's edge after it. */
const SIGNATURE_TAIL_MAX = 40;

interface Reference {
  readonly range: OffsetRange;
  readonly what: string;
  /** A pointer in the text ("见附表"), or the label an attachment starts with ("附表："). */
  readonly kind: 'pointer' | 'label';
}

/**
 * The report points to an attachment or an attached table ("详见附表", "见附件2", "统计表附后",
 * a closing "附表：…" label with nothing after it but the 落款) and the document shows nothing that
 * could be it: no table anywhere (the statistical tables are often the 附表), no table the importer
 * could not read, no file name, link, picture or download area. One finding for the report, at the
 * first reference (the others as related places). A copy that may stop before its attachments (cut
 * off, or neither signed nor reaching its last part) is not judged.
 */
export const missingAttachment: Rule = {
  meta: { id: 'structure/missing-attachment', title: '引用的附表或附件不存在', category: 'structure', defaultSeverity: 'info', fixable: false },
  check({ model, t, report }) {
    if (!model.text.includes('附') || model.cutOff) return;
    const text = simplifiedTextOf(model);
    const labels = labelsOf(model, text);
    if (labels.some((l) => !l.empty)) return;
    const references = [...pointers(text), ...labels].sort((a, b) => a.range.start - b.range.start);
    const [first, ...others] = references;
    const last = references.at(-1);
    if (!first || !last || !complete(model, text, last) || hasAttachment(model)) return;
    report({
      range: first.range,
      message: t(messageOf(first), { what: first.what }),
      data: { reference: first.what, references: references.length },
      related: others.map((r) => ({ range: r.range, message: t('structure/missing-attachment.another', { what: r.what }) })),
    });
  },
};

function messageOf(reference: Reference): MessageKey {
  if (reference.kind === 'label') return 'structure/missing-attachment.label';
  return reference.what.startsWith('附件') ? 'structure/missing-attachment.file' : 'structure/missing-attachment';
}

function pointers(text: string): Reference[] {
  const out: Reference[] = [];
  for (const m of text.matchAll(POINTER)) {
    // 意见附件 is an opinion's attachment, not a pointer.
    if (text.charAt(m.index - 1) === '意') continue;
    const what = `${m[1] ?? ''}${m[2] ?? ''}`;
    out.push({ range: { start: m.index, end: m.index + m[0].length }, what, kind: 'pointer' });
  }
  for (const m of text.matchAll(ATTACHED_BELOW)) {
    out.push({ range: { start: m.index, end: m.index + m[0].length }, what: '附表', kind: 'pointer' });
  }
  return out;
}

/**
 * Labels that start a line or a sentence; `empty` when no more than a title and the 落款 follow
 * them. Only the end of the text can hold such a label: where it starts is found once, walking
 * back from the end, so that a text of many labels is not read again for each (issue 11).
 */
function labelsOf(model: ReportModel, text: string): (Reference & { readonly empty: boolean })[] {
  const out: (Reference & { readonly empty: boolean })[] = [];
  const issuer = model.issuer?.text ?? '';
  const tail = tailStart(text, LABEL_TAIL_MAX + issuer.length);
  for (const m of text.matchAll(LABEL)) {
    const end = m.index + m[0].length;
    // A bare 附表 starts a label only when nothing follows it on its line ("附表所列数据" is prose).
    const bare = m[0].length === 2 && !/^[^\S\n]*(?:\n|$)/.test(text.slice(end, end + 8));
    if (bare || !startsStatement(text, m.index)) continue;
    let empty = false;
    if (m.index >= tail) {
      const after = text.slice(end).replace(/\s+/g, '');
      empty = (issuer === '' ? after : after.replace(issuer, '')).length <= LABEL_TAIL_MAX;
    }
    out.push({ range: { start: m.index, end }, what: `${m[1] ?? ''}${m[2] ?? ''}`, kind: 'label', empty });
  }
  return out;
}

/** The offset after which the text holds at most `limit` characters that are not blank. */
function tailStart(text: string, limit: number): number {
  let count = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    if (!BLANK.test(text.charAt(i))) count++;
    if (count > limit) return i + 1;
  }
  return 0;
}

function startsStatement(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = text.charAt(i);
    if (c === ' ' || c === '\t' || c === '\u3000' || c === '#' || c === '*' || c === '>' || c === '\r') continue;
    return LABEL_PRECEDED_BY.test(c);
  }
  return true;
}

/** Anything in the document that could be the attachment. */
function hasAttachment(model: ReportModel): boolean {
  if (model.parts.some((p) => p.tables.length > 0) || (model.presetTables ?? []).length > 0 || (model.unreadableTables ?? []).length > 0) return true;
  // The page's source (an HTML page keeps its links and pictures outside the readable view).
  const source = model.source;
  if (ATTACHED_FILE.test(source) || EMBEDDED.test(source) || DOWNLOAD_WORDS.some((w) => source.includes(w))) return true;
  return model.tableBlocks.length > 0;
}

/**
 * The text reaches its end: signed, its last part there, or ending with the body's name after the
 * last reference (a 落款 without a date).
 */
function complete(model: ReportModel, text: string, last: Reference): boolean {
  if (model.dates.some((d) => d.kind === 'signature') || model.parts.some((p) => p.heading.number >= 6)) return true;
  if (!model.issuer) return false;
  const signer = text.lastIndexOf(model.issuer.text);
  return signer >= last.range.end && text.slice(signer).trim().length <= SIGNATURE_TAIL_MAX;
}
