import type { PresetTable } from './grid';
import { looksLikeHtml } from './html/detect';
import { htmlView } from './html/html-view';
import type { ListHeading } from './html/html-view';
import { pinyinView } from './pinyin-view';
import { zeroWidthView } from './zero-width-view';

export type { ListHeading };

/**
 * What the parser reads instead of the source when the source is not plain prose: HTML markup
 * blanked (html-view.ts), pinyin annotations of mirror sites blanked (pinyin-view.ts) and
 * zero-width characters blanked (zero-width-view.ts). Always exactly as long as the source, every
 * character at its source offset.
 */
export interface ReadableView {
  readonly text: string;
  /** The source is (or holds) HTML: fixes may touch only text, positions differ from the view's lines. */
  readonly html: boolean;
  /** Pinyin annotations were blanked. */
  readonly pinyin: boolean;
  /** The HTML tables as preset grids (D3). */
  readonly tables: readonly PresetTable[];
  /** Items of ordered lists (headings numbered by the list, not by their text). */
  readonly listHeadings: readonly ListHeading[];
}

export function readableView(source: string): ReadableView {
  const html = looksLikeHtml(source) ? htmlView(source) : undefined;
  const markupFree = html?.text ?? source;
  const annotationFree = pinyinView(markupFree);
  const text = zeroWidthView(annotationFree);
  return {
    text,
    html: html !== undefined,
    pinyin: annotationFree !== markupFree,
    tables: html?.tables ?? [],
    listHeadings: html?.listHeadings ?? [],
  };
}
