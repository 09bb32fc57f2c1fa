/**
 * Chinese messages of the rules a rule pack drives (issue 15, docs/rule-packs.md). Spread into
 * zh-cn.ts; en-pack.ts has the same keys.
 */
export const ZH_CN_PACK = {
  'date/local-deadline': '{kind}{date}晚于本地规定的期限{deadline}（规则包「{pack}」）。',
  'content/part-one-length.long': '第一部分「{title}」约 {length} 字，超过本地要求的 {limit} 字（规则包「{pack}」）。',
  'content/part-one-length.short': '第一部分「{title}」约 {length} 字，少于本地要求的 {limit} 字（规则包「{pack}」）。',
  'content/required-phrase': '{where}没有写到「{phrase}」：这是本地要求写明的内容（规则包「{pack}」）。',
  'content/required-phrase.note': '{where}没有写到「{phrase}」：{note}（规则包「{pack}」）。',
  'content/required-phrase.or': '」或「',
  'content/required-phrase.anywhere': '报告',
  'content/required-phrase.preamble': '报告开头（第一部分之前）',
  'content/required-phrase.part': '第{numeral}部分',
} as const;
