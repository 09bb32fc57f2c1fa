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

/** The body of word/document.xml as blocks, in document order. Throws on malformed XML. */
export function readDocumentXml(xml: string): DocxBlock[] {
  const blocks: DocxBlock[] = [];
  /** Open elements (local names), to know where a w:tab, w:del or w:vMerge sits. */
  const stack: string[] = [];
  let skipDepth = 0;
  let paragraph: ParagraphBuilder | undefined;
  const paragraphs: ParagraphBuilder[] = [];
  const tables: TableBuilder[] = [];
  const rows: RowBuilder[] = [];
  const cells: CellBuilder[] = [];
  let inText = false;
  let runHidden = false;

  const parent = (): string | undefined => stack[stack.length - 1];
  const within = (name: string): boolean => stack.includes(name);

  const addParagraph = (p: DocxParagraph): void => {
    const cell = cells[cells.length - 1];
    if (cell && tables.length > 0) cell.paragraphs.push(p);
    else blocks.push(p);
  };

  parseXml(xml, {
    open(name, attrs) {
      const inside = parent();
      stack.push(name);
      if (skipDepth > 0) { skipDepth++; return; }
      // w:del inside a paragraph mark's run properties marks the paragraph mark deleted (not content).
      if (name === 'del' && inside === 'rPr' && within('pPr')) {
        if (paragraph) paragraph.markDeleted = true;
        return;
      }
      if (name === 'del' && inside === 'trPr') { const r = rows[rows.length - 1]; if (r) r.deleted = true; return; }
      if (SKIPPED.has(name)) { skipDepth = 1; return; }
      switch (name) {
        case 'p':
          paragraph = { text: '', markDeleted: false };
          paragraphs.push(paragraph);
          return;
        case 'pStyle':
          if (paragraph && inside === 'pPr') { const v = attribute(attrs, 'val'); if (v !== undefined) paragraph.styleId = v; }
          return;
        case 'ilvl':
          if (paragraph && inside === 'numPr') paragraph.level = toInt(attribute(attrs, 'val'), 0);
          return;
        case 'numId':
          if (paragraph && inside === 'numPr') { const v = attribute(attrs, 'val'); if (v !== undefined) paragraph.numId = v; }
          return;
        case 'outlineLvl':
          if (paragraph && inside === 'pPr') paragraph.outlineLevel = toInt(attribute(attrs, 'val'), 9);
          return;
        case 'r':
          runHidden = false;
          return;
        case 'vanish':
          if (inside === 'rPr' && !within('pPr')) runHidden = isOn(attrs);
          return;
        case 't':
          inText = inside === 'r';
          return;
        case 'tab':
        case 'ptab':
          if (paragraph && inside === 'r' && !runHidden) paragraph.text += '\t';
          return;
        case 'br':
        case 'cr':
          if (paragraph && inside === 'r' && !runHidden) paragraph.text += '\n';
          return;
        case 'noBreakHyphen':
          if (paragraph && inside === 'r' && !runHidden) paragraph.text += '-';
          return;
        case 'tbl':
          tables.push({ rows: [] });
          return;
        case 'tr':
          rows.push({ cells: [], gridBefore: 0, deleted: false });
          return;
        case 'gridBefore':
          if (inside === 'trPr') { const r = rows[rows.length - 1]; if (r) r.gridBefore = Math.max(0, Math.min(64, toInt(attribute(attrs, 'val'), 0))); }
          return;
        case 'tc':
          cells.push({ paragraphs: [], gridSpan: 1, deleted: false });
          return;
        case 'gridSpan':
          if (inside === 'tcPr') { const c = cells[cells.length - 1]; if (c) c.gridSpan = Math.max(1, Math.min(64, toInt(attribute(attrs, 'val'), 1))); }
          return;
        case 'vMerge':
          if (inside === 'tcPr') { const c = cells[cells.length - 1]; if (c) c.vMerge = attribute(attrs, 'val') === 'restart' ? 'restart' : 'continue'; }
          return;
        case 'hMerge':
          if (inside === 'tcPr') { const c = cells[cells.length - 1]; if (c) c.hMerge = attribute(attrs, 'val') === 'restart' ? 'restart' : 'continue'; }
          return;
        case 'cellDel':
          if (inside === 'tcPr') { const c = cells[cells.length - 1]; if (c) c.deleted = true; }
          return;
        default:
          return;
      }
    },
    close(name) {
      stack.pop();
      if (skipDepth > 0) { skipDepth--; return; }
      switch (name) {
        case 't':
          inText = false;
          return;
        case 'p': {
          const p = paragraphs.pop();
          paragraph = paragraphs[paragraphs.length - 1];
          if (p) addParagraph(finish(p));
          return;
        }
        case 'tc': {
          const c = cells.pop();
          const r = rows[rows.length - 1];
          if (c && r && !c.deleted) {
            r.cells.push({
              paragraphs: c.paragraphs,
              gridSpan: c.gridSpan,
              ...(c.vMerge !== undefined ? { vMerge: c.vMerge } : {}),
              ...(c.hMerge !== undefined ? { hMerge: c.hMerge } : {}),
            });
          }
          return;
        }
        case 'tr': {
          const r = rows.pop();
          const t = tables[tables.length - 1];
          if (r && t && !r.deleted) t.rows.push({ cells: r.cells, gridBefore: r.gridBefore });
          return;
        }
        case 'tbl': {
          const t = tables.pop();
          if (!t) return;
          if (tables.length === 0) { blocks.push({ kind: 'table', rows: t.rows }); return; }
          // A table nested in a cell: its text joins the enclosing cell, one paragraph per nested cell.
          const cell = cells[cells.length - 1];
          if (cell) for (const row of t.rows) for (const c of row.cells) cell.paragraphs.push(...c.paragraphs);
          return;
        }
        default:
          return;
      }
    },
    text(t) {
      if (skipDepth > 0 || !inText || runHidden || !paragraph) return;
      paragraph.text += t;
    },
  });
  return blocks;
}
