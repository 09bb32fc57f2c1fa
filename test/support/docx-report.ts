import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

/**
 * Builds a real .docx (with the `docx` library, as Word would store it) from a report written in
 * this repository's plain/Markdown form: the title as a Title paragraph, part headings "一、…" as
 * Heading 1 with Word's automatic numbering (the "一、" is NOT in the text: Word renders it from
 * numbering.xml), Markdown tables as Word tables whose `<` / `^` places become real merged cells
 * (columnSpan / rowSpan), every other line a body paragraph.
 */

const PART = /^(?:#+\s*)?([一二三四五六七八九十]+)、\s*(\S.*)$/;

function parseRow(line: string): string[] {
  return line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());
}

/** Markdown rows with `<` / `^` → Word rows with column and row spans. */
function wordTable(lines: readonly string[]): Table {
  const grid = lines.filter((l) => !/^\|?\s*:?-{2,}/.test(l.trim())).map(parseRow);
  const rows = grid.map((row, r) => {
    const cells: TableCell[] = [];
    row.forEach((text, c) => {
      if (text === '<' || text === '^') return;
      let columnSpan = 1;
      while (row[c + columnSpan] === '<') columnSpan++;
      let rowSpan = 1;
      while (grid[r + rowSpan]?.[c] === '^') rowSpan++;
      cells.push(new TableCell({
        children: [new Paragraph(text)],
        ...(columnSpan > 1 ? { columnSpan } : {}),
        ...(rowSpan > 1 ? { rowSpan } : {}),
      }));
    });
    return new TableRow({ children: cells });
  });
  return new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } });
}

export interface DocxOptions {
  /** Part headings as Heading 1 with automatic numbering (default) or with the number typed in the text. */
  readonly numbering?: 'automatic' | 'typed';
}

export async function reportDocx(report: string, options: DocxOptions = {}): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [];
  const lines = report.split('\n');
  let first = true;
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (line === '') continue;
    if (line.startsWith('|')) {
      const table: string[] = [];
      while (i < lines.length && (lines[i] ?? '').trim().startsWith('|')) table.push((lines[i++] ?? '').trim());
      i--;
      children.push(wordTable(table));
      continue;
    }
    const text = line.replace(/^\[title\]\s*/, '').replace(/^#\s+/, '');
    if (first) {
      first = false;
      children.push(new Paragraph({ text, heading: HeadingLevel.TITLE }));
      continue;
    }
    const part = PART.exec(line);
    if (part?.[2] !== undefined) {
      children.push(options.numbering === 'typed'
        ? new Paragraph({ text: `${part[1] ?? ''}、${part[2]}`, heading: HeadingLevel.HEADING_1 })
        : new Paragraph({ children: [new TextRun(part[2])], heading: HeadingLevel.HEADING_1, numbering: { reference: 'parts', level: 0 } }));
      continue;
    }
    children.push(new Paragraph(line));
  }
  const doc = new Document({
    numbering: {
      config: [{
        reference: 'parts',
        levels: [
          { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.LEFT },
          { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', alignment: AlignmentType.LEFT },
        ],
      }],
    },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
