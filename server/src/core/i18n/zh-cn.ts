/**
 * Chinese messages: the primary language of every finding, fix and hover. Placeholders are
 * written {name}. The English catalogue (en.ts) must have exactly the same keys.
 */
import { ZH_CN_CLI } from './zh-cn-cli';
import { ZH_CN_OFFICE } from './zh-cn-office';
import { ZH_CN_EDITOR } from './zh-cn-editor';
import { ZH_CN_IMPORT } from './zh-cn-import';
import { ZH_CN_PDF } from './zh-cn-pdf';
import { ZH_CN_PROSE } from './zh-cn-prose';
import { TABLE_ZH_CN } from './zh-cn-table';
import { ZH_CN_SECURITY } from './zh-cn-security';
import { ZH_CN_REVIEW } from './zh-cn-review';
import { ZH_CN_PACK } from './zh-cn-pack';
import { ZH_CN_CONFIG } from './zh-cn-config';
import { ZH_CN_TABLE_VIEW } from './zh-cn-table-view';

export const ZH_CN = {
  ...ZH_CN_CLI,
  ...ZH_CN_OFFICE,
  ...ZH_CN_EDITOR,
  ...ZH_CN_PDF,
  ...ZH_CN_PROSE,
  ...TABLE_ZH_CN,
  ...ZH_CN_IMPORT,
  ...ZH_CN_SECURITY,
  ...ZH_CN_REVIEW,
  ...ZH_CN_PACK,
  ...ZH_CN_CONFIG,
  ...ZH_CN_TABLE_VIEW,
  'structure/missing-part': '缺少第{numeral}部分「{heading}」：2019年起的年度报告必须包含全部六个部分。',
  'structure/missing-part.after-cut': '正文在句子中间结束，其后缺少{headings}：若报告确实到此为止，须补齐这些部分并以句号结束正文；若是复制不完整，请取得全文再检查。',
  'structure/missing-part.fix': '插入第{numeral}部分「{heading}」',
  'structure/duplicate-part': '第{numeral}部分「{title}」重复出现（第一次在第{firstLine}行）。',
  'structure/part-order': '第{numeral}部分「{title}」的位置不对：应排在「{after}」之后。六个部分须按一至六的顺序排列。',
  'structure/part-numbering': '「{title}」是第{numeral}部分，编号应为「{numeral}、」，实际为「{actual}、」。',
  'structure/part-numbering.missing': '「{title}」是第{numeral}部分，标题前缺少编号「{numeral}、」。',
  'structure/part-numbering.fix': '改为「{numeral}、」',
  'structure/heading-variant': '第{numeral}部分标题「{title}」不是规范写法，应为「{standard}」。',
  'structure/heading-variant.fix': '改为规范标题「{standard}」',
  'structure/unknown-heading': '无法识别第{numeral}部分的标题「{title}」：按格式应为「{standard}」。',
  'structure/unknown-heading.none': '无法识别的部分标题「{title}」：2019年起的年度报告只有「一、总体情况」至「六、其他需要报告的事项」六个部分。',
  'structure/unknown-heading.fix': '改为「{standard}」',
  'structure/empty-part': '第{numeral}部分「{title}」没有内容。',
  'structure/empty-part.none': '第{numeral}部分「{title}」只写了「{content}」，没有实际内容（只有第六部分可以写“无”）。',
  'structure/missing-table': '第{numeral}部分「{title}」缺少统计表：格式要求本部分填写{table}。',
  'structure/missing-table.table2': '主动公开政府信息情况表（第二十条各项）',
  'structure/missing-table.table3': '收到和处理政府信息公开申请情况表',
  'structure/missing-table.table4': '政府信息公开行政复议、行政诉讼情况表（15项数据）',
  'structure/preamble-parts.absent': '导语列出了「{name}」部分，但正文中没有这一部分。',
  'structure/preamble-parts.unlisted': '正文中的「{title}」部分未列入导语的部分清单。',
  'structure/preamble-parts.count': '导语说全文共{stated}个部分，正文实际有{actual}个部分。',
  'structure/text-cut-off': '正文在句子中间结束（「…{tail}」），报告可能不完整。',
  'content/missing-item': '未找到《条例》（2007年）第三十二条要求报告的内容「{title}」：请在标题或小标题中写明。',
  'content/placeholder': '「{text}」是尚未替换的占位文字：请填写实际内容后再发布。',
  'date/year-mismatch': '{what}的年份（{year}年）与{reference}的年份（{expected}年）不一致。',
  'date/year-mismatch.title': '标题',
  'date/year-mismatch.period-start': '统计期限起始日',
  'date/year-mismatch.period-end': '统计期限截止日',
  'date/year-mismatch.preamble': '导语',
  'date/year-mismatch.period-span': '统计期限应为同一年的1月1日至12月31日，实际为{start}至{end}。',
  'date/before-period-end': '{kind}{date}早于统计年度结束（{year}年12月31日）：年度报告应在统计期结束后编制发布。',
  'date/before-period-end.last-day': '{kind}{date}是统计年度的最后一天：年度报告应在统计期结束后编制发布。',
  'date/after-deadline': '{kind}{date}晚于法定发布期限{deadline}（{basis}）。',
  'date/kind.signature': '落款日期',
  'date/kind.published': '发布日期',
  'date/basis.2007': '《条例》（2007年）第三十一条：每年3月31日前',
  'date/basis.department': '《条例》第四十九条：县级以上人民政府部门每年1月31日前',
  'date/basis.government': '《条例》第四十九条：本级政府年度报告每年3月31日前',
  'runner/rule-error': '规则 {rule} 检查时出错，已跳过：{error}',
  'runner/not-checked.too-large': '文档过大（{size}字符），超过编辑器内检查的上限（{limit}字符），未检查。可在终端运行 govreport check 检查该文件。',
  'runner/not-checked.binary': '文档含有二进制内容（如 NUL 字符），不是文本报告，未检查。请先另存为 .txt 或 .md。',
  'runner/not-checked.timeout': '检查本文档超过{seconds}秒仍未完成，已停止，未检查。其他文档不受影响；可在终端运行 govreport check 检查该文件。',
  'runner/not-checked.crashed': '检查本文档时检查进程意外退出（{detail}），未检查。其他文档不受影响；修改文档后会再次检查。',
  'runner/disable-directive.no-reason': '停用注释没有写明原因：请在规则名后写「原因：……」，说明为什么这里不需要检查。',
  'runner/disable-directive.placeholder-reason': '停用注释的原因仍是占位文字「{reason}」：请写明为什么这里不需要检查。',
  'runner/disable-directive.unknown-rule': '停用注释中的「{rule}」不是本工具的规则名，这条注释对它不起作用（规则名形如 table/wrong-cell，可用「显示规则说明」命令查看）。',
  'runner/disable-directive.unused': '这条停用注释没有停用任何检查结果（{rules}）：问题已不存在，或注释位置不对，可以删除。',
  'runner/disable-directive.all-rules': '全部规则',
  'config/json.where': '（第 {line} 行第 {column} 列）',
  'config/json.property-name': '此处应为用双引号括起的选项名；JSON 不允许最后一项后面多一个逗号，也不允许不带引号的名称。',
  'config/json.comma-or-brace': '上一项后面缺少逗号「,」，或缺少右花括号「}」。',
  'config/json.comma-or-bracket': '上一项后面缺少逗号「,」，或缺少右方括号「]」。',
  'config/json.unterminated-string': '字符串缺少结尾的双引号「"」。',
  'config/json.control-character': '字符串中有换行或制表符等控制字符，须写成 \\n、\\t。',
  'config/json.trailing': 'JSON 已经结束，后面还有多余的内容。',
  'config/json.end': '文件在此处意外结束：缺少右括号或结尾的引号。',
  'config/json.unexpected': '此处的「{char}」不符合 JSON 语法（值应为用双引号括起的文字、数字、true、false、null、对象或数组）。',
  'editor/completion.item-2007': '2007年《条例》第三十二条第（{number}）项规定的内容',
  'editor/status.on-save': '未检查（已修改，保存后检查）',
} as const;
