import * as vscode from 'vscode';

/** The client's own prompts, Chinese first; English when VS Code runs in English. */
const ZH = {
  name: '政府信息公开年报助手',
  askBody: '发布机关名称（如：某市生态环境局）',
  askYear: '报告年度（如：2024）',
  badYear: '请输入 2019 年以后的四位年份',
  askLevel: '报告主体',
  department: '部门（1月31日前发布）',
  government: '人民政府（3月31日前发布）',
  pickRule: '选择要查看说明的规则',
  noReports: '工作区内没有找到年度报告。',
  checked: '已检查 {files} 个年度报告，发现 {problems} 个问题（见“问题”面板）。',
  noEditor: '请先打开一个年度报告。',
  importFailed: '无法读取「{name}」：{reason}',
  tooLarge: '文件过大（{size} MB，上限 100 MB），未读取。',
  notRegular: '这不是普通文件（可能是命名管道、设备或套接字），未读取。',
  mdExists: '「{name}」已存在。要用转换结果替换它吗？',
  replace: '替换',
  wordOrPdf: 'Word 或 PDF 文件',
  officeTitle: '校验报告',
  officeFile: '校验报告',
  officeSave: '保存校验报告',
  officeSaved: '已保存校验报告 {file}：共 {units} 份报告，{fix} 份需整改。',
  filterHtml: '网页（可打印为 A4）',
  filterXlsx: 'Excel 工作簿',
  filterDocx: 'Word 文档',
};
const EN: typeof ZH = {
  name: 'Government report assistant',
  askBody: 'Publishing body (e.g. 某市生态环境局)',
  askYear: 'Report year (e.g. 2024)',
  badYear: 'Enter a four-digit year from 2019 on',
  askLevel: 'Who publishes the report',
  department: 'A department (publish by 31 January)',
  government: 'A people’s government (publish by 31 March)',
  pickRule: 'Pick a rule to read about',
  noReports: 'No annual reports found in the workspace.',
  checked: 'Checked {files} annual reports: {problems} problems (see the Problems panel).',
  noEditor: 'Open an annual report first.',
  importFailed: 'Cannot read “{name}”: {reason}',
  tooLarge: 'The file is too large ({size} MB; the limit is 100 MB) and was not read.',
  notRegular: 'This is not a regular file (perhaps a FIFO, a device or a socket); it was not read.',
  mdExists: '“{name}” exists. Replace it with the converted text?',
  replace: 'Replace',
  wordOrPdf: 'Word or PDF files',
  officeTitle: 'Check report',
  officeFile: '校验报告',
  officeSave: 'Save check report',
  officeSaved: 'Saved the check report {file}: {units} reports, {fix} need fixing.',
  filterHtml: 'Web page (prints on A4)',
  filterXlsx: 'Excel workbook',
  filterDocx: 'Word document',
};

export function t(key: keyof typeof ZH, args: Record<string, string | number> = {}): string {
  const table = /^zh/i.test(vscode.env.language) ? ZH : vscode.env.language.startsWith('en') ? EN : ZH;
  return table[key].replace(/\{(\w+)\}/g, (w, n: string) => (n in args ? String(args[n]) : w));
}
