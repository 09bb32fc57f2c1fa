import type { EraId } from './eras';

/**
 * The six fixed parts of the 2019 and 2021 formats (format spec §2.1, §2.2): standard titles,
 * the variants seen in real reports, what each part must contain. One place for these facts:
 * rules, hovers, completions, snippets and docs all read them from here.
 */
export interface SectionSpec {
  /** 1…6 */
  readonly number: number;
  /** 一…六 */
  readonly numeral: string;
  /** The standard title without its numbering, e.g. 总体情况. */
  readonly title: string;
  /** Known non-standard titles (without numbering): accepted with a warning. */
  readonly variants: readonly string[];
  /** Keywords that identify the part when its title is not recognised. */
  readonly keywords: readonly string[];
  /** Whether the part must contain a statistical table. */
  readonly requiresTable: boolean;
  /** Whether "无" / "暂无" alone is acceptable content. */
  readonly mayBeNone: boolean;
  /** What the format requires in the part (for hovers and docs). */
  readonly requirement: string;
}

export const SECTIONS: readonly SectionSpec[] = [
  {
    number: 1, numeral: '一', title: '总体情况', variants: [],
    keywords: ['总体', '概述', '基本情况'], requiresTable: false, mayBeNone: false,
    requirement: '概述本机关贯彻落实《条例》的情况，2021年格式列明的方面：主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障（各级人民政府还应包括工作考核、社会评议和责任追究结果情况）。',
  },
  {
    number: 2, numeral: '二', title: '主动公开政府信息情况',
    variants: ['主动公开政府信息的情况', '行政机关主动公开政府信息的情况', '政府信息主动公开情况'],
    keywords: ['主动公开'], requiresTable: true, mayBeNone: false,
    requirement: '固定表格：第二十条第（一）（五）（六）（八）项（2019年格式另有第（九）项）的主动公开情况。',
  },
  {
    number: 3, numeral: '三', title: '收到和处理政府信息公开申请情况',
    variants: ['依申请公开政府信息情况', '行政机关收到和处理政府信息公开申请的情况', '收到和处理政府信息公开申请的情况'],
    keywords: ['申请'], requiresTable: true, mayBeNone: false,
    requirement: '固定表格：本年新收、上年结转的申请数量，本年度办理结果（七类），结转下年度继续办理，按申请人类型分列。',
  },
  {
    number: 4, numeral: '四', title: '政府信息公开行政复议、行政诉讼情况',
    variants: [
      '政府信息公开行政复议和行政诉讼情况',
      '因政府信息公开工作被申请行政复议和提起行政诉讼情况',
      '因政府信息公开工作被申请行政复议提起行政诉讼情况',
      '因政府信息公开工作被申请行政复议、提起行政诉讼情况',
      '因政府信息公开工作被申请行政复议、提起行政诉讼的情况',
      '政府信息公开行政复议情况和行政诉讼情况',
      '政府信息公开行政复议及行政诉讼情况',
    ],
    keywords: ['复议', '诉讼'], requiresTable: true, mayBeNone: false,
    requirement: '固定表格：行政复议、行政诉讼（未经复议直接起诉、复议后起诉）的结果维持、结果纠正、其他结果、尚未审结及总计，共15个数。',
  },
  {
    number: 5, numeral: '五', title: '存在的主要问题及改进情况',
    variants: [
      '政府信息公开工作存在的主要问题及改进情况',
      '存在的问题和改进措施',
      '存在的主要问题及改进措施',
      '存在问题及改进情况',
      '存在的主要问题和改进情况',
    ],
    keywords: ['问题', '改进'], requiresTable: false, mayBeNone: false,
    requirement: '本机关政府信息公开工作存在的主要问题及改进情况（含上年度问题的整改情况）。',
  },
  {
    number: 6, numeral: '六', title: '其他需要报告的事项',
    variants: ['其他事项', '其他需报告的事项', '其他需要报告事项'],
    keywords: ['其他'], requiresTable: false, mayBeNone: true,
    requirement: '其他需要报告的事项，如依据《政府信息公开信息处理费管理办法》收取信息处理费的情况、落实上级年度政务公开工作要点情况、人大代表建议和政协提案办理结果公开情况等；没有可写“无”。',
  },
];

/** The eras that have the six fixed parts. */
export function hasFixedSections(era: EraId): boolean {
  return era === '2019' || era === '2021';
}

/** "一、总体情况" */
export function standardHeading(section: SectionSpec): string {
  return `${section.numeral}、${section.title}`;
}
