import type { BlockSpec, CellRef, ColumnSpec, RowSpec, TableTemplate } from '../core/format/tables';

/**
 * The official printed form of a statistical table, derived from its template (core/format/tables.ts:
 * no label is written here): merged header cells over the columns they group (申请人情况 ›
 * 法人或其他组织 › 商业企业), group labels down the rows they group (三、本年度办理结果 › （三）不予公开),
 * table 二's blocks one under another under their headings, and table 四 as its one printed row of
 * 15 numbers under 行政复议 / 行政诉讼 › 未经复议直接起诉 … The table view renders it as an HTML table.
 */
export type FormSlot =
  | { readonly kind: 'label'; readonly text: string; readonly colspan: number; readonly rowspan: number }
  | { readonly kind: 'value'; readonly ref: CellRef; readonly colspan: number };

export interface FormLine {
  readonly kind: 'heading' | 'header' | 'data';
  readonly slots: readonly FormSlot[];
}

/** A run of neighbouring leaves sharing the path up to `level`: one merged cell. */
interface Span { readonly level: number; readonly start: number; readonly count: number; readonly text: string; readonly last: boolean }

/** The merged cells of a tree given by its leaves' paths (outermost label first), level by level. */
export function spans(paths: readonly (readonly string[])[]): Span[] {
  const out: Span[] = [];
  const depth = Math.max(0, ...paths.map((p) => p.length));
  const prefix = (p: readonly string[], level: number) => p.slice(0, level + 1).join('\u0000');
  for (let level = 0; level < depth; level++) {
    for (let i = 0; i < paths.length;) {
      const path = paths[i] ?? [];
      const text = path[level];
      if (text === undefined) { i++; continue; }
      let j = i + 1;
      while (j < paths.length && (paths[j] ?? []).length > level && prefix(paths[j] ?? [], level) === prefix(path, level)) j++;
      out.push({ level, start: i, count: j - i, text, last: level === path.length - 1 });
      i = j;
    }
  }
  return out;
}

const columnPath = (c: ColumnSpec): string[] => [...(c.groups ?? []), c.label];
const rowPath = (r: RowSpec): string[] => [...(r.groups ?? []), r.label];

/** Header lines over leaves (top-down), with a leading corner cell when `corner` is given; the last leaf widened by `extra` columns. */
function headerLines(paths: readonly (readonly string[])[], extra: number, corner?: { text: string; colspan: number }): FormLine[] {
  const depth = Math.max(1, ...paths.map((p) => p.length));
  const all = spans(paths);
  const lines: FormLine[] = [];
  for (let level = 0; level < depth; level++) {
    const slots: FormSlot[] = [];
    if (level === 0 && corner) slots.push({ kind: 'label', text: corner.text, colspan: corner.colspan, rowspan: depth });
    for (const s of all.filter((x) => x.level === level)) {
      const widen = s.start + s.count === paths.length ? extra : 0;
      slots.push({ kind: 'label', text: s.text, colspan: s.count + widen, rowspan: s.last ? depth - level : 1 });
    }
    lines.push({ kind: 'header', slots });
  }
  return lines;
}

function blockLines(block: BlockSpec, width: number, labelDepth: number, note: string | undefined): FormLine[] {
  const lines: FormLine[] = [];
  const extra = width - labelDepth - block.columns.length;
  lines.push(...headerLines(block.columns.map(columnPath), extra, { text: block.corner ?? note ?? '', colspan: labelDepth }));
  const labels = spans(block.rows.map(rowPath));
  block.rows.forEach((row, i) => {
    const slots: FormSlot[] = labels
      .filter((s) => s.start === i)
      .map((s) => ({ kind: 'label', text: s.text, colspan: s.last ? labelDepth - s.level : 1, rowspan: s.count }));
    block.columns.forEach((c, k) => slots.push({ kind: 'value', ref: { row: row.key, column: c.key }, colspan: k === block.columns.length - 1 ? 1 + extra : 1 }));
    lines.push({ kind: 'data', slots });
  });
  return lines;
}

/** The printed form of a template. */
export function officialForm(template: TableTemplate): FormLine[] {
  const flat = template.flat;
  if (flat) {
    // Table 四: one row of numbers under a three-level header (行政诉讼 › 复议后起诉 › 总计).
    const paths = flat.map((ref) => {
      const block = template.blocks.find((b) => b.rows.some((r) => r.key === ref.row));
      const row = block?.rows.find((r) => r.key === ref.row);
      const column = block?.columns.find((c) => c.key === ref.column);
      return row && column ? [...rowPath(row), column.label] : [ref.row, ref.column];
    });
    return [...headerLines(paths, 0), { kind: 'data', slots: flat.map((ref) => ({ kind: 'value', ref, colspan: 1 })) }];
  }
  const labelDepth = Math.max(1, ...template.blocks.flatMap((b) => b.rows.map((r) => rowPath(r).length)));
  const width = labelDepth + Math.max(...template.blocks.map((b) => b.columns.length));
  const lines: FormLine[] = [];
  for (const block of template.blocks) {
    if (template.blocks.length > 1 && block.heading) lines.push({ kind: 'heading', slots: [{ kind: 'label', text: block.heading, colspan: width, rowspan: 1 }] });
    lines.push(...blockLines(block, width, labelDepth, template.note));
  }
  return lines;
}
