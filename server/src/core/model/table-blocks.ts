import type { Line } from '../text/line-index';
import { normalizeLabel } from '../text/normalize';
import { TABLE_TEMPLATES } from '../format/tables';
import type { TableBlock } from './types';
import type { PresetTable } from '../text/grid';
import { withoutFiller } from '../text/filler';
import { isGridRule, lineLayout, NUMBER_TOKEN } from './table-layouts';
import type { TextLayoutName } from './table-layouts';

/**
 * Finds the blocks of a report that are tables, however they were pasted: every line is put to
 * the layouts of `table-layouts.ts` (Markdown pipes, scraped rows and cells ending in " |",
 * tab-separated rows, blank-cell lines, PDF text of labels and numbers), HTML <table> elements and
 * preset grids are blocks of their own, and a form published unfilled (lines that are only the
 * template's labels) is a block too. The blocks keep numbered table rows ("四、结转下年度继续办理")
 * from being taken for headings, and tell which parts have their table.
 */

/** Markdown's bold mark before a line's text. */
const BOLD_MARK = /^(?:\*\*|__)\s*/;

/** A short line of label text ("第二十条第（一）项", "（三）不予公开", "申请人情况") may sit between rows of one table. */
function isLabelLine(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > 60 || /[。！？；;]/.test(t)) return false;
  // A part heading ends the table, bold too ("**三、收到和处理…**"); the numbered group row "三、本年度办理结果" belongs to it.
  const heading = /^(#|第[一二三四五六七八九十]+部分|[一二三四五六七八九十]{1,3}\s*[、.．])/.test(t.replace(BOLD_MARK, ''));
  return !heading || /^[一二三四五六七八九十]{1,3}\s*[、.．]\s*(本年新收|上年结转|本年度办理结果|结转下年度)/.test(t);
}

const MAX_LABEL_GAP = 4;

/** Every label of the table templates (rows, columns, groups, block headings, notes), normalised, with and without numbering. */
const TEMPLATE_LABELS: ReadonlySet<string> = (() => {
  const out = new Set<string>();
  const add = (label: string | undefined): void => {
    if (label === undefined) return;
    const n = normalizeLabel(label);
    out.add(n);
    const bare = n.replace(/^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|\d{1,2}\.)/, '');
    if (bare.length >= 2) out.add(bare);
  };
  for (const era of Object.values(TABLE_TEMPLATES)) {
    for (const t of Object.values(era)) {
      add(t.note);
      for (const h of t.header) add(h.label);
      for (const b of t.blocks) {
        add(b.heading); add(b.corner);
        for (const g of b.groups) add(g.label);
        for (const r of b.rows) { add(r.label); add(r.short); for (const v of r.variants ?? []) add(v); }
        for (const c of b.columns) { add(c.label); add(c.short); for (const v of c.variants ?? []) add(v); for (const g of c.groups ?? []) add(g); }
      }
    }
  }
  return out;
})();

/** A line that is exactly a label of the table templates ("1.属于国家秘密", "信息内容", "第二十条第(一)项"). */
function isTemplateLabel(text: string): boolean {
  const t = text.trim();
  return t.length >= 2 && t.length <= 60 && TEMPLATE_LABELS.has(normalizeLabel(t));
}

/** The first non-empty cell of a row with separators (pipes, tabs), or the line itself. */
function firstCellText(text: string): string {
  for (const cell of text.split(/[|\t]/)) if (cell.trim() !== '') return cell;
  return text;
}

/** Lines (or rows starting with a label) of template labels that make a table even without a number: a form published unfilled. */
const MIN_LABEL_ROWS = 6;

/** Table blocks in the given lines, in document order. Linear in the text length. */
export function findTableBlocks(lines: readonly Line[], presets: readonly PresetTable[] = []): TableBlock[] {
  const blocks: TableBlock[] = [];
  // A preset grid (a Word table's rendering) with a number in it is one block, whatever its lines
  // look like (a row longer than a pasted row can be): it joins the HTML tables, skipped line by line.
  const structured = presets.filter((p) => p.layout === 'html' || p.rows.some((r) => r.cells.some((c) => NUMBER_TOKEN.test(c.text))));
  // HTML tables arrive as presets from the HTML view (text/html/, design D2): markup is never read here.
  const html = structured.map((p) => p.range).sort((a, b) => a.start - b.start);
  let run: { start: number; end: number; numbers: number; rows: number; labels: number; kind: TextLayoutName | 'labels' } | undefined;
  /** Label lines seen after the run's last row: they join the run only if another row follows. */
  let pendingLabels = 0;
  const close = (): void => {
    if (run && (run.numbers >= 3 || (run.numbers >= 1 && run.rows >= 2 && run.kind !== 'words') || run.labels >= MIN_LABEL_ROWS)) {
      blocks.push({ range: { start: run.start, end: run.end }, layout: run.kind });
    }
    run = undefined;
    pendingLabels = 0;
  };
  let h = 0;
  for (const line of lines) {
    let region = html[h];
    while (region && region.end <= line.start) region = html[++h];
    if (region && region.start < line.end) { close(); continue; }
    // A blanked tag or annotation (text/filler.ts) separates nothing: "2024年1月22日" in Word's spans is a date, not a row of numbers.
    const lineText = withoutFiller(line.text);
    const found = lineLayout(lineText);
    if (!found) {
      if (line.text.trim() === '' && run) continue;
      // A grid table's rule line ("+----+----+") goes on with the table right above it; after text
      // (a heading between two grid tables) it starts another.
      if (isGridRule(lineText)) {
        if (pendingLabels > 0) close();
        continue;
      }
      if (isTemplateLabel(lineText)) {
        run ??= { start: line.start, end: line.end, numbers: 0, rows: 0, labels: 0, kind: 'labels' };
        run.end = line.end;
        run.labels++;
        pendingLabels = 0;
        continue;
      }
      if (run && isLabelLine(line.text) && pendingLabels < MAX_LABEL_GAP) { pendingLabels++; continue; }
      close();
      continue;
    }
    const kind = found.layout.name;
    run ??= { start: line.start, end: line.end, numbers: 0, rows: 0, labels: 0, kind };
    run.end = line.end;
    run.numbers += found.numbers;
    run.rows++;
    if (found.numbers === 0 && isTemplateLabel(firstCellText(lineText))) run.labels++;
    pendingLabels = 0;
    if (kind !== 'words' && kind !== 'blank') run.kind = kind;
    else if (run.kind === 'labels') run.kind = kind;
  }
  close();
  // A preset is a block of its own layout: an HTML table's, or the Markdown rendering of a Word/PDF table.
  for (const r of html) {
    const preset = structured.find((p) => p.range === r);
    blocks.push({ range: r, layout: preset === undefined || preset.layout === 'html' ? 'html' : 'markdown' });
  }
  return blocks.sort((a, b) => a.range.start - b.range.start);
}

/** Whether `offset` lies inside one of the blocks (sorted by start). */
export function insideBlock(blocks: readonly TableBlock[], offset: number): boolean {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = blocks[mid]?.range;
    if (r === undefined) return false;
    if (offset < r.start) hi = mid - 1;
    else if (offset >= r.end) lo = mid + 1;
    else return true;
  }
  return false;
}
