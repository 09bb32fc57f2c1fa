import type { XmlHandler } from './xml';
import { attribute, isOn, parseXml } from './xml';

/**
 * word/document.xml → the body as Word shows it: paragraphs (style, list numbering, outline level)
 * and tables as rows of cells with their grid spans and vertical merges. What the reader leaves
 * out on purpose: text boxes, shapes and pictures (w:drawing, w:pict, w:object), field codes
 * (w:instrText: the field's shown result is kept), deleted and moved-away text of tracked changes
 * (w:del, w:moveFrom: inserted text is kept, as Word shows the document), hidden text (w:vanish),
 * the previous properties of tracked formatting changes, and mc:Fallback copies. Headers, footers,
 * footnotes and comments live in other parts of the package and are never read.
 */

export interface DocxParagraph {
  readonly kind: 'paragraph';
  readonly text: string;
  readonly styleId?: string;
  /** Direct list numbering (w:numPr); numId "0" switches off a style's numbering. */
  readonly numbering?: { readonly numId: string; readonly level?: number };
  /** w:outlineLvl, 0-based (0 = a level-1 heading). */
  readonly outlineLevel?: number;
  /** The paragraph mark is a tracked deletion: Word shows the paragraph joined with the next. */
  readonly markDeleted: boolean;
}

export interface DocxCell {
  /** The cell's paragraphs as shown (nested tables flattened into paragraphs). */
  readonly paragraphs: readonly DocxParagraph[];
  /** Grid columns the cell spans (w:gridSpan). */
  readonly gridSpan: number;
  /** w:vMerge: restart begins a vertically merged cell, continue is covered by the one above. */
  readonly vMerge?: 'restart' | 'continue';
  /** Legacy horizontal merge (w:hMerge): continue is covered by the cell to the left. */
  readonly hMerge?: 'restart' | 'continue';
}

export interface DocxRow {
  readonly cells: readonly DocxCell[];
  /** Grid columns left empty before the first cell (w:gridBefore). */
  readonly gridBefore: number;
}

export interface DocxTable {
  readonly kind: 'table';
  readonly rows: readonly DocxRow[];
}

export type DocxBlock = DocxParagraph | DocxTable;

/** Elements whose content is never shown as body text. */
const SKIPPED = new Set([
  'drawing', 'pict', 'object', 'txbxContent', 'Fallback', 'instrText', 'delText', 'del', 'moveFrom',
  'pPrChange', 'rPrChange', 'tcPrChange', 'trPrChange', 'tblPrChange', 'sectPrChange', 'tblGridChange', 'numberingChange',
  'footnoteReference', 'endnoteReference', 'commentReference', 'sectPr',
]);

interface ParagraphBuilder {
  text: string;
  styleId?: string;
  numId?: string;
  level?: number;
  outlineLevel?: number;
  markDeleted: boolean;
}

interface CellBuilder {
  paragraphs: DocxParagraph[];
  gridSpan: number;
  vMerge?: 'restart' | 'continue';
  hMerge?: 'restart' | 'continue';
  deleted: boolean;
}

interface RowBuilder {
  cells: DocxCell[];
  gridBefore: number;
  deleted: boolean;
}

interface TableBuilder {
  rows: DocxRow[];
}

function toInt(value: string | undefined, fallback: number): number {
  const n = value === undefined ? NaN : parseInt(value, 10);
  return Number.isFinite(n) ? n : fallback;
}

function finish(p: ParagraphBuilder): DocxParagraph {
  return {
    kind: 'paragraph',
    text: p.text,
    markDeleted: p.markDeleted,
    ...(p.styleId !== undefined ? { styleId: p.styleId } : {}),
    ...(p.numId !== undefined ? { numbering: p.level !== undefined ? { numId: p.numId, level: p.level } : { numId: p.numId } } : {}),
    ...(p.outlineLevel !== undefined ? { outlineLevel: p.outlineLevel } : {}),
  };
}

/**
 * The reader of word/document.xml as its elements stream by: open paragraphs, tables, rows and
 * cells (tables nest), and what the current run and element stack say about the text.
 */
class BodyReader implements XmlHandler {
  readonly blocks: DocxBlock[] = [];
  /** Open elements (local names), to know where a w:tab, w:del or w:vMerge sits. */
  private readonly stack: string[] = [];
  /** Depth inside an element whose content is not shown (SKIPPED); 0 outside. */
  private skipDepth = 0;
  /** The innermost open paragraph (a paragraph in a nested table's cell inside another's). */
  private paragraph: ParagraphBuilder | undefined;
  private readonly paragraphs: ParagraphBuilder[] = [];
  private readonly tables: TableBuilder[] = [];
  private readonly rows: RowBuilder[] = [];
  private readonly cells: CellBuilder[] = [];
  /** Inside a run's w:t: its text is the paragraph's. */
  private inText = false;
  /** The current run is hidden (w:vanish). */
  private runHidden = false;

  open(name: string, attrs: Readonly<Record<string, string>>): void {
    const inside = this.stack[this.stack.length - 1];
    this.stack.push(name);
    if (this.skipDepth > 0) { this.skipDepth++; return; }
    // w:del inside a paragraph mark's run properties marks the paragraph mark deleted (not content).
    if (name === 'del' && inside === 'rPr' && this.stack.includes('pPr')) {
      if (this.paragraph) this.paragraph.markDeleted = true;
      return;
    }
    if (name === 'del' && inside === 'trPr') { const r = this.rows[this.rows.length - 1]; if (r) r.deleted = true; return; }
    if (SKIPPED.has(name)) { this.skipDepth = 1; return; }
    if (!this.openParagraphElement(name, attrs, inside)) this.openTableElement(name, attrs, inside);
  }

  /** A paragraph, its properties or a run's content; false when `name` is none of them. */
  private openParagraphElement(name: string, attrs: Readonly<Record<string, string>>, inside: string | undefined): boolean {
    const paragraph = this.paragraph;
    switch (name) {
      case 'p':
        this.paragraph = { text: '', markDeleted: false };
        this.paragraphs.push(this.paragraph);
        return true;
      case 'pStyle':
        if (paragraph && inside === 'pPr') { const v = attribute(attrs, 'val'); if (v !== undefined) paragraph.styleId = v; }
        return true;
      case 'ilvl':
        if (paragraph && inside === 'numPr') paragraph.level = toInt(attribute(attrs, 'val'), 0);
        return true;
      case 'numId':
        if (paragraph && inside === 'numPr') { const v = attribute(attrs, 'val'); if (v !== undefined) paragraph.numId = v; }
        return true;
      case 'outlineLvl':
        if (paragraph && inside === 'pPr') paragraph.outlineLevel = toInt(attribute(attrs, 'val'), 9);
        return true;
      case 'r':
        this.runHidden = false;
        return true;
      case 'vanish':
        if (inside === 'rPr' && !this.stack.includes('pPr')) this.runHidden = isOn(attrs);
        return true;
      case 't':
        this.inText = inside === 'r';
        return true;
      default:
        return this.openRunCharacter(name, inside);
    }
  }

  /** A character a run holds as an element (tab, break, non-breaking hyphen); false when `name` is none. */
  private openRunCharacter(name: string, inside: string | undefined): boolean {
    const shown = this.paragraph !== undefined && inside === 'r' && !this.runHidden;
    switch (name) {
      case 'tab':
      case 'ptab':
        if (shown && this.paragraph) this.paragraph.text += '\t';
        return true;
      case 'br':
      case 'cr':
        if (shown && this.paragraph) this.paragraph.text += '\n';
        return true;
      case 'noBreakHyphen':
        if (shown && this.paragraph) this.paragraph.text += '-';
        return true;
      default:
        return false;
    }
  }

  /** A table, row or cell, or their properties (spans, merges, tracked deletion of a cell). */
  private openTableElement(name: string, attrs: Readonly<Record<string, string>>, inside: string | undefined): void {
    const row = this.rows[this.rows.length - 1];
    const cell = this.cells[this.cells.length - 1];
    switch (name) {
      case 'tbl':
        this.tables.push({ rows: [] });
        return;
      case 'tr':
        this.rows.push({ cells: [], gridBefore: 0, deleted: false });
        return;
      case 'gridBefore':
        if (inside === 'trPr' && row) row.gridBefore = Math.max(0, Math.min(64, toInt(attribute(attrs, 'val'), 0)));
        return;
      case 'tc':
        this.cells.push({ paragraphs: [], gridSpan: 1, deleted: false });
        return;
      case 'gridSpan':
        if (inside === 'tcPr' && cell) cell.gridSpan = Math.max(1, Math.min(64, toInt(attribute(attrs, 'val'), 1)));
        return;
      case 'vMerge':
        if (inside === 'tcPr' && cell) cell.vMerge = attribute(attrs, 'val') === 'restart' ? 'restart' : 'continue';
        return;
      case 'hMerge':
        if (inside === 'tcPr' && cell) cell.hMerge = attribute(attrs, 'val') === 'restart' ? 'restart' : 'continue';
        return;
      case 'cellDel':
        if (inside === 'tcPr' && cell) cell.deleted = true;
        return;
      default:
        return;
    }
  }

  close(name: string): void {
    this.stack.pop();
    if (this.skipDepth > 0) { this.skipDepth--; return; }
    switch (name) {
      case 't':
        this.inText = false;
        return;
      case 'p': {
        const p = this.paragraphs.pop();
        this.paragraph = this.paragraphs[this.paragraphs.length - 1];
        if (p) this.addParagraph(finish(p));
        return;
      }
      case 'tc':
        this.closeCell();
        return;
      case 'tr': {
        const r = this.rows.pop();
        const t = this.tables[this.tables.length - 1];
        if (r && t && !r.deleted) t.rows.push({ cells: r.cells, gridBefore: r.gridBefore });
        return;
      }
      case 'tbl':
        this.closeTable();
        return;
      default:
        return;
    }
  }

  text(t: string): void {
    if (this.skipDepth > 0 || !this.inText || this.runHidden || !this.paragraph) return;
    this.paragraph.text += t;
  }

  /** A paragraph goes to the innermost open cell, or to the body outside tables. */
  private addParagraph(p: DocxParagraph): void {
    const cell = this.cells[this.cells.length - 1];
    if (cell && this.tables.length > 0) cell.paragraphs.push(p);
    else this.blocks.push(p);
  }

  /** A cell joins its row unless its deletion is tracked. */
  private closeCell(): void {
    const c = this.cells.pop();
    const r = this.rows[this.rows.length - 1];
    if (!c || !r || c.deleted) return;
    r.cells.push({
      paragraphs: c.paragraphs,
      gridSpan: c.gridSpan,
      ...(c.vMerge !== undefined ? { vMerge: c.vMerge } : {}),
      ...(c.hMerge !== undefined ? { hMerge: c.hMerge } : {}),
    });
  }

  /** A table at the top goes to the body; a table nested in a cell is flattened into it. */
  private closeTable(): void {
    const t = this.tables.pop();
    if (!t) return;
    if (this.tables.length === 0) { this.blocks.push({ kind: 'table', rows: t.rows }); return; }
    // A table nested in a cell: its text joins the enclosing cell, one paragraph per nested cell.
    const cell = this.cells[this.cells.length - 1];
    if (cell) for (const row of t.rows) for (const c of row.cells) cell.paragraphs.push(...c.paragraphs);
  }
}

/** The body of word/document.xml as blocks, in document order. Throws on malformed XML. */
export function readDocumentXml(xml: string): DocxBlock[] {
  const reader = new BodyReader();
  parseXml(xml, reader);
  return reader.blocks;
}
