import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { convert } from 'html-to-text';
import TurndownService from 'turndown';
import { gfm } from 'turndown-plugin-gfm';
import type { Produced } from './provenance';

/**
 * The crawler and converter layouts: what scrapers and HTML-to-Markdown converters make of a
 * published page, each library called the way its README shows (no tuning for our tables).
 */

export interface CrawlerVersions {
  readonly cheerio: string;
  readonly htmlToText: string;
  readonly turndown: string;
  readonly turndownGfm: string;
  readonly pandoc: string;
}

const GRID_MARKDOWN = 'markdown-simple_tables-multiline_tables-pipe_tables';

export function crawlerLayouts(dir: string, source: string, v: CrawlerVersions): Produced[] {
  const html = readFileSync(join(dir, source), 'utf8');

  // A crawler takes the page's body (the article), then its text or Markdown.
  const body = cheerio.load(html)('body');
  // cheerio's .text() is DomUtils.textContent: the text nodes concatenated, cells run together.
  writeFileSync(join(dir, 'cheerio-text.txt'), body.text());

  writeFileSync(join(dir, 'html-to-text.txt'), convert(html));
  writeFileSync(join(dir, 'html-to-text-tables.txt'), convert(html, { selectors: [{ selector: 'table', format: 'dataTable' }] }));

  const turndown = new TurndownService({ headingStyle: 'atx' });
  turndown.use(gfm);
  writeFileSync(join(dir, 'turndown-gfm.md'), turndown.turndown(body.html() ?? ''));

  execFileSync('pandoc', ['-f', 'html', '-t', 'gfm', '-o', join(dir, 'pandoc-gfm.md'), join(dir, source)]);
  // pandoc's own Markdown with grid tables only ("+----+----+", cells wrapped over lines), as it writes tables too complex for the others.
  execFileSync('pandoc', ['-f', 'html', '-t', GRID_MARKDOWN, '-o', join(dir, 'pandoc-grid.md'), join(dir, source)]);

  return [
    { file: 'cheerio-text.txt', origin: source, tool: `cheerio ${v.cheerio}`, command: "cheerio.load(html)('body').text()" },
    { file: 'html-to-text.txt', origin: source, tool: `html-to-text ${v.htmlToText}`, command: 'convert(html) (default options)' },
    { file: 'html-to-text-tables.txt', origin: source, tool: `html-to-text ${v.htmlToText}`, command: "convert(html, {selectors: [{selector: 'table', format: 'dataTable'}]})" },
    { file: 'turndown-gfm.md', origin: source, tool: `turndown ${v.turndown} + turndown-plugin-gfm ${v.turndownGfm}`, command: "new TurndownService({headingStyle:'atx'}).use(gfm).turndown(cheerio.load(html)('body').html())" },
    { file: 'pandoc-gfm.md', origin: source, tool: `pandoc ${v.pandoc}`, command: `pandoc -f html -t gfm -o pandoc-gfm.md ${source}` },
    { file: 'pandoc-grid.md', origin: source, tool: `pandoc ${v.pandoc}`, command: `pandoc -f html -t ${GRID_MARKDOWN} -o pandoc-grid.md ${source}` },
  ];
}
