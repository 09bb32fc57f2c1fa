/**
 * A long report for the benchmark: a county government's 2021-format report whose part 一 reports
 * on each of its towns and departments at length (our own text, numbers made up), then the three
 * tables of qingshan-2024.md. Printed by Chromium it runs to 30 pages, as a county report with an
 * annex does.
 */

const UNITS = [
  '城关镇', '东溪镇', '西岭镇', '南塘镇', '北山乡', '石桥乡', '清水乡', '白沙乡', '梅林乡', '竹园乡',
  '县发展和改革局', '县教育局', '县公安局', '县民政局', '县司法局', '县财政局', '县人力资源和社会保障局', '县自然资源局',
  '县生态环境局', '县住房和城乡建设局', '县交通运输局', '县水利局', '县农业农村局', '县商务局', '县文化广电旅游局',
  '县卫生健康局', '县应急管理局', '县审计局', '县市场监督管理局', '县统计局', '县医疗保障局', '县林业局',
];

/** Enough paragraphs for 30 pages (with the tables) when Chromium prints it on A4. */
const PARAGRAPHS = 104;

const TOPICS = ['财政预决算', '重大建设项目', '公共资源配置', '社会救助', '教育招生', '医疗卫生', '生态环境', '安全生产', '食品药品监管', '就业创业'];

function paragraph(unit: string, i: number): string {
  const n = (k: number): number => ((i + 3) * (k + 7) * 37) % 900 + 40;
  const topic = TOPICS[i % TOPICS.length] ?? '';
  const other = TOPICS[(i + 4) % TOPICS.length] ?? '';
  return [
    `（${String(i + 1)}）${unit}。全年通过政府门户网站和政务新媒体主动公开政府信息${String(n(1) + 200)}条，其中${topic}信息${String(n(2) % 60)}条、${other}信息${String(n(3) % 40)}条。`,
    `围绕群众关心关注的热点问题，${unit}坚持“应公开尽公开”，对涉及群众切身利益的政策文件同步发布解读材料，全年发布政策解读${String(n(4) % 60 + 3)}篇，`,
    `组织政府开放日和新闻发布活动${String(n(5) % 9 + 1)}次，回应社会关切${String(n(6) % 80 + 5)}条。`,
    `在政府信息管理方面，严格落实公开前保密审查和合法性审查制度，动态调整主动公开基本目录，对历年制发的行政规范性文件开展清理，`,
    `确保公开内容准确、规范、及时；在平台建设方面，持续优化门户网站信息公开专栏，完善政策文件库，提高检索的便捷性；`,
    `在监督保障方面，将政府信息公开工作纳入年度绩效考核，组织业务培训${String(n(7) % 5 + 1)}次，全年未发生因政府信息公开工作被责任追究的情形。`,
  ].join('');
}

/** The long report in our Markdown; `tables` is the Markdown of parts 二, 三 and 四 (headings and tables). */
export function longReport(tables: string): string {
  const parts = [
    '# 云溪县人民政府2024年政府信息公开工作年度报告',
    '本报告根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）编制，包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项等六个部分。本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。',
    '一、总体情况',
    '2024年，云溪县各级行政机关坚持以公开为常态、不公开为例外，全面推进决策、执行、管理、服务、结果公开，各乡镇和县直部门政府信息公开工作情况如下。',
  ];
  for (let i = 0; i < PARAGRAPHS; i++) parts.push(paragraph(UNITS[i % UNITS.length] ?? '', i));
  parts.push(tables);
  parts.push('五、存在的主要问题及改进情况', '一是部分乡镇信息更新不够及时；二是政策解读的形式还不够丰富。下一步，我县将加强工作统筹，完善考核机制，推动政府信息公开工作提质增效。');
  parts.push('六、其他需要报告的事项', '本年度未收取信息处理费。', '云溪县人民政府', '2025年3月20日');
  return `${parts.join('\n\n')}\n`;
}
