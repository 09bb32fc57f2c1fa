import type { ImportedReport } from '../types';
import { renderReport } from '../render';
import type { RenderBlock, RenderCell } from '../render';
import { readDocumentXml } from './document';
import type { DocxBlock, DocxParagraph, DocxTable } from './document';
import { ListCounter, readNumberingXml } from './numbering';
import type { Numbering } from './numbering';
import { inherited, readStylesXml } from './styles';
import type { Styles } from './styles';

/**
 * A .docx's XML parts (already unzipped by the adapter) → the ImportedReport: paragraphs with
 * their list numbers rendered, Title / Heading 1–6 (or an outline level) as Markdown headings,
 * tables as grids with merged cells kept. Pure: the caller gives the parts' text.
 */
export interface DocxParts {
  readonly document: string;
  readonly styles?: string;
  readonly numbering?: string;
}

const NO_NUMBERING: Numbering = { abstracts: new Map(), instances: new Map() };

export function readDocx(parts: DocxParts): ImportedReport {
  const styles: Styles = parts.styles !== undefined ? readStylesXml(parts.styles) : new Map();
  const numbering = parts.numbering !== undefined ? readNumberingXml(parts.numbering) : NO_NUMBERING;
  const counter = new ListCounter(numbering);
  const blocks = joinDeletedMarks(readDocumentXml(parts.document));
  const out: RenderBlock[] = [];
  let paragraphNumber = 0;
  let tableNumber = 0;
  for (const block of blocks) {
    if (block.kind === 'table') {
      tableNumber++;
      // A one-column table is layout (a box around the 落款, a whole report put in a cell): its
      // paragraphs are read as paragraphs, located as the cells they are in.
      if (block.rows.every((row) => row.gridBefore + row.cells.reduce((n, c) => n + c.gridSpan, 0) <= 1)) {
        block.rows.forEach((row, r) => {
          for (const p of row.cells.flatMap((c) => c.paragraphs)) {
            const text = shownText(p, styles, counter);
            if (text.trim() === '') continue;
            const heading = headingLevel(p, styles);
            out.push({ kind: 'paragraph', text, location: { kind: 'cell', table: tableNumber, row: r + 1, column: 1 }, ...(heading !== undefined ? { heading } : {}) });
          }
        });
        continue;
      }
      out.push(renderTable(block, tableNumber, (p) => shownText(p, styles, counter)));
      continue;
    }
    const text = shownText(block, styles, counter);
    if (text.trim() === '') continue;
    const heading = headingLevel(block, styles);
    out.push({ kind: 'paragraph', text, location: { kind: 'paragraph', paragraph: ++paragraphNumber }, ...(heading !== undefined ? { heading } : {}) });
  }
  return renderReport(out, 'docx');
}

/** A paragraph whose mark is a tracked deletion is shown joined with the next one. */
function joinDeletedMarks(blocks: readonly DocxBlock[]): DocxBlock[] {
  const out: DocxBlock[] = [];
  let carry: DocxParagraph | undefined;
  for (const b of blocks) {
    if (b.kind === 'paragraph' && carry) {
      const joined: DocxParagraph = { ...b, text: carry.text + b.text };
      carry = joined.markDeleted ? joined : undefined;
      if (!carry) out.push(joined);
      continue;
    }
    if (carry) { out.push({ ...carry, markDeleted: false }); carry = undefined; }
    if (b.kind === 'paragraph' && b.markDeleted) carry = b;
    else out.push(b);
  }
  if (carry) out.push(carry);
  return out;
}

/** The paragraph as Word shows it: its list label (if numbered, directly or by its style) and its text. */
function shownText(p: DocxParagraph, styles: Styles, counter: ListCounter): string {
  const numId = p.numbering?.numId ?? inherited(styles, p.styleId, 'numId');
  if (numId === undefined) return p.text;
  const level = p.numbering?.level ?? inherited(styles, p.styleId, 'level') ?? counter.levelOfStyle(numId, p.styleId);
  const label = counter.next(numId, level);
  if (!label || p.text.trim() === '') return p.text;
  return label.bullet ? `- ${p.text.trimStart()}` : `${label.text}${label.separator}${p.text.trimStart()}`;
}

/** 0 for a Title paragraph, n for Heading n (by style name or outline level), undefined for body text. */
function headingLevel(p: DocxParagraph, styles: Styles): number | undefined {
  const name = inherited(styles, p.styleId, 'name')?.toLowerCase();
  if (name === 'title') return 0;
  const heading = name !== undefined ? /^heading\s*(\d)$/.exec(name) : null;
  if (heading?.[1] !== undefined) return Number(heading[1]);
  const outline = p.outlineLevel ?? inherited(styles, p.styleId, 'outlineLevel');
  return outline !== undefined && outline >= 0 && outline < 6 ? outline + 1 : undefined;
}

/** Joins a cell's paragraphs: no space between Chinese text, a space between Latin words. */
function joinParagraphs(texts: readonly string[]): string {
  let out = '';
  for (const t of texts.map((s) => s.trim()).filter((s) => s !== '')) {
    out += out !== '' && /[\w.,;:%)]$/.test(out) && /^[\w(]/.test(t) ? ` ${t}` : t;
  }
  return out;
}

/** A Word table as a grid: gridBefore as empty places, gridSpan as `<`, vMerge / hMerge continuations as `^` / `<`. */
function renderTable(table: DocxTable, number: number, text: (p: DocxParagraph) => string): RenderBlock {
  const rows = table.rows.map((row) => {
    const cells: RenderCell[] = [];
    let column = 0;
    for (; column < row.gridBefore; column++) cells.push({ text: '', column });
    for (const cell of row.cells) {
      const covered = cell.vMerge === 'continue' ? 'up' : cell.hMerge === 'continue' ? 'left' : undefined;
      // Numbered paragraphs in cells count in their lists even when covered (Word numbers them).
      const shown = joinParagraphs(cell.paragraphs.map(text));
      cells.push(covered ? { text: '', covered, column } : { text: shown, column });
      for (let k = 1; k < cell.gridSpan; k++) cells.push({ text: '', covered: covered ?? 'left', column: column + k });
      column += cell.gridSpan;
    }
    return cells;
  });
  return { kind: 'table', rows, table: number, positional: true };
}
