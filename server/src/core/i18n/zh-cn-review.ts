/**
 * Chinese messages of the rules that answer what reviewers cite (issue 15): statements against
 * the tables, content the format requires, the issuing body, careless text. Spread into zh-cn.ts; en-review.ts has the same keys.
 */
export const ZH_CN_REVIEW = {
  'prose/claim.cell': '{cell}为 {value}{unit}',
  'prose/claim.and': '，',
  'prose/claims-all-handled': '正文称「{claim}」，但{cells}：结转下年度继续办理的申请在本年度并未办结。',
  'prose/claims-no-applications': '正文称「{claim}」，但{cells}。',
  'prose/claims-no-cases': '正文称「{claim}」，但{cells}。',
  'prose/claims-all-upheld': '正文称「{claim}」，但{cells}：结果纠正的案件没有获得维持，尚未审结的案件还没有结果。',
  'prose/claims-no-fees': '正文称「{claim}」，但{cells}（该项是本机关依法收取的行政事业性收费，不是信息处理费）。',
  'content/signature-issuer': '落款机关「{signer}」与标题中的「{issuer}」不是同一机关：落款应为发布报告的机关。',
  'content/signature-issuer.slip': '落款「{signer}」与标题中的「{issuer}」写法不一致，请核对机关名称。',
  'content/signature-issuer.title': '标题中的机关：{issuer}',
  'prose/doubled-word': '「{word}」重复了一遍。',
  'prose/doubled-word.many': '正文中有 {count} 处词语重复，第一处是「{word}{word}」。',
  'prose/doubled-word.another': '重复的「{word}」',
  'prose/doubled-word.fix': '删除重复的「{word}」',
  'prose/doubled-word.fix-all': '删除全部 {count} 处重复',
  'prose/half-width-punctuation': '中文中使用了半角「{mark}」，应为全角「{full}」。',
  'prose/half-width-punctuation.many': '正文中有 {count} 处半角标点（, ; : ( )）夹在中文之间，应为全角（，；：（））；第一处是半角「{mark}」。',
  'prose/half-width-punctuation.another': '半角「{mark}」',
  'prose/half-width-punctuation.fix': '改为全角「{full}」',
  'prose/half-width-punctuation.fix-all': '全部 {count} 处改为全角标点',
  'prose/unbalanced-brackets': '「{mark}」没有对应的「{missing}」。',
  'prose/unbalanced-brackets.many': '正文中有 {count} 处书名号、引号或括号不成对，第一处是「{mark}」（缺少「{missing}」）。',
  'prose/unbalanced-brackets.another': '「{mark}」缺少「{missing}」',
  'date/malformed-date': '日期「{date}」写法有误：年、月、日的数字不成立或连在了一起。',
  'date/malformed-date.many': '正文中有 {count} 处日期写法有误，第一处是「{date}」。',
  'date/malformed-date.another': '日期「{date}」',
} as const;
