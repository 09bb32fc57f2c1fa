import type { Line } from './lines';
import { piecesText } from './lines';

/**
 * Page chrome: the running header and footer a printer or a browser puts on every page (the
 * report's title, the date and address of a printed web page) and page numbers ("- 4 -",
 * "— 1 —", "第1页 共5页", "1/5"). They sit in the top or bottom margin band of the page; a page
 * number is recognised by its form, anything else by repeating on most pages (digits aside).
 */

export interface ChromePage {
  readonly height: number;
  /** The page's lines, top to bottom. */
  readonly lines: readonly Line[];
}

/** The top and bottom bands of a page where running headers and footers sit. */
const BAND = 0.12;
/** At most this many lines at each end of a page are looked at. */
const EDGE_LINES = 3;

const PAGE_NUMBER_FORMS: readonly RegExp[] = [
  /^[-—–－_~·•]*\d{1,4}[-—–－_~·•]*$/,
  /^第\d{1,4}页(,?共\d{1,4}页)?$/,
  /^共\d{1,4}页,?第\d{1,4}页$/,
  /^\d{1,4}\/\d{1,4}$/,
  /^page\d{1,4}(of\d{1,4})?$/i,
];

function compact(line: Line): string {
  return piecesText(line.pieces).normalize('NFKC').replace(/[\s，,]+/g, (m) => (/[，,]/.test(m) ? ',' : ''));
}

export function isPageNumber(line: Line): boolean {
  const text = compact(line);
  return PAGE_NUMBER_FORMS.some((re) => re.test(text));
}

/** The same header on every page, whatever its page number or date (and in the same size: the title below a running header that repeats it is not chrome). */
function repeatKey(line: Line): string {
  return `${String(Math.round(line.size))}:${compact(line).replace(/\d+/g, '#')}`;
}

interface Candidate {
  readonly line: Line;
  readonly page: number;
  readonly zone: 'top' | 'bottom';
}

function candidates(pages: readonly ChromePage[], isFixed: (page: number, line: Line) => boolean): Candidate[] {
  const out: Candidate[] = [];
  pages.forEach((page, index) => {
    const lines = page.lines;
    for (const line of lines.slice(0, EDGE_LINES)) {
      if (line.bottom > page.height * BAND) break;
      if (!isFixed(index, line)) out.push({ line, page: index, zone: 'top' });
    }
    for (const line of lines.slice(-EDGE_LINES).reverse()) {
      if (line.top < page.height * (1 - BAND)) break;
      if (!isFixed(index, line)) out.push({ line, page: index, zone: 'bottom' });
    }
  });
  return out;
}

/**
 * The chrome lines of each page (by page index). `isFixed` keeps lines that belong to something
 * else (a table drawn with borders) out of the candidates.
 */
export function findChrome(pages: readonly ChromePage[], isFixed: (page: number, line: Line) => boolean = () => false): Set<Line> {
  const found = new Set<Line>();
  const all = candidates(pages, isFixed);
  const pagesWith = new Map<string, Set<number>>();
  for (const c of all) {
    const key = `${c.zone}:${repeatKey(c.line)}`;
    const set = pagesWith.get(key) ?? new Set<number>();
    set.add(c.page);
    pagesWith.set(key, set);
  }
  const needed = Math.max(2, Math.ceil(pages.length / 2));
  for (const c of all) {
    const repeated = (pagesWith.get(`${c.zone}:${repeatKey(c.line)}`)?.size ?? 0) >= needed;
    if (repeated || isPageNumber(c.line)) found.add(c.line);
  }
  return found;
}
