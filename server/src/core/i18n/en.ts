import { EN_CLI } from './en-cli';
import { EN_OFFICE } from './en-office';
import { EN_EDITOR } from './en-editor';
import { EN_IMPORT } from './en-import';
import { EN_PDF } from './en-pdf';
import { EN_PROSE } from './en-prose';
import { TABLE_EN } from './en-table';
import { EN_SECURITY } from './en-security';
import { EN_REVIEW } from './en-review';
import { EN_TABLE_VIEW } from './en-table-view';
import type { ZH_CN } from './zh-cn';

/** English messages (fallback when the editor runs in English). Same keys as zh-cn.ts. */
export const EN: Readonly<Record<keyof typeof ZH_CN, string>> = {
  ...EN_CLI,
  ...EN_OFFICE,
  ...EN_EDITOR,
  ...EN_PDF,
  ...EN_PROSE,
  ...TABLE_EN,
  ...EN_IMPORT,
  ...EN_SECURITY,
  ...EN_REVIEW,
  ...EN_TABLE_VIEW,
  'structure/missing-part': 'Part {numeral} “{heading}” is missing: reports from 2019 on must have all six parts.',
  'structure/missing-part.after-cut': 'The text ends in the middle of a sentence and {headings} are missing after it: if the report really ends here, add these parts and finish the text with a full stop; if the copy is incomplete, check the full text.',
  'structure/missing-part.fix': 'Insert part {numeral} “{heading}”',
  'structure/duplicate-part': 'Part {numeral} “{title}” appears twice (first on line {firstLine}).',
  'structure/part-order': 'Part {numeral} “{title}” is out of place: it belongs after “{after}”. The six parts must follow the order 一 to 六.',
  'structure/part-numbering': '“{title}” is part {numeral}: it should be numbered “{numeral}、”, not “{actual}、”.',
  'structure/part-numbering.missing': '“{title}” is part {numeral}: its number “{numeral}、” is missing.',
  'structure/part-numbering.fix': 'Renumber as “{numeral}、”',
  'structure/heading-variant': 'The title “{title}” of part {numeral} is not the standard wording “{standard}”.',
  'structure/heading-variant.fix': 'Use the standard title “{standard}”',
  'structure/unknown-heading': 'The title “{title}” of part {numeral} is not recognised: the format requires “{standard}”.',
  'structure/unknown-heading.none': 'Unrecognised part title “{title}”: reports from 2019 on have exactly six parts, “一、总体情况” to “六、其他需要报告的事项”.',
  'structure/unknown-heading.fix': 'Change to “{standard}”',
  'structure/empty-part': 'Part {numeral} “{title}” has no content.',
  'structure/empty-part.none': 'Part {numeral} “{title}” only says “{content}” (only part 六 may say “无”).',
  'structure/missing-table': 'Part {numeral} “{title}” lacks its statistical table: the format requires the {table}.',
  'structure/missing-table.table2': 'table of proactively disclosed information (article 20 items)',
  'structure/missing-table.table3': 'table of requests received and handled',
  'structure/missing-table.table4': 'table of administrative reconsideration and litigation (15 figures)',
  'structure/preamble-parts.absent': 'The preamble lists a part “{name}”, but the report has no such part.',
  'structure/preamble-parts.unlisted': 'The part “{title}” is not in the preamble’s list of parts.',
  'structure/preamble-parts.count': 'The preamble says the report has {stated} parts; it has {actual}.',
  'structure/text-cut-off': 'The text ends in the middle of a sentence (“…{tail}”): the report may be incomplete.',
  'content/missing-item': 'No heading covers “{title}”, which article 32 of the 2007 regulations requires the report to cover.',
  'content/placeholder': '“{text}” is placeholder text that was never replaced: fill in the real content before publishing.',
  'date/year-mismatch': 'The year of the {what} ({year}) differs from the year of the {reference} ({expected}).',
  'date/year-mismatch.title': 'title',
  'date/year-mismatch.period-start': 'statistics period start',
  'date/year-mismatch.period-end': 'statistics period end',
  'date/year-mismatch.preamble': 'preamble',
  'date/year-mismatch.period-span': 'The statistics period should run from 1 January to 31 December of one year; it runs from {start} to {end}.',
  'date/before-period-end': 'The {kind} {date} is before the statistical year ended ({year}-12-31): the report is written after the period.',
  'date/before-period-end.last-day': 'The {kind} {date} is the last day of the statistical year: the report is written after the period.',
  'date/after-deadline': 'The {kind} {date} is after the legal deadline {deadline} ({basis}).',
  'date/kind.signature': 'signature date',
  'date/kind.published': 'publication date',
  'date/basis.2007': '2007 regulations art. 31: by 31 March',
  'date/basis.department': 'regulations art. 49: departments by 31 January',
  'date/basis.government': 'regulations art. 49: a government’s report by 31 March',
  'runner/rule-error': 'Rule {rule} failed and was skipped: {error}',
  'runner/not-checked.too-large': 'The document is too large ({size} characters; the limit in the editor is {limit}) and was not checked. Run govreport check on it in a terminal.',
  'runner/not-checked.binary': 'The document has binary content (such as NUL characters); it is not a text report and was not checked. Save it as .txt or .md first.',
};
