import type { ZH_CN_PACK } from './zh-cn-pack';

/** English messages of the rules a rule pack drives; the same keys as zh-cn-pack.ts. */
export const EN_PACK: Readonly<Record<keyof typeof ZH_CN_PACK, string>> = {
  'date/local-deadline': 'The {kind} {date} is after the local deadline {deadline} (rule pack “{pack}”).',
  'content/part-one-length.long': 'Part 一 “{title}” has about {length} characters, more than the local limit of {limit} (rule pack “{pack}”).',
  'content/part-one-length.short': 'Part 一 “{title}” has about {length} characters, fewer than the local minimum of {limit} (rule pack “{pack}”).',
  'content/required-phrase': '{where} does not mention “{phrase}”, which local rules require (rule pack “{pack}”).',
  'content/required-phrase.note': '{where} does not mention “{phrase}”: {note} (rule pack “{pack}”).',
  'content/required-phrase.or': '” or “',
  'content/required-phrase.anywhere': 'The report',
  'content/required-phrase.preamble': 'The opening (before part 一)',
  'content/required-phrase.part': 'Part {numeral}',
};
