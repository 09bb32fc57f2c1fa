/** Chinese messages of the prose (narrative numbers) and cross-year rules; spread into zh-cn.ts. */
export const ZH_CN_PROSE = {
  'prose/breakdown-sum': '「其中」各项之和为 {computed} {unit}，与所述合计 {stated} {unit}{relation}。',
  'prose/breakdown-sum.more': '相差 {difference} {unit}（各项之和多出）',
  'prose/breakdown-sum.less': '相差 {difference} {unit}',
  'prose/breakdown-sum.parts': '「其中」所列各项（合计 {computed} {unit}）',
  'prose/percentage': '所述占比 {stated}% 与数字不符：{count} {unit} ÷ {total} {unit} = {computed}%（应为 {expected}%）。',
  'prose/percentage.fix': '改为 {expected}%',
  'prose/percentage.total': '所述合计 {total} {unit}',
} as const;
