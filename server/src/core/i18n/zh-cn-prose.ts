/** Chinese messages of the prose (narrative numbers) and cross-year rules; spread into zh-cn.ts. */
export const ZH_CN_PROSE = {
  'prose/breakdown-sum': '「其中」各项之和为 {computed} {unit}，与所述合计 {stated} {unit}{relation}。',
  'prose/breakdown-sum.more': '相差 {difference} {unit}（各项之和多出）',
  'prose/breakdown-sum.less': '相差 {difference} {unit}',
  'prose/breakdown-sum.parts': '「其中」所列各项（合计 {computed} {unit}）',
  'prose/percentage': '所述占比 {stated}% 与数字不符：{count} {unit} ÷ {total} {unit} = {computed}%（应为 {expected}%）。',
  'prose/percentage.fix': '改为 {expected}%',
  'prose/percentage.total': '所述合计 {total} {unit}',
  'cross-year/carried-over': '表三「二、上年结转政府信息公开申请数量」的「{column}」为 {actual}，与上一年度（{year}年）报告「四、结转下年度继续办理」的 {expected} 不一致（上一年度报告第{line}行）。',
  'cross-year/carried-over.fix': '改为上一年度结转数 {expected}',
  'cross-year/in-force': '表二「{row}」现行有效件数为 {actual}，按上一年度（{year}年）现行有效件数 {previous} + 本年制发 {issued} − 本年废止 {repealed} 应为 {expected}。',
  'cross-year/in-force.issued': '本年制发件数 {issued}',
  'cross-year/in-force.repealed': '本年废止件数 {repealed}',
  'cross-year/repeated-text': '本报告正文约 {share}% 的内容（{repeated}/{sentences} 句）与上一年度（{year}年）报告逐句相同：年度报告应反映本年度的实际工作。',
  'cross-year/repeated-text.first': '第一处与{year}年报告相同的句子',
} as const;
