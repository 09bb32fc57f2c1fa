/** Messages of the PDF importer: what could not be read from a PDF, and why a PDF could not be read at all. */
export const ZH_CN_PDF = {
  'pdf/table-image': '第{page}页的统计表是图片，无法核对。请取得文字版（Word 文件或可复制文字的 PDF）后再检查这张表。',
  'pdf/image-pages': '第{pages}页只有图片，没有可读取的文字，这些页的内容未检查。',
  'pdf/image-placeholder': '图片（第{page}页）',
  'pdf/scanned': '这个 PDF 是扫描件或图片（共{pages}页，没有可读取的文字），无法检查。请使用 Word 文件或可复制文字的 PDF。',
  'pdf/empty': '这个 PDF 没有页面，无法检查。',
  'pdf/no-text': '这个 PDF 中没有可读取的文字，无法检查。',
  'pdf/corrupt': 'PDF 文件已损坏或不完整，无法读取。请重新下载或重新导出后再检查。',
  'pdf/encrypted': 'PDF 文件设有打开密码，无法读取。请取消密码后另存，再检查。',
  'pdf/too-many-pages': 'PDF 共{pages}页，超过{limit}页的上限，未读取（年度报告通常只有几页到几十页，请确认文件是否正确）。',
  'pdf/timeout': '读取 PDF 超过{seconds}秒仍未完成，已停止：文件可能过大或格式异常。',
  'pdf/engine-missing': 'PDF 读取组件（pdf.js）缺失或无法加载，无法读取 PDF。请重新安装本扩展或 govreport 命令行工具。',
  'pdf/engine-missing-page': '本页的 PDF 读取组件（pdf.js）未能在这个浏览器中启动，无法读取 PDF。请用新版 Chrome、Edge 或 Firefox 打开本页，或用桌面版 VS Code、命令行（govreport check）检查这个 PDF。',
  'pdf/engine-missing-web': '网页版 VS Code 未能加载本扩展的 PDF 读取组件（pdf.js），无法读取 PDF；其他功能不受影响。请刷新页面后重试，或用桌面版 VS Code、命令行（govreport check）检查这个 PDF。',
} as const;
