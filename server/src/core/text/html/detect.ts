/**
 * Whether a text is (or holds) HTML markup: a saved page, a page's source pasted into a .md or
 * .txt, a fragment with <p>/<table>/<span>. Markdown's own inline HTML (a `<br>` in a table
 * cell, a `<!-- -->` comment, `<sup>`) does not count: only elements that give a text structure.
 */

/** Element names that make a text HTML: block structure, tables, and the spans and fonts Word puts around every run. */
const STRUCTURAL = new Set([
  'html', 'head', 'body', 'meta', 'p', 'div', 'table', 'tbody', 'thead', 'tr', 'td', 'th',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'span', 'font', 'section', 'article', 'center',
]);

/** A start or end tag's name (bounded: the scan is linear however many '<' the text holds). */
const TAG_NAME = /<\/?([a-zA-Z][a-zA-Z0-9]{0,9})(?=[\s/>])/g;

/** Two structural tags are enough: a fragment `<p>…</p>` is HTML, a Markdown text with a stray `<br>` is not. */
const ENOUGH = 2;

export function looksLikeHtml(text: string): boolean {
  if (!text.includes('<')) return false;
  let count = 0;
  TAG_NAME.lastIndex = 0;
  for (let m = TAG_NAME.exec(text); m; m = TAG_NAME.exec(text)) {
    if (STRUCTURAL.has((m[1] ?? '').toLowerCase()) && ++count >= ENOUGH) return true;
  }
  return false;
}
