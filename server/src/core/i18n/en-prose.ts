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
};
