import {
  AlignmentType, BorderStyle, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType,
} from 'docx';

/**
 * The Word source (word-2021): a complete 2021-format report written by us and built with the
 * `docx` library as Word itself would store it. Part and item headings are numbered
 * AUTOMATICALLY (numbering.xml: the "一、" and "（一）" are not in the paragraph text, only in the
 * list definition); the three tables use the official merged cells (gridSpan and vMerge).
 * The values are ours, typed here; test/fixtures/samples/word-2021/expected.json is typed
 * separately from the same table as a person reads it.
 */

const TITLE = '青禾市市场监督管理局2023年政府信息公开工作年度报告';

const PREAMBLE = '本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）编制，由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六部分组成。本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。';

const PART1_ITEMS: readonly (readonly [string, string])[] = [
  ['主动公开', '2023年，我局在门户网站公开市场监管领域的行政许可、行政处罚、抽检结果等信息，发布食品安全消费提示，做好企业年报公示的政策解读。'],
  ['依申请公开', '全年新收政府信息公开申请11342件，全部在法定期限内答复，未发生因答复超期引发的复议或诉讼。'],
  ['政府信息管理', '严格执行公文公开属性源头认定，对拟公开信息进行保密审查，及时清理失效文件。'],
  ['政府信息公开平台建设', '优化门户网站公开专栏和政务新媒体，实现政策文件与解读材料关联发布。'],
  ['监督保障', '将政务公开工作纳入年度考核，组织全局业务培训一次，开展季度自查。'],
];

const PART5 = '一是部分基层所公开内容更新不够及时；二是依申请公开答复文书的规范性有待提升。下一步，我局将建立公开内容更新提醒机制，制定答复文书范本并开展专项培训。';
const PART6 = '依据《政府信息公开信息处理费管理办法》，本年度未收取信息处理费。本年度无其他需要报告的事项。';
const SIGNATURE = ['青禾市市场监督管理局', '2024年1月22日'];

/** Table 二 (2021): block heading, column header, rows of label + values (one value spans three columns). */
const TABLE2: readonly { readonly block: string; readonly header: readonly string[]; readonly rows: readonly (readonly string[])[] }[] = [
  { block: '第二十条第（一）项', header: ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'], rows: [['规章', '1', '2', '9'], ['行政规范性文件', '14', '6', '95']] },
  { block: '第二十条第（五）项', header: ['信息内容', '本年处理决定数量'], rows: [['行政许可', '2316']] },
  { block: '第二十条第（六）项', header: ['信息内容', '本年处理决定数量'], rows: [['行政处罚', '845'], ['行政强制', '31']] },
  { block: '第二十条第（八）项', header: ['信息内容', '本年收费金额（单位：万元）'], rows: [['行政事业性收费', '3.6']] },
];

/** Table 三: the value rows, in template order (自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计). */
const T3: Readonly<Partial<Record<string, readonly number[]>>> = {
  new: [2489, 1779, 1807, 1726, 1518, 2023, 11342],
  carried: [165, 28, 75, 104, 115, 43, 530],
  open: [40, 256, 125, 382, 3, 509, 1315],
  partial: [89, 2, 158, 164, 167, 184, 764],
  'deny-1': [193, 12, 62, 46, 131, 83, 527],
  'deny-2': [81, 112, 66, 52, 38, 44, 393],
  'deny-3': [39, 144, 74, 36, 63, 64, 420],
  'deny-4': [72, 19, 84, 32, 61, 8, 276],
  'deny-5': [185, 129, 136, 97, 60, 109, 716],
  'deny-6': [68, 139, 122, 76, 29, 30, 464],
  'deny-7': [54, 23, 49, 20, 151, 35, 332],
  'deny-8': [156, 73, 107, 31, 69, 116, 552],
  'unable-1': [108, 93, 21, 70, 80, 96, 468],
  'unable-2': [11, 65, 138, 16, 18, 106, 354],
  'unable-3': [186, 147, 47, 121, 150, 42, 693],
  'reject-1': [171, 25, 79, 6, 57, 14, 352],
  'reject-2': [154, 27, 50, 101, 5, 9, 346],
  'reject-3': [199, 128, 127, 90, 56, 134, 734],
  'reject-4': [98, 117, 123, 58, 103, 110, 609],
  'reject-5': [146, 41, 17, 53, 120, 102, 479],
  'other-1': [160, 91, 4, 114, 92, 77, 538],
  'other-2': [140, 34, 133, 86, 149, 22, 564],
  'other-3': [143, 71, 78, 85, 7, 105, 489],
  total: [2493, 1748, 1800, 1736, 1609, 1999, 11385],
  'carry-over': [161, 59, 82, 94, 24, 67, 487],
};

/** Table 四: 行政复议 ×5, 未经复议直接起诉 ×5, 复议后起诉 ×5. */
const T4: readonly number[] = [12, 4, 3, 6, 25, 2, 1, 1, 3, 7, 6, 2, 4, 1, 13];

const GROUPS_3: readonly { readonly label: string; readonly rows: readonly (readonly [string, string])[] }[] = [
  { label: '（三）不予公开', rows: [['deny-1', '1.属于国家秘密'], ['deny-2', '2.其他法律行政法规禁止公开'], ['deny-3', '3.危及“三安全一稳定”'], ['deny-4', '4.保护第三方合法权益'], ['deny-5', '5.属于三类内部事务信息'], ['deny-6', '6.属于四类过程性信息'], ['deny-7', '7.属于行政执法案卷'], ['deny-8', '8.属于行政查询事项']] },
  { label: '（四）无法提供', rows: [['unable-1', '1.本机关不掌握相关政府信息'], ['unable-2', '2.没有现成信息需要另行制作'], ['unable-3', '3.补正后申请内容仍不明确']] },
  { label: '（五）不予处理', rows: [['reject-1', '1.信访举报投诉类申请'], ['reject-2', '2.重复申请'], ['reject-3', '3.要求提供公开出版物'], ['reject-4', '4.无正当理由大量反复申请'], ['reject-5', '5.要求行政机关确认或重新出具已获取信息']] },
  { label: '（六）其他处理', rows: [['other-1', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'], ['other-2', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'], ['other-3', '3.其他']] },
];

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };

function cell(text: string, span: { columnSpan?: number; rowSpan?: number } = {}): TableCell {
  return new TableCell({ ...span, children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, size: 18 })] })] });
}

function values(key: string): TableCell[] {
  const row = T3[key];
  if (!row) throw new Error(`word report: no values for row ${key}`);
  return row.map((v) => cell(String(v)));
}

function table(rows: TableRow[]): Table {
  return new Table({ rows, borders: BORDERS, width: { size: 100, type: WidthType.PERCENTAGE } });
}

function table2(): Table {
  const rows: TableRow[] = [];
  for (const b of TABLE2) {
    rows.push(new TableRow({ children: [cell(b.block, { columnSpan: 4 })] }));
    const spanned = b.header.length === 2;
    rows.push(new TableRow({ children: b.header.map((h, i) => cell(h, spanned && i === 1 ? { columnSpan: 3 } : {})) }));
    for (const r of b.rows) rows.push(new TableRow({ children: r.map((v, i) => cell(v, spanned && i === 1 ? { columnSpan: 3 } : {})) }));
  }
  return table(rows);
}

function table3(): Table {
  const rows: TableRow[] = [
    new TableRow({ children: [cell('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', { columnSpan: 3, rowSpan: 3 }), cell('申请人情况', { columnSpan: 7 })] }),
    new TableRow({ children: [cell('自然人', { rowSpan: 2 }), cell('法人或其他组织', { columnSpan: 5 }), cell('总计', { rowSpan: 2 })] }),
    new TableRow({ children: ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((h) => cell(h)) }),
    new TableRow({ children: [cell('一、本年新收政府信息公开申请数量', { columnSpan: 3 }), ...values('new')] }),
    new TableRow({ children: [cell('二、上年结转政府信息公开申请数量', { columnSpan: 3 }), ...values('carried')] }),
    new TableRow({ children: [cell('三、本年度办理结果', { rowSpan: 22 }), cell('（一）予以公开', { columnSpan: 2 }), ...values('open')] }),
    new TableRow({ children: [cell('（二）部分公开（区分处理的，只计这一情形，不计其他情形）', { columnSpan: 2 }), ...values('partial')] }),
  ];
  for (const g of GROUPS_3) {
    g.rows.forEach(([key, label], i) => {
      const head = i === 0 ? [cell(g.label, { rowSpan: g.rows.length })] : [];
      rows.push(new TableRow({ children: [...head, cell(label), ...values(key)] }));
    });
  }
  rows.push(new TableRow({ children: [cell('（七）总计', { columnSpan: 2 }), ...values('total')] }));
  rows.push(new TableRow({ children: [cell('四、结转下年度继续办理', { columnSpan: 3 }), ...values('carry-over')] }));
  return table(rows);
}

function table4(): Table {
  const heads = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  return table([
    new TableRow({ children: [cell('行政复议', { columnSpan: 5 }), cell('行政诉讼', { columnSpan: 10 })] }),
    new TableRow({ children: [...heads.map((h) => cell(h, { rowSpan: 2 })), cell('未经复议直接起诉', { columnSpan: 5 }), cell('复议后起诉', { columnSpan: 5 })] }),
    new TableRow({ children: [...heads, ...heads].map((h) => cell(h)) }),
    new TableRow({ children: T4.map((v) => cell(String(v))) }),
  ]);
}

const NUMBERING = 'report-headings';
const part = (text: string): Paragraph => new Paragraph({ text, heading: HeadingLevel.HEADING_1, numbering: { reference: NUMBERING, level: 0 } });
const item = (text: string): Paragraph => new Paragraph({ text, heading: HeadingLevel.HEADING_2, numbering: { reference: NUMBERING, level: 1 } });
const body = (text: string): Paragraph => new Paragraph({ children: [new TextRun(text)], indent: { firstLine: 480 } });

/** The report as a .docx file (bytes). */
export async function buildWordReport(): Promise<Buffer> {
  const doc = new Document({
    creator: 'govreport samples',
    title: TITLE,
    numbering: {
      config: [{
        reference: NUMBERING,
        levels: [
          { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.LEFT },
          { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', alignment: AlignmentType.LEFT },
        ],
      }],
    },
    styles: { default: { document: { run: { font: { eastAsia: '宋体', ascii: 'Times New Roman' }, size: 21 } } } },
    sections: [{
      children: [
        new Paragraph({ text: TITLE, heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER }),
        body(PREAMBLE),
        part('总体情况'),
        ...PART1_ITEMS.flatMap(([h, t]) => [item(h), body(t)]),
        part('主动公开政府信息情况'),
        table2(),
        part('收到和处理政府信息公开申请情况'),
        table3(),
        part('政府信息公开行政复议、行政诉讼情况'),
        table4(),
        part('存在的主要问题及改进情况'),
        body(PART5),
        part('其他需要报告的事项'),
        body(PART6),
        ...SIGNATURE.map((s) => new Paragraph({ text: s, alignment: AlignmentType.RIGHT })),
      ],
    }],
  });
  return Packer.toBuffer(doc);
}
