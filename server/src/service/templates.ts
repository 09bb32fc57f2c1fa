import { SECTIONS, standardHeading } from '../core/format/sections';
import { tableTemplate } from './tables';
import { CONTENT_ITEMS_2007 } from '../core/format/content-items-2007';
import type { ContentItemSpec } from '../core/format/content-items-2007';
import { eraForYear } from '../core/format/eras';

/**
 * Text that editor features write into a document: the skeleton of a new report (of its era: the
 * 2007 条例's content items for 2008–2018), part headings with their standard tables. Used by the new-report command, completion and the snippets
 * generator (scripts/gen-snippets.ts), so they all write the same thing.
 */
export type TemplateEra = '2019' | '2021';

export interface NewReportInput {
  /** The publishing body, e.g. 某市生态环境局. */
  readonly body: string;
  readonly year: number;
  readonly level?: 'department' | 'government';
}

/** The items the 2021 format lists under 一、总体情况 (国办公开办函〔2021〕30号). */
const OVERVIEW_ITEMS = ['主动公开', '依申请公开', '政府信息管理', '政府信息公开平台建设', '监督保障'];
const ITEM_NUMERALS = ['一', '二', '三', '四', '五', '六'];
const BASIS: Readonly<Record<TemplateEra, string>> = {
  '2019': '《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式（试行）〉的通知》（国办公开办函〔2019〕60号）',
  '2021': '《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）',
};
export const PLACEHOLDER = '（在此填写）';

export function templateEra(year: number): TemplateEra {
  return year >= 2021 ? '2021' : '2019';
}

/** The body of one part in a new report: items of 一, the standard table of 二/三/四, 无 for 六. */
export function partBody(section: number, era: TemplateEra, level?: 'department' | 'government'): string {
  if (section === 1) {
    const items = level === 'government' ? [...OVERVIEW_ITEMS, '工作考核、社会评议和责任追究结果情况'] : OVERVIEW_ITEMS;
    return items.map((t, i) => `（${ITEM_NUMERALS[i]}）${t}\n\n${PLACEHOLDER}`).join('\n\n');
  }
  const table = tableTemplate(era, section);
  if (table) return table;
  if (section === 6) return '无。';
  return PLACEHOLDER;
}

/**
 * The 落款 that closes a report: the issuing body (its placeholder when unnamed) and a date after
 * the statistics period, in January of the next year with the day left as 「XX」 so that the
 * placeholder finding reminds the user to date it when it is signed.
 */
export function signatureLines(body: string, year: number): string[] {
  return [body, `${year + 1}年1月XX日`];
}

/** A content item of 第三十二条 as a part heading of a 2008–2018 report: the article's words without 行政机关. */
export function contentItemHeading(item: ContentItemSpec): string {
  return item.title.replace(/^行政机关/, '');
}

/**
 * A new report for 2008–2018 (2007 条例): no fixed headings or tables, so the six content items of
 * 第三十二条 as parts, each to be written; then the 落款.
 */
function newReportText2007(body: string, year: number): string {
  const out = [
    `# ${body}${year}年政府信息公开工作年度报告`,
    '',
    `本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求，由${body}编制。本报告所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`,
  ];
  CONTENT_ITEMS_2007.forEach((item, i) => out.push('', `## ${ITEM_NUMERALS[i] ?? ''}、${contentItemHeading(item)}`, '', item.number === 6 ? '无。' : PLACEHOLDER));
  out.push('', ...signatureLines(body, year));
  return `${out.join('\n')}\n`;
}

/** A whole new report: title, preamble with the statistics period, the six parts, the 落款. Markdown. */
export function newReportText(input: NewReportInput): string {
  const body = input.body.trim() || '（机关名称）';
  if (eraForYear(input.year) === '2007') return newReportText2007(body, input.year);
  const era = templateEra(input.year);
  const out = [
    `# ${body}${input.year}年政府信息公开工作年度报告`,
    '',
    `本报告由${body}根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和${BASIS[era]}要求编制。全文包括${SECTIONS.map((s) => s.title).join('、')}等六个部分。本报告所列数据的统计期限自${input.year}年1月1日起至${input.year}年12月31日止。`,
  ];
  for (const s of SECTIONS) out.push('', `## ${standardHeading(s)}`, '', partBody(s.number, era, input.level));
  out.push('', ...signatureLines(body, input.year));
  return `${out.join('\n')}\n`;
}
