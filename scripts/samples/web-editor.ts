/**
 * What a web editor (the rich-text box of a government site's CMS) leaves in a published page:
 * zero-width spaces before a heading's numeral and after a table cell's text, as the character
 * itself, and as the entity &#8203; after sentences. The clerk sees nothing of them; a browser copy
 * and a PDF keep them. Made from own-2021/source.html for the own-2021-web sample.
 */
export function withWebEditorZeroWidth(html: string): string {
  return html
    .replace(/<(h[1-3])>/g, '<$1>\u200b')
    .replace(/<td([^>]*)>([^<]*)<\/td>/g, '<td$1>$2\u200b</td>')
    .replace(/。<\/p>/g, '。&#8203;</p>');
}
