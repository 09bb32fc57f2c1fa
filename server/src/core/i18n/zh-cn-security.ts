/** Chinese messages about untrusted input: configuration patterns, files that are not read. Spread into zh-cn.ts. */
export const ZH_CN_SECURITY = {
  'config/pattern': 'files 中的模式「{pattern}」{reason}，已忽略。',
  'config/pattern.empty': '是空的',
  'config/pattern.too-long': '过长（{length} 个字符，最多 {max} 个）',
  'config/pattern.too-many-wildcards': '通配符过多（{count} 个 * 或 ?，最多 {max} 个）',
  'config/pattern.too-many-globstars': '含 {count} 个 **，最多 {max} 个',
  'config/pattern.too-many-alternatives': '花括号展开后超过 {max} 种写法',
  'config/pattern.invalid': '无法解析（{detail}）',
  'config/too-many-patterns': 'files 中的模式过多（{count} 个，最多 {max} 个），只采用前 {max} 个。',
} as const;
