import { toChineseNumber } from '../text/numerals';

/**
 * The statistical tables of the 2019 and 2021 formats (format spec §3, §4, §5) as data: blocks,
 * rows and columns with their canonical labels, keys, cell kinds and label variants, the group
 * rows and header tree (for snippets of the empty tables), and the arithmetic relations (勾稽关系)
 * expanded to concrete cells. The table reader, the table rules, hovers, completions and snippets
 * all read these facts from here.
 */

/** The three tables, named by the part that holds them. */
export type TableId = '二' | '三' | '四';
/** The template a table follows (2019 试行 or 2021). */
export type TableEra = '2019' | '2021';

/** count: integer ≥ 0; signed: integer (本年增/减); amount: decimal ≥ 0 (万元, 采购总金额). */
export type CellKind = 'count' | 'signed' | 'amount';

/** Units a count is sometimes written with in its cell ("4852件", "3个"): the header names them, the value is the number. */
export const CELL_COUNT_UNITS: readonly string[] = ['人次', '件', '个', '条', '项', '次', '宗', '起', '份', '家'];

/** The units by their last character, longest first: a cell's last character finds its candidates without trying every unit. */
const COUNT_UNITS_BY_LAST = (() => {
  const out = new Map<number, string[]>();
  for (const unit of [...CELL_COUNT_UNITS].sort((a, b) => b.length - a.length)) {
    const last = unit.charCodeAt(unit.length - 1);
    out.set(last, [...(out.get(last) ?? []), unit]);
  }
  return out;
})();

/** The count unit the text ends with ("4852件" → 件), if any. Runs on every table cell, hence the lookup by last character. */
export function countUnitAtEnd(text: string): string | undefined {
  const candidates = COUNT_UNITS_BY_LAST.get(text.charCodeAt(text.length - 1));
  return candidates?.find((u) => text.endsWith(u));
}

export interface ColumnSpec {
  readonly key: string;
  /** Canonical label as the official table prints it. */
  readonly label: string;
  /** The label without a bracketed explanation or unit, for matching ("本年收费金额"). */
  readonly short?: string;
  /** Other spellings seen in real reports. */
  readonly variants?: readonly string[];
  readonly kind: CellKind;
  /** A 总计 column (the sum of the others in its row). */
  readonly total?: boolean;
  /** Header cells above this column, outermost first (申请人情况 › 法人或其他组织). */
  readonly groups?: readonly string[];
}

export interface RowSpec {
  readonly key: string;
  /** Canonical label (the exact label of the template). */
  readonly label: string;
  /** The label without its bracketed explanation, for matching. */
  readonly short?: string;
  readonly variants?: readonly string[];
  /** 0: 一、…; 1: （一）…; 2: 1.… */
  readonly level: number;
  /** A 总计 row (the sum of the rows above it). */
  readonly total?: boolean;
  /** Group rows above this row, outermost first (三、本年度办理结果 › （三）不予公开). */
  readonly groups?: readonly string[];
}

/** A label row without cells of its own, spanning the rows listed (for snippets and matching). */
export interface GroupRowSpec {
  readonly label: string;
  readonly level: number;
  /** Keys of the data rows it spans. */
  readonly rows: readonly string[];
}

export interface BlockSpec {
  readonly key: string;
  /** The heading row of the block in table 二 (第二十条第（一）项). */
  readonly heading?: string;
  /** The label of the first header cell (信息内容 in table 二). */
  readonly corner?: string;
  readonly rows: readonly RowSpec[];
  readonly groups: readonly GroupRowSpec[];
  readonly columns: readonly ColumnSpec[];
}

export interface CellRef {
  readonly row: string;
  readonly column: string;
}

export type RelationId = 'R3-1' | 'R3-2' | 'R3-3' | 'R4-1' | 'R4-2' | 'R4-3' | 'S2-1';

/**
 * sum(lhs) = sum(rhs) (kind eq) or sum(lhs) ≤ sum(rhs) (kind le). lhs[0] is the cell the relation
 * is reported at (its total).
 */
export interface Relation {
  readonly id: RelationId;
  readonly kind: 'eq' | 'le';
  /** eq relations are official or implied by the 总计 cells (errors); le relations are soft checks (warnings). */
  readonly soft: boolean;
  readonly lhs: readonly CellRef[];
  readonly rhs: readonly CellRef[];
  /** The row or column the relation runs along, for messages. */
  readonly along: CellRef;
}

export interface TableTemplate {
  readonly table: TableId;
  readonly era: TableEra;
  /** The table's title (the standard title of its part). */
  readonly title: string;
  /** The note in the top-left header cell, if any. */
  readonly note?: string;
  readonly blocks: readonly BlockSpec[];
  /** Top header cells over several columns, with the keys of the columns they span (for snippets). */
  readonly header: readonly { readonly label: string; readonly columns: readonly string[]; readonly level: number }[];
  readonly relations: readonly Relation[];
  /**
   * How the cells lie in the document when the table is one flat row (table 四: 15 numbers in
   * the order 行政复议 ×5, 未经复议直接起诉 ×5, 复议后起诉 ×5).
   */
  readonly flat?: readonly CellRef[];
}

// ---------------------------------------------------------------------------------------------
// Table 二 (§3.1, §4.1)

const count = (key: string, label: string, extra: Partial<ColumnSpec> = {}): ColumnSpec => ({ key, label, kind: 'count', ...extra });
const row = (key: string, label: string, level: number, extra: Partial<RowSpec> = {}): RowSpec => ({ key, label, level, ...extra });

const PREV_ITEMS = count('prev-items', '上一年项目数量', { variants: ['上一年项目数'] });
const CHANGE: ColumnSpec = { key: 'change', label: '本年增/减', kind: 'signed', variants: ['本年增减', '本年增加/减少'] };
const DECISIONS_2019 = count('decisions', '处理决定数量', { variants: ['处理决定数'] });
const DECISIONS_2021 = count('decisions', '本年处理决定数量', { variants: ['本年处理决定数'] });

/** §5.3 soft checks of block （一）: lhs ≤ sum(rhs) on each row. */
function soft2(lhs: string, rhs: readonly string[]): Relation[] {
  return ['rules', 'normative'].map((r): Relation => ({
    id: 'S2-1', kind: 'le', soft: true,
    lhs: [{ row: r, column: lhs }], rhs: rhs.map((c) => ({ row: r, column: c })), along: { row: r, column: '' },
  }));
}

function block2(n: string, rows: RowSpec[], columns: ColumnSpec[]): BlockSpec {
  return { key: `20-${n}`, heading: `第二十条第（${n}）项`, corner: '信息内容', rows, groups: [], columns };
}

function block2n(n: number, rows: RowSpec[], columns: ColumnSpec[]): BlockSpec {
  const b = block2(toChineseNumber(n), rows, columns);
  return { ...b, key: `20-${n}` };
}

const TABLE2_2019: TableTemplate = {
  table: '二', era: '2019', title: '主动公开政府信息情况', header: [],
  blocks: [
    block2n(1, [row('rules', '规章', 0), row('normative', '规范性文件', 0)], [
      count('made', '本年新制作数量', { variants: ['本年制作数量'] }),
      count('published', '本年新公开数量', { variants: ['本年公开数量'] }),
      count('public-total', '对外公开总数量', { variants: ['对外公开总数'] }),
    ]),
    block2n(5, [row('license', '行政许可', 0), row('other-services', '其他对外管理服务事项', 0)], [PREV_ITEMS, CHANGE, DECISIONS_2019]),
    block2n(6, [row('penalty', '行政处罚', 0), row('coercion', '行政强制', 0)], [PREV_ITEMS, CHANGE, DECISIONS_2019]),
    block2n(8, [row('fees', '行政事业性收费', 0)], [PREV_ITEMS, CHANGE]),
    block2n(9, [row('procurement', '政府集中采购', 0)], [
      count('procurement-items', '采购项目数量', { variants: ['采购项目数'] }),
      { key: 'procurement-amount', label: '采购总金额', kind: 'amount' },
    ]),
  ],
  relations: soft2('published', ['public-total']),
};

const TABLE2_2021: TableTemplate = {
  table: '二', era: '2021', title: '主动公开政府信息情况', header: [],
  blocks: [
    block2n(1, [row('rules', '规章', 0), row('normative', '行政规范性文件', 0)], [
      count('issued', '本年制发件数', { variants: ['本年制发数量'] }),
      count('repealed', '本年废止件数', { variants: ['本年废止数量'] }),
      count('in-force', '现行有效件数', { variants: ['现行有效件', '现行有效数量'] }),
    ]),
    block2n(5, [row('license', '行政许可', 0)], [DECISIONS_2021]),
    block2n(6, [row('penalty', '行政处罚', 0), row('coercion', '行政强制', 0)], [DECISIONS_2021]),
    block2n(8, [row('fees', '行政事业性收费', 0)], [
      { key: 'fee-amount', label: '本年收费金额（单位：万元）', short: '本年收费金额', kind: 'amount' },
    ]),
  ],
  relations: soft2('issued', ['in-force', 'repealed']),
};

// ---------------------------------------------------------------------------------------------
// Table 三 (§3.2, §4.2)

const APPLICANTS = ['申请人情况'];
const ORGS = ['申请人情况', '法人或其他组织'];
const COLUMNS_3: readonly ColumnSpec[] = [
  count('natural', '自然人', { groups: APPLICANTS }),
  count('business', '商业企业', { groups: ORGS }),
  count('research', '科研机构', { groups: ORGS }),
  count('public-interest', '社会公益组织', { groups: ORGS }),
  count('legal', '法律服务机构', { groups: ORGS }),
  count('other', '其他', { groups: ORGS }),
  count('total', '总计', { groups: APPLICANTS, total: true }),
];

const RESULTS = '三、本年度办理结果';
const DENY = '（三）不予公开';
const UNABLE = '（四）无法提供';
const REJECT = '（五）不予处理';
const OTHER = '（六）其他处理';

const ROWS_3_HEAD: readonly RowSpec[] = [
  row('new', '一、本年新收政府信息公开申请数量', 0),
  row('carried', '二、上年结转政府信息公开申请数量', 0),
  row('open', '（一）予以公开', 1, { groups: [RESULTS] }),
  row('partial', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', 1, { short: '（二）部分公开', groups: [RESULTS] }),
  row('deny-1', '1.属于国家秘密', 2, { groups: [RESULTS, DENY] }),
  row('deny-2', '2.其他法律行政法规禁止公开', 2, { groups: [RESULTS, DENY] }),
  row('deny-3', '3.危及“三安全一稳定”', 2, { groups: [RESULTS, DENY] }),
  row('deny-4', '4.保护第三方合法权益', 2, { groups: [RESULTS, DENY] }),
  row('deny-5', '5.属于三类内部事务信息', 2, { groups: [RESULTS, DENY] }),
  row('deny-6', '6.属于四类过程性信息', 2, { groups: [RESULTS, DENY] }),
  row('deny-7', '7.属于行政执法案卷', 2, { groups: [RESULTS, DENY] }),
  row('deny-8', '8.属于行政查询事项', 2, { groups: [RESULTS, DENY] }),
  row('unable-1', '1.本机关不掌握相关政府信息', 2, { groups: [RESULTS, UNABLE] }),
  row('unable-2', '2.没有现成信息需要另行制作', 2, { groups: [RESULTS, UNABLE] }),
  row('unable-3', '3.补正后申请内容仍不明确', 2, { groups: [RESULTS, UNABLE] }),
  row('reject-1', '1.信访举报投诉类申请', 2, { groups: [RESULTS, REJECT] }),
  row('reject-2', '2.重复申请', 2, { groups: [RESULTS, REJECT] }),
  row('reject-3', '3.要求提供公开出版物', 2, { groups: [RESULTS, REJECT] }),
  row('reject-4', '4.无正当理由大量反复申请', 2, { groups: [RESULTS, REJECT] }),
  row('reject-5', '5.要求行政机关确认或重新出具已获取信息', 2, { groups: [RESULTS, REJECT] }),
];
const ROWS_3_OTHER_2019: readonly RowSpec[] = [row('other', OTHER, 1, { groups: [RESULTS] })];
const ROWS_3_OTHER_2021: readonly RowSpec[] = [
  row('other-1', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', 2, {
    groups: [RESULTS, OTHER], variants: ['1.申请人无正当理由逾期不补正，行政机关不再处理其政府信息公开申请'],
  }),
  row('other-2', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', 2, {
    groups: [RESULTS, OTHER], variants: ['2.申请人逾期未按收费通知要求缴纳费用，行政机关不再处理其政府信息公开申请'],
  }),
  row('other-3', '3.其他', 2, { groups: [RESULTS, OTHER] }),
];
const ROWS_3_TAIL: readonly RowSpec[] = [
  row('total', '（七）总计', 1, { total: true, groups: [RESULTS] }),
  row('carry-over', '四、结转下年度继续办理', 0),
];

const RESULT_KEYS = (rows: readonly RowSpec[]): string[] => rows.filter((r) => r.groups?.[0] === RESULTS && !r.total).map((r) => r.key);

function groups3(rows: readonly RowSpec[]): GroupRowSpec[] {
  const of = (label: string): string[] => rows.filter((r) => r.groups?.includes(label)).map((r) => r.key);
  const out: GroupRowSpec[] = [{ label: RESULTS, level: 0, rows: of(RESULTS) }];
  for (const g of [DENY, UNABLE, REJECT, OTHER]) {
    const keys = of(g);
    if (keys.length > 0) out.push({ label: g, level: 1, rows: keys });
  }
  return out;
}

function relations3(rows: readonly RowSpec[]): Relation[] {
  const out: Relation[] = [];
  const dataCols = COLUMNS_3.filter((c) => !c.total).map((c) => c.key);
  for (const c of COLUMNS_3) {
    out.push({
      id: 'R3-1', kind: 'eq', soft: false,
      lhs: [{ row: 'total', column: c.key }, { row: 'carry-over', column: c.key }],
      rhs: [{ row: 'new', column: c.key }, { row: 'carried', column: c.key }],
      along: { row: '', column: c.key },
    });
  }
  for (const c of COLUMNS_3) {
    out.push({
      id: 'R3-2', kind: 'eq', soft: false,
      lhs: [{ row: 'total', column: c.key }],
      rhs: RESULT_KEYS(rows).map((r) => ({ row: r, column: c.key })),
      along: { row: '', column: c.key },
    });
  }
  for (const r of rows) {
    out.push({
      id: 'R3-3', kind: 'eq', soft: false,
      lhs: [{ row: r.key, column: 'total' }],
      rhs: dataCols.map((c) => ({ row: r.key, column: c })),
      along: { row: r.key, column: '' },
    });
  }
  return out;
}

function table3(era: TableEra): TableTemplate {
  const rows = [...ROWS_3_HEAD, ...(era === '2019' ? ROWS_3_OTHER_2019 : ROWS_3_OTHER_2021), ...ROWS_3_TAIL];
  return {
    table: '三', era, title: '收到和处理政府信息公开申请情况',
    note: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
    blocks: [{ key: 'main', rows, groups: groups3(rows), columns: COLUMNS_3 }],
    header: [
      { label: '申请人情况', columns: COLUMNS_3.map((c) => c.key), level: 0 },
      { label: '法人或其他组织', columns: ['business', 'research', 'public-interest', 'legal', 'other'], level: 1 },
    ],
    relations: relations3(rows),
  };
}

// ---------------------------------------------------------------------------------------------
// Table 四 (§3.3, §4.3): logically 3 rows × 5 columns, printed as one row of 15 numbers.

const COLUMNS_4: readonly ColumnSpec[] = [
  count('upheld', '结果维持'),
  count('corrected', '结果纠正'),
  count('other', '其他结果'),
  count('pending', '尚未审结'),
  count('total', '总计', { total: true }),
];
/** The rows of table 四, each with the relation that adds it up (R4-1 … R4-3). */
const ROWS_4_SUMMED: readonly { readonly spec: RowSpec; readonly relation: RelationId }[] = [
  { spec: row('review', '行政复议', 0), relation: 'R4-1' },
  { spec: row('suit-direct', '未经复议直接起诉', 1, { groups: ['行政诉讼'] }), relation: 'R4-2' },
  { spec: row('suit-after', '复议后起诉', 1, { groups: ['行政诉讼'] }), relation: 'R4-3' },
];
const ROWS_4: readonly RowSpec[] = ROWS_4_SUMMED.map((r) => r.spec);

function table4(era: TableEra): TableTemplate {
  return {
    table: '四', era, title: '政府信息公开行政复议、行政诉讼情况',
    blocks: [{ key: 'main', rows: ROWS_4, groups: [{ label: '行政诉讼', level: 0, rows: ['suit-direct', 'suit-after'] }], columns: COLUMNS_4 }],
    header: [
      { label: '行政复议', columns: ['review'], level: 0 },
      { label: '行政诉讼', columns: ['suit-direct', 'suit-after'], level: 0 },
    ],
    relations: ROWS_4_SUMMED.map(({ spec: r, relation }): Relation => ({
      id: relation, kind: 'eq', soft: false,
      lhs: [{ row: r.key, column: 'total' }],
      rhs: COLUMNS_4.filter((c) => !c.total).map((c) => ({ row: r.key, column: c.key })),
      along: { row: r.key, column: '' },
    })),
    flat: ROWS_4.flatMap((r) => COLUMNS_4.map((c) => ({ row: r.key, column: c.key }))),
  };
}

// ---------------------------------------------------------------------------------------------

export const TABLE_TEMPLATES: Readonly<Record<TableEra, Readonly<Record<TableId, TableTemplate>>>> = {
  '2019': { 二: TABLE2_2019, 三: table3('2019'), 四: table4('2019') },
  '2021': { 二: TABLE2_2021, 三: table3('2021'), 四: table4('2021') },
};

export function tableTemplate(table: TableId, era: TableEra): TableTemplate {
  return TABLE_TEMPLATES[era][table];
}

/** The part number (2, 3, 4) that holds a table, and back. */
export const TABLE_OF_SECTION: Readonly<Record<number, TableId>> = { 2: '二', 3: '三', 4: '四' };

const ROWS_OF_TEMPLATE = new WeakMap<TableTemplate, readonly RowSpec[]>();

/** All data rows of a template, in order (made once per template: the table engine asks for them per table read). */
export function templateRows(t: TableTemplate): readonly RowSpec[] {
  let rows = ROWS_OF_TEMPLATE.get(t);
  if (!rows) {
    rows = t.blocks.flatMap((b) => b.rows);
    ROWS_OF_TEMPLATE.set(t, rows);
  }
  return rows;
}

/** The block holding a row. */
export function blockOfRow(t: TableTemplate, rowKey: string): BlockSpec | undefined {
  return t.blocks.find((b) => b.rows.some((r) => r.key === rowKey));
}

export function rowSpec(t: TableTemplate, rowKey: string): RowSpec | undefined {
  for (const b of t.blocks) for (const r of b.rows) if (r.key === rowKey) return r;
  return undefined;
}

export function columnSpec(t: TableTemplate, rowKey: string, columnKey: string): ColumnSpec | undefined {
  return blockOfRow(t, rowKey)?.columns.find((c) => c.key === columnKey);
}
