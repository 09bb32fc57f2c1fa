import type { ZH_CN_PROSE } from './zh-cn-prose';

/** English messages of the prose and cross-year rules (same keys as zh-cn-prose.ts). */
export const EN_PROSE: Readonly<Record<keyof typeof ZH_CN_PROSE, string>> = {
  'prose/breakdown-sum': 'The parts listed after 「其中」 add up to {computed} {unit}, not the stated total of {stated} {unit}{relation}.',
  'prose/breakdown-sum.more': ' (off by {difference} {unit}, the parts exceed the total)',
  'prose/breakdown-sum.less': ' (off by {difference} {unit})',
  'prose/breakdown-sum.parts': 'The parts listed after 「其中」 (together {computed} {unit})',
  'prose/percentage': 'The stated share {stated}% does not match the figures: {count} {unit} / {total} {unit} = {computed}% (should be {expected}%).',
  'prose/percentage.fix': 'Change to {expected}%',
  'prose/percentage.total': 'The stated total {total} {unit}',
  'cross-year/carried-over': 'Table 三 “二、上年结转” column “{column}” is {actual}, but the previous report ({year}) carried {expected} forward in “四、结转下年度继续办理” (its line {line}).',
  'cross-year/carried-over.fix': 'Set to last year’s carry-over {expected}',
  'cross-year/in-force': 'Table 二 “{row}” 现行有效件数 is {actual}; last year’s ({year}) {previous} + issued {issued} − repealed {repealed} gives {expected}.',
  'cross-year/in-force.issued': 'Issued this year: {issued}',
  'cross-year/in-force.repealed': 'Repealed this year: {repealed}',
  'cross-year/repeated-text': 'About {share}% of this report’s prose ({repeated} of {sentences} sentences) repeats the previous report ({year}) word for word.',
  'cross-year/repeated-text.first': 'First sentence repeated from the {year} report',
  'prose/table-mismatch.received': 'The text says {stated} applications were received; table 三 “一、本年新收政府信息公开申请数量” 总计 is {table}.',
  'prose/table-mismatch.cell': 'Table 三 “{row}” 总计 {table}',
  'prose/table-mismatch.fix': 'Align with the table: {table}',
};
