import { TABLE_OF_SECTION, tableTemplate as templateOf } from './tables';
import type { BlockSpec, TableEra } from './tables';

/**
 * The standard table of part 二/三/四 of an era as a Markdown table with every number 0 (the rows
 * and columns come from core/format/tables.ts). Table 二 puts its blocks (第二十条第（…）项) one under
 * another; group labels (三、本年度办理结果, （三）不予公开, 行政诉讼) get rows of their own.
 */
export function markdownTable(era: TableEra, section: number): string | undefined {
  const id = TABLE_OF_SECTION[section];
  if (!id) return undefined;
  const template = templateOf(id, era);
  const width = 1 + Math.max(...template.blocks.map((b) => b.columns.length));
  const row = (cells: readonly string[]) => `| ${[...cells, ...Array<string>(Math.max(0, width - cells.length)).fill('')].join(' | ')} |`.replace(/ {2}\|/g, ' |');
  const lines: string[] = [];
  const separator = () => lines.push(`|${'---|'.repeat(width)}`);
  const multi = template.blocks.length > 1;
  template.blocks.forEach((block, i) => {
    if (multi && block.heading) {
      lines.push(row([block.heading]));
      if (i === 0) separator();
      lines.push(row([block.corner ?? '', ...block.columns.map((c) => c.label)]));
    } else {
      lines.push(row([block.corner ?? template.note ?? '', ...block.columns.map((c) => c.label)]));
      if (i === 0) separator();
    }
    lines.push(...dataRows(block, row));
  });
  return lines.join('\n');
}

function dataRows(block: BlockSpec, row: (cells: readonly string[]) => string): string[] {
  const out: string[] = [];
  const opened = new Set<string>();
  for (const r of block.rows) {
    for (const g of r.groups ?? []) {
      if (opened.has(g)) continue;
      opened.add(g);
      out.push(row([g]));
    }
    out.push(row([r.label, ...block.columns.map(() => '0')]));
  }
  return out;
}
