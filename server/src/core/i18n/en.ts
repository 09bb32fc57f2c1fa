import { EN_CLI } from './en-cli';
import { EN_OFFICE } from './en-office';
import { EN_EDITOR } from './en-editor';
import { EN_IMPORT } from './en-import';
import { EN_PDF } from './en-pdf';
import { EN_PROSE } from './en-prose';
import { TABLE_EN } from './en-table';
import { EN_SECURITY } from './en-security';
import { EN_REVIEW } from './en-review';
import { EN_PACK } from './en-pack';
import { EN_CONFIG } from './en-config';
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
  ...EN_PACK,
  ...EN_CONFIG,
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
  'runner/not-checked.timeout': 'Checking this document took more than {seconds} seconds; it was stopped and the document was not checked. Other documents are not affected; run govreport check on it in a terminal.',
  'runner/not-checked.crashed': 'The check of this document stopped unexpectedly ({detail}); it was not checked. Other documents are not affected; it is checked again after the next edit.',
  'runner/disable-directive.no-reason': 'The disable comment gives no reason: write “reason: …” after the rule ids to say why this need not be checked.',
  'runner/disable-directive.placeholder-reason': 'The disable comment’s reason is still the placeholder “{reason}”: say why this need not be checked.',
  'runner/disable-directive.unknown-rule': '“{rule}” in the disable comment is not a rule of this tool, so the comment does nothing for it (rule ids look like table/wrong-cell; see “Show rule documentation”).',
  'runner/disable-directive.unused': 'This disable comment silences no finding ({rules}): the problem is gone or the comment is misplaced; it can be removed.',
  'runner/disable-directive.all-rules': 'all rules',
  'config/json.where': ' (line {line}, column {column})',
  'config/json.property-name': 'a property name in double quotes is expected here; JSON allows no comma after the last item and no unquoted names.',
  'config/json.comma-or-brace': 'a comma “,” or a closing brace “}” is missing after the previous item.',
  'config/json.comma-or-bracket': 'a comma “,” or a closing bracket “]” is missing after the previous item.',
  'config/json.unterminated-string': 'the string has no closing double quote.',
  'config/json.control-character': 'the string contains a line break or tab; write \\n or \\t.',
  'config/json.trailing': 'there is more text after the end of the JSON.',
  'config/json.end': 'the file ends here unexpectedly: a closing bracket or quote is missing.',
  'config/json.unexpected': '“{char}” is not valid JSON here (a value is a string in double quotes, a number, true, false, null, an object or an array).',
  'editor/completion.item-2007': 'Content item {number} of art. 32 of the 2007 regulations',
  'editor/status.on-save': 'Not checked (edited; checked when saved)',
};
