import { SECTIONS } from '../../format/sections';
import { formatMessage } from '../../i18n/messages';
import type { Locale } from '../../i18n/messages';
import { matchSection } from '../../model/section-match';
import type { OffsetRange } from '../../text/line-index';
import { renderReport } from '../render';
import type { RenderBlock, RenderCell } from '../render';
import type { ImportedReport, ImportNotice, SourceLocation } from '../types';
import { TABLE_IMAGE_NOTICE } from '../types';
import { alignedTable, findRegions } from './aligned';
import type { Region } from './aligned';
import { findChrome } from './chrome';
import type { PdfCell, PdfTable } from './grid';
import { sharedEdges, isValueText, joinTables, placesOf } from './grid';
import type { Line, Piece } from './lines';
import { lineOf, linesOf, piecesOf, piecesText } from './lines';
import { measure, paragraphsOf } from './paragraphs';
import type { Measure, PageLine } from './paragraphs';
import { ruledTables } from './ruled';
import type { Box, PdfPage } from './types';

/**
 * The pure PDF reader: pages of positioned text, borders and pictures → the Markdown rendering the
 * core checks. Per page: tables drawn with borders (ruled.ts), page headers, footers and numbers
 * dropped (chrome.ts), tables without borders (aligned.ts), pictures; then in reading order over
 * the pages: a table continued on the next page joined to its first part, running text into
 * paragraphs (paragraphs.ts). A picture in part 二, 三 or 四 whose part has no table is taken for
 * the table, as a picture: one notice, "第N页的统计表是图片，无法核对".
 */

export interface LayoutOptions {
  readonly locale: Locale;
}

type Item =
  | { readonly kind: 'line'; readonly page: number; readonly top: number; readonly line: Line }
  | { readonly kind: 'table'; readonly page: number; readonly top: number; readonly table: PdfTable }
  | { readonly kind: 'region'; readonly page: number; readonly top: number; readonly region: Region }
  | { readonly kind: 'image'; readonly page: number; readonly top: number; readonly box: Box };

/** A picture this large (share of the page's width and height) may be a table. */
const PICTURE_WIDTH = 0.3;
const PICTURE_HEIGHT = 0.08;

/** A part heading on a line of its own: 三、收到和处理政府信息公开申请情况. */
function partOfHeading(text: string): number | undefined {
  const m = /^\s*([一二三四五六])\s*[、.．]\s*(\S.{1,40})$/.exec(text);
  if (!m?.[1] || !m[2]) return undefined;
  const number = SECTIONS.find((s) => s.numeral === m[1])?.number;
  return number !== undefined && matchSection(m[2])?.section.number === number ? number : undefined;
}

function isHeadingLine(line: Line): boolean {
  return !line.pieces.some((p) => isValueText(p.text)) && partOfHeading(piecesText(line.pieces)) !== undefined;
}

function inside(p: Piece, b: Box): boolean {
  const x = (p.left + p.right) / 2;
  const y = p.baseline - p.size / 2;
  return x >= b.left && x <= b.right && y >= b.top && y <= b.bottom;
}

/** Large pictures with no text drawn over them, top to bottom. */
function pictures(page: PdfPage, pieces: readonly Piece[]): Box[] {
  return page.images
    .filter((b) => b.right - b.left >= PICTURE_WIDTH * page.width && b.bottom - b.top >= PICTURE_HEIGHT * page.height)
    .filter((b) => !pieces.some((p) => inside(p, b)))
    .sort((a, b) => a.top - b.top);
}

/** Each page's items in reading order. */
function pageItems(pages: readonly PdfPage[]): { items: Item[][]; textPages: Set<number> } {
  const perPage = pages.map((page) => {
    const pieces = page.texts.flatMap((t) => piecesOf(t, page.number)).filter((p) => p.text.trim() !== '');
    const { tables, used } = ruledTables(page.number, page.rulings, pieces);
    const lines = linesOf(pieces.filter((p) => !used.has(p)));
    return { page, pieces, tables, lines };
  });
  const chrome = findChrome(perPage.map((p) => ({ height: p.page.height, lines: p.lines })));
  const textPages = new Set<number>();
  const items = perPage.map(({ page, pieces, tables, lines }) => {
    const body = lines.filter((l) => !chrome.has(l));
    if (body.length > 0 || tables.length > 0) textPages.add(page.number);
    const regions = findRegions(body, isHeadingLine);
    const inRegion = new Set(regions.flatMap((r) => r.lines));
    const out: Item[] = [
      ...tables.map((table): Item => ({ kind: 'table', page: page.number, top: table.top, table })),
      ...regions.map((region): Item => ({ kind: 'region', page: page.number, top: region.lines[0]?.top ?? 0, region })),
      ...body.filter((l) => !inRegion.has(l)).map((line): Item => ({ kind: 'line', page: page.number, top: line.top, line })),
      ...pictures(page, pieces).map((box): Item => ({ kind: 'image', page: page.number, top: box.top, box })),
    ];
    return out.sort((a, b) => a.top - b.top);
  });
  return { items, textPages };
}

/** The lines of a region moved down by `shift` (to follow the part of the table on the page before). */
function shifted(region: Region, shift: number): Line[] {
  return region.lines.map((l) => lineOf(l.pieces.map((p) => ({ ...p, baseline: p.baseline + shift, shift: p.shift + shift }))));
}

/** The same header lines at the top of the continued part: a repeated table header. */
function repeatedHeader(first: Region, next: Region): number {
  let k = 0;
  while (k < next.lines.length && k < first.lines.length) {
    const a = first.lines[k];
    const b = next.lines[k];
    if (!a || !b || piecesText(a.pieces) !== piecesText(b.pieces)) break;
    k++;
  }
  return k;
}

function overlapsColumns(a: Region, b: Region): boolean {
  const xs = (r: Region): { left: number; right: number }[] => r.lines.flatMap((l) => l.pieces.filter((p) => isValueText(p.text)));
  const av = xs(a);
  const bv = xs(b);
  return bv.length > 0 && bv.every((p) => av.some((q) => Math.min(p.right, q.right) - Math.max(p.left, q.left) > 0));
}

/** Joins a table split by a page break: the last table of a page and the first of the next. */
function joinAcrossPages(items: Item[][]): Item[] {
  const out: Item[] = [];
  items.forEach((pageItems) => {
    pageItems.forEach((item, i) => {
      const last = out[out.length - 1];
      if (i === 0 && last) {
        const edges = last.kind === 'table' && item.kind === 'table' ? sharedEdges(last.table, item.table) : undefined;
        if (edges && last.kind === 'table' && item.kind === 'table') {
          joinTables(last.table, item.table, edges);
          return;
        }
        if (last.kind === 'region' && item.kind === 'region' && overlapsColumns(last.region, item.region)) {
          const prevLast = last.region.lines[last.region.lines.length - 1];
          const skip = repeatedHeader(last.region, item.region);
          const rest = item.region.lines.slice(skip);
          const nextFirst = rest[0];
          if (prevLast && nextFirst) {
            const shift = prevLast.bottom + (prevLast.bottom - prevLast.top) - nextFirst.top;
            last.region.lines.push(...shifted({ lines: rest }, shift));
          }
          return;
        }
      }
      out.push(item);
    });
  });
  return out;
}

interface Built {
  readonly blocks: RenderBlock[];
  readonly tables: PdfTable[];
  /** Pictures in order, with the part they are in. */
  readonly pictures: { readonly page: number; readonly part: number | undefined; readonly text: string; readonly box: Box }[];
  readonly partsWithTables: Set<number | undefined>;
}

function pageLocation(page: number, x: number, y: number): SourceLocation {
  return { kind: 'page', page, x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
}

function build(items: readonly Item[], m: Measure, locale: Locale): Built {
  const blocks: RenderBlock[] = [];
  const tables: PdfTable[] = [];
  const found: Built['pictures'] = [];
  const partsWithTables = new Set<number | undefined>();
  let part: number | undefined;
  let titled = false;
  let run: PageLine[] = [];
  const flush = (): void => {
    for (const p of paragraphsOf(run, m)) {
      const heading = partOfHeading(p.text);
      if (heading !== undefined) part = heading;
      // The title: larger than the body text, before anything else on the first page.
      const title = !titled && blocks.length === 0 && p.page === 1 && p.size >= 1.2 * m.size;
      titled ||= title;
      blocks.push({ kind: 'paragraph', text: p.text, ...(title ? { heading: 0 } : {}), location: pageLocation(p.page, p.x, p.y) });
    }
    run = [];
  };
  const addTable = (table: PdfTable | undefined): void => {
    if (!table) return;
    flush();
    tables.push(table);
    partsWithTables.add(part);
    const rows = placesOf(table).map((row) => row.map((place, column): RenderCell => ({ text: place.text, column, ...(place.covered ? { covered: place.covered } : {}) })));
    blocks.push({ kind: 'table', rows, table: tables.length, positional: true });
  };
  for (const item of items) {
    switch (item.kind) {
      case 'line':
        run.push({ line: item.line, page: item.page });
        break;
      case 'table':
        addTable(item.table);
        break;
      case 'region':
        addTable(alignedTable(item.region));
        break;
      case 'image': {
        flush();
        const text = `![${formatMessage(locale, 'pdf/image-placeholder', { page: item.page })}]()`;
        found.push({ page: item.page, part, text, box: item.box });
        blocks.push({ kind: 'paragraph', text, location: pageLocation(item.page, item.box.left, item.box.top) });
        break;
      }
    }
  }
  flush();
  return { blocks, tables, pictures: found, partsWithTables };
}

/** Where each table cell came from: table → row → column → the cell's page and point. */
function cellLocator(tables: readonly PdfTable[]): (table: number, row: number, column: number) => SourceLocation | undefined {
  const places = tables.map((t) => placesOf(t).map((row) => row.map((p) => p.cell)));
  return (table, row, column) => {
    const cell: PdfCell | undefined = places[table - 1]?.[row - 1]?.[column - 1];
    return cell && pageLocation(cell.page, cell.x, cell.y);
  };
}

/** The whole reader: pages → the rendering, its tables and locations, and what could not be read. */
export function layoutPdf(pages: readonly PdfPage[], options: LayoutOptions): ImportedReport {
  const { items, textPages } = pageItems(pages);
  const ordered = joinAcrossPages(items);
  const lines = ordered.flatMap((i): PageLine[] => (i.kind === 'line' ? [{ line: i.line, page: i.page }] : []));
  const built = build(ordered, measure(lines), options.locale);
  const notices: ImportNotice[] = [];
  const rendered = renderReport(built.blocks, 'pdf');
  // A picture where part 二, 三 or 四 should have its table: the table, as a picture.
  let from = 0;
  const said = new Set<number>();
  for (const picture of built.pictures) {
    const at = rendered.text.indexOf(picture.text, from);
    const range: OffsetRange | undefined = at < 0 ? undefined : { start: at, end: at + picture.text.length };
    if (at >= 0) from = at + picture.text.length;
    const section = SECTIONS.find((s) => s.number === picture.part);
    if (!section?.requiresTable || built.partsWithTables.has(picture.part) || said.has(picture.page)) continue;
    said.add(picture.page);
    notices.push({
      code: TABLE_IMAGE_NOTICE,
      message: formatMessage(options.locale, 'pdf/table-image', { page: picture.page }),
      location: { kind: 'page', page: picture.page },
      ...(range ? { range } : {}),
    });
  }
  const imageOnly = pages.filter((p) => !textPages.has(p.number) && p.images.length > 0 && !said.has(p.number)).map((p) => p.number);
  if (imageOnly.length > 0) notices.push({ code: 'image-pages', message: formatMessage(options.locale, 'pdf/image-pages', { pages: imageOnly.join('、') }), location: { kind: 'page', page: imageOnly[0] ?? 1 } });
  const locateCell = cellLocator(built.tables);
  return {
    text: rendered.text,
    tables: rendered.tables,
    notices,
    locate: (range) => {
      const at = rendered.locate(range);
      return at?.kind === 'cell' ? locateCell(at.table, at.row, at.column) : at;
    },
  };
}
