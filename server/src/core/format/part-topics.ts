/**
 * What part 一、总体情况 covers under the 2021 format (国办公开办函〔2021〕30号, 一、报告内容（一）:
 * "主要包括主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障"; format spec §2.1, §6).
 * Each topic with the words a report uses when it writes about it: its own sub-heading
 * ("（三）政府信息管理") or the work it describes ("保密审查", "门户网站", "纳入年度考核"). The
 * words are generous on purpose (管理, 申请, 制度 alone count): a topic is missing only when none
 * of them is there, so a finding means the part really says nothing of it.
 */
export interface PartTopic {
  /** The topic as the format names it. */
  readonly title: string;
  readonly words: readonly string[];
}

export const PART_ONE_TOPICS_2021: readonly PartTopic[] = [
  { title: '主动公开', words: ['主动公开', '发布', '公布', '公开信息', '公开政府信息', '信息公开情况', '解读'] },
  { title: '依申请公开', words: ['依申请', '申请'] },
  { title: '政府信息管理', words: ['管理', '审查', '审核', '三审', '属性认定', '公开属性', '目录', '指南', '清理', '档案', '归档'] },
  {
    title: '政府信息公开平台建设',
    words: ['平台', '网站', '网页', '专栏', '专区', '栏目', '新媒体', '媒体', '公众号', '微信', '微博', '公开栏', '公示栏', '宣传栏', '查阅点', '查阅场所', '客户端', 'APP', '服务中心', '大屏', '电子屏'],
  },
  { title: '监督保障', words: ['监督', '保障', '考核', '培训', '评议', '责任', '问责', '督查', '督导', '检查', '领导', '机制', '制度', '纳入'] },
];
