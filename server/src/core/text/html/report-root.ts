import type { OffsetRange } from '../line-index';
import { normalizeLabel } from '../normalize';

/**
 * The element of a web page that holds the report: the deepest element around its title and its
 * numbered parts. Navigation, related links, footers and the rest of the page lie outside it and
 * are never part of the report. Found only when it is clear (two or more parts numbered
 * differently); otherwise the whole page is kept.
 */

/** A block element of the page, in document order, with its parent's index (-1 for none). */
export interface BlockElement {
  readonly tag: string;
  readonly range: OffsetRange;
  readonly parent: number;
}

/** A line starting with a part's number: "一、总体情况", "第二部分". */
const PART_START = /^(?:第([一二三四五六七八九十]{1,2})部分|([一二三四五六七八九十]{1,2})\s*[、.．])/;
const TITLE = /(信息公开|政务公开).{0,16}(报告|年报)$/;
const MAX_TITLE = 80;
/** Elements that are the page itself: no narrower root was found. */
const PAGE = new Set(['html', 'body']);

/** The report's own element, if clear, and whether a title line stands before its first part. */
export interface ReportRoot {
  readonly root?: OffsetRange | undefined;
  readonly hasTitle: boolean;
}

export function reportRoot(view: string, blocks: readonly BlockElement[]): ReportRoot {
  const markers: number[] = [];
  const numbers = new Set<string>();
  let title: number | undefined;
  forEachLine(view, (start, text) => {
    const trimmed = text.trimStart();
    const at = start + text.length - trimmed.length;
    const part = PART_START.exec(trimmed);
    if (part) {
      markers.push(at);
      numbers.add(part[1] ?? part[2] ?? '');
    } else if (markers.length === 0) {
      const visible = normalizeLabel(trimmed);
      if (visible.length > 0 && visible.length <= MAX_TITLE && TITLE.test(visible)) title = at;
    }
  });
  const hasTitle = title !== undefined;
  if (numbers.size < 2) return { hasTitle };
  if (title !== undefined) markers.push(title);
  let root: number | undefined;
  for (const offset of markers) {
    const block = innermost(blocks, offset);
    if (block < 0) return { hasTitle };
    root = root === undefined ? block : commonAncestor(blocks, root, block);
    if (root < 0) return { hasTitle };
  }
  const element = root === undefined ? undefined : blocks[root];
  return { root: element && !PAGE.has(element.tag) ? element.range : undefined, hasTitle };
}

function forEachLine(view: string, visit: (start: number, text: string) => void): void {
  for (let start = 0; start <= view.length;) {
    let end = view.indexOf('\n', start);
    if (end < 0) end = view.length;
    // Only a line's head matters (a part number or a short title).
    visit(start, view.slice(start, Math.min(end, start + 4 * MAX_TITLE)));
    start = end + 1;
  }
}

/** The index of the deepest block that contains `offset`, or -1. */
function innermost(blocks: readonly BlockElement[], offset: number): number {
  let found = -1;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b && b.range.start <= offset && offset < b.range.end) found = i; // document order: later = deeper
  }
  return found;
}

function commonAncestor(blocks: readonly BlockElement[], a: number, b: number): number {
  const chain = new Set<number>();
  for (let i = a; i >= 0; i = blocks[i]?.parent ?? -1) chain.add(i);
  for (let i = b; i >= 0; i = blocks[i]?.parent ?? -1) if (chain.has(i)) return i;
  return -1;
}
