import { parse } from 'parse5';
import type { DefaultTreeAdapterTypes } from 'parse5';
import { FILLER } from '../filler';
import type { OffsetRange } from '../line-index';
import type { PresetTable } from '../grid';
import { writeText } from './align';
import { reportRoot } from './report-root';
import type { BlockElement } from './report-root';
import { presetTable } from './tables';

type Element = DefaultTreeAdapterTypes.Element;
type ChildNode = DefaultTreeAdapterTypes.ChildNode;
type ParentNode = DefaultTreeAdapterTypes.ParentNode;

/**
 * The HTML view (design D2): a string of exactly the source's length in which only what a
 * browser shows is left, each visible character at the offset of the source character it came
 * from. Tags, comments, script/style/head and the page around the report become filler (a space,
 * filler.ts); the start and end of a block element (p, div, h1–h6, li, tr, br…) become a line
 * break at the tag's place; an entity becomes its character followed by filler. Because lengths
 * are equal, every offset found in the view is the offset in the source. The HTML tables come as
 * preset grids (D3) whose cell ranges are the cells' visible text in the source, and numbered list
 * items (<ol><li>, Word's automatic numbering saved as HTML) as headings whose number the text
 * does not show.
 */
export interface HtmlView {
  readonly text: string;
  readonly tables: readonly PresetTable[];
  readonly listHeadings: readonly ListHeading[];
}

/** An item of an ordered list: numbered by the list, not by its text ("<ol start=2><li><h1>主动公开政府信息情况"). */
export interface ListHeading {
  /** The item's first visible character. */
  readonly at: number;
  readonly number: number;
  /** 1 in a top-level <ol>, 2 in a list inside it… */
  readonly depth: number;
  /** The item holds a heading element (h1–h6): a heading numbered by the list, not a numbered paragraph. */
  readonly heading: boolean;
}

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html',
  'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr',
  'td', 'th', 'ul', 'option',
]);
/** Elements whose content a reader never sees as the page's text. */
const INVISIBLE = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'title', 'select', 'button', 'iframe', 'object', 'embed', 'svg', 'math',
  'textarea', 'datalist', 'map', 'audio', 'video', 'canvas',
]);
const PREFORMATTED = new Set(['pre', 'listing', 'plaintext', 'xmp']);
/**
 * Elements that only hold other blocks. Text right inside them keeps its line breaks: it is
 * Markdown or plain text that happens to sit in a <div> (a converter's wrapper) or in a Markdown
 * file beside an HTML table. Inside any other element (a paragraph, a cell, a span) line breaks
 * are spacing, as a browser shows them: Word's HTML wraps its lines in the middle of sentences.
 */
const CONTAINERS = new Set([
  'html', 'body', 'div', 'section', 'article', 'main', 'header', 'footer', 'nav', 'aside', 'blockquote', 'center', 'form',
  'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul', 'ol', 'dl', 'details', 'fieldset', 'figure',
]);
const LINE_BREAK_ELEMENTS = new Set(['br', 'hr']);
const HEADING_ELEMENTS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** A table cell longer than this holds page content: the table lays out a page, it is not a data table. */
const MAX_DATA_CELL = 300;

const LF = 10;

interface Frame {
  readonly node: ChildNode;
  /** Line breaks in text are spacing here (see CONTAINERS), unless preformatted. */
  readonly collapse: boolean;
  readonly pre: boolean;
  /** Inside a data table: its cells are not blocks (the table comes as a preset grid). */
  readonly inData: boolean;
  readonly parent: number;
}

export function htmlView(source: string): HtmlView {
  const document = parse(source, { sourceCodeLocationInfo: true });
  const view = new Uint16Array(source.length).fill(FILLER.charCodeAt(0));
  const blocks: BlockElement[] = [];
  const dataTables: { element: Element; block: number }[] = [];
  const lists: { element: Element; block: number }[] = [];

  const stack: Frame[] = [];
  const pushChildren = (parent: ParentNode, frame: Omit<Frame, 'node'>): void => {
    for (let i = parent.childNodes.length - 1; i >= 0; i--) {
      const node = parent.childNodes[i];
      if (node) stack.push({ node, collapse: frame.collapse, pre: frame.pre, inData: frame.inData, parent: frame.parent });
    }
  };
  pushChildren(document, { collapse: false, pre: false, inData: false, parent: -1 });
  for (let frame = stack.pop(); frame; frame = stack.pop()) {
    const { node } = frame;
    if (node.nodeName === '#text' && 'value' in node) {
      const loc = node.sourceCodeLocation;
      if (loc) writeText(view, source, { start: loc.startOffset, end: loc.endOffset, value: node.value, collapse: frame.collapse && !frame.pre });
      continue;
    }
    if (!('tagName' in node)) continue;
    if (isInvisible(node)) continue;
    const loc = node.sourceCodeLocation;
    const tag = node.tagName;
    if (LINE_BREAK_ELEMENTS.has(tag)) {
      if (loc) view[loc.startOffset] = LF;
      continue;
    }
    let parent = frame.parent;
    let inData = frame.inData;
    if (tag === 'table') inData = isDataTable(node);
    const block = BLOCK.has(tag) && !(frame.inData && (tag === 'td' || tag === 'th'));
    if (loc && (block || tag === 'table')) {
      if (block && loc.startTag) view[loc.startTag.startOffset] = LF;
      if (block && loc.endTag) view[loc.endTag.startOffset] = LF;
      blocks.push({ tag, range: { start: loc.startOffset, end: loc.endOffset }, parent });
      parent = blocks.length - 1;
      if (tag === 'table' && inData) dataTables.push({ element: node, block: parent });
      if (tag === 'ol') lists.push({ element: node, block: parent });
    }
    pushChildren(node, { collapse: frame.collapse || !CONTAINERS.has(tag), pre: frame.pre || PREFORMATTED.has(tag), inData, parent });
  }

  let text = stringOf(view);
  const { root, hasTitle } = reportRoot(text, blocks);
  if (root) blankOutside(view, root);
  // A page whose body never states its title (the title is in <head> only) is read with it.
  const pageTitle = hasTitle ? undefined : titleElement(document);
  if (pageTitle) writeTitle(view, source, pageTitle);
  if (root || pageTitle) text = stringOf(view);
  const inside = (r: OffsetRange): boolean => !root || (r.start >= root.start && r.end <= root.end);
  const tables = dataTables
    .map((t) => presetTable(t.element, text))
    .filter((t): t is PresetTable => t !== undefined && inside(t.range));
  const listHeadings = lists.flatMap((l) => listItems(l.element, text, blocks, l.block)).filter((h) => inside({ start: h.at, end: h.at }));
  return { text, tables, listHeadings };
}

/** Content a reader does not see: script, style, head…, and elements hidden by the page. */
function isInvisible(element: Element): boolean {
  if (INVISIBLE.has(element.tagName)) return true;
  for (const a of element.attrs) {
    if (a.name === 'hidden') return true;
    if (a.name === 'style' && /display\s*:\s*none/i.test(a.value)) return true;
  }
  return false;
}

/** A data table: no table inside it, and no cell long enough to be page content. */
function isDataTable(table: Element): boolean {
  const stack: ChildNode[] = [...table.childNodes];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (!('tagName' in node)) continue;
    if (node.tagName === 'table') return false;
    if ((node.tagName === 'td' || node.tagName === 'th') && textLength(node) > MAX_DATA_CELL) return false;
    stack.push(...node.childNodes);
  }
  return true;
}

function textLength(element: Element): number {
  let n = 0;
  const stack: ChildNode[] = [...element.childNodes];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if ('value' in node) n += node.value.trim().length;
    else if ('tagName' in node && !isInvisible(node)) stack.push(...node.childNodes);
    if (n > MAX_DATA_CELL) return n;
  }
  return n;
}

/** The items of one <ol>, numbered as a browser numbers them (start, value, reversed not used in reports). */
function listItems(list: Element, text: string, blocks: readonly BlockElement[], listBlock: number): ListHeading[] {
  const out: ListHeading[] = [];
  let depth = 0;
  for (let b: BlockElement | undefined = blocks[listBlock]; b; b = blocks[b.parent]) if (b.tag === 'ol') depth++;
  let next = Number(attribute(list, 'start') ?? '1');
  if (!Number.isInteger(next)) next = 1;
  for (const child of list.childNodes) {
    if (!('tagName' in child) || child.tagName !== 'li') continue;
    const value = Number(attribute(child, 'value') ?? Number.NaN);
    const number = Number.isInteger(value) ? value : next;
    next = number + 1;
    const loc = child.sourceCodeLocation;
    if (!loc) continue;
    const at = firstVisible(text, loc.startTag?.endOffset ?? loc.startOffset, loc.endOffset);
    if (at < 0) continue;
    const first = child.childNodes.find((n) => 'tagName' in n || ('value' in n && n.value.trim() !== ''));
    out.push({ at, number, depth, heading: first !== undefined && 'tagName' in first && HEADING_ELEMENTS.has(first.tagName) });
  }
  return out;
}

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name)?.value;
}

/** The first character of text[from, to) that is not blank, or -1. */
export function firstVisible(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (!/\s/.test(text.charAt(i))) return i;
  return -1;
}

/** The page's <title> (in <head>). */
function titleElement(document: ParentNode): Element | undefined {
  const html = document.childNodes.find((n): n is Element => 'tagName' in n && n.tagName === 'html');
  const head = html?.childNodes.find((n): n is Element => 'tagName' in n && n.tagName === 'head');
  return head?.childNodes.find((n): n is Element => 'tagName' in n && n.tagName === 'title');
}

function writeTitle(view: Uint16Array, source: string, title: Element): void {
  const loc = title.sourceCodeLocation;
  if (loc?.startTag) view[loc.startTag.startOffset] = LF;
  if (loc?.endTag) view[loc.endTag.startOffset] = LF;
  for (const node of title.childNodes) {
    const at = 'value' in node ? node.sourceCodeLocation : undefined;
    if (at && 'value' in node) writeText(view, source, { start: at.startOffset, end: at.endOffset, value: node.value, collapse: true });
  }
}

/** Everything outside the report's own element becomes filler (its line breaks kept, so lines stay short). */
function blankOutside(view: Uint16Array, root: OffsetRange): void {
  const filler = FILLER.charCodeAt(0);
  for (let i = 0; i < view.length; i++) {
    if (i === root.start) { i = root.end - 1; continue; }
    if (view[i] !== LF) view[i] = filler;
  }
}

/** The view as a string (in chunks: an argument list has a limit). */
function stringOf(view: Uint16Array): string {
  const CHUNK = 8192;
  const parts: string[] = [];
  for (let i = 0; i < view.length; i += CHUNK) parts.push(String.fromCharCode.apply(null, view.subarray(i, i + CHUNK) as unknown as number[]));
  return parts.join('');
}
