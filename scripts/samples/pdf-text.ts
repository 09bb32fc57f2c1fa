import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Produced } from './provenance';

/**
 * Text extracted from a PDF as users and importers get it: poppler's pdftotext in its three
 * modes, and pdf.js text items joined into lines by their baseline (what our own PDF reader
 * will start from).
 */

export function pdftotextLayouts(dir: string, pdf: string, prefix: string, version: string): Produced[] {
  const tool = `pdftotext (poppler-utils) ${version}`;
  const modes: readonly (readonly [string, readonly string[]])[] = [['layout', ['-layout']], ['raw', ['-raw']], ['plain', []]];
  return modes.map(([name, flags]) => {
    const file = `${prefix}-${name}.txt`;
    execFileSync('pdftotext', [...flags, '-enc', 'UTF-8', join(dir, pdf), join(dir, file)]);
    return { file, origin: pdf, tool, command: ['pdftotext', ...flags, '-enc UTF-8', pdf, file].join(' ') };
  });
}

interface Item { readonly str: string; readonly x: number; readonly y: number; readonly width: number; readonly height: number }

/** Items of one page grouped into lines: same baseline (within 2 pt), left to right; a gap wider than 1 pt becomes one space. */
function pageLines(items: readonly Item[]): string[] {
  const sorted = [...items].filter((i) => i.str !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Item[][] = [];
  for (const item of sorted) {
    const line = lines.find((l) => Math.abs((l[0]?.y ?? Infinity) - item.y) <= 2);
    if (line) line.push(item);
    else lines.push([item]);
  }
  return lines
    .sort((a, b) => (b[0]?.y ?? 0) - (a[0]?.y ?? 0))
    .map((line) => {
      line.sort((a, b) => a.x - b.x);
      let text = '';
      let end = -Infinity;
      for (const i of line) {
        if (text !== '' && i.x - end > 1) text += ' ';
        text += i.str;
        end = i.x + i.width;
      }
      return text;
    });
}

export async function pdfjsLines(dir: string, pdf: string, prefix: string, version: string): Promise<Produced> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const root = dirname(createRequire(__filename).resolve('pdfjs-dist/package.json'));
  const doc = await pdfjs.getDocument({
    data: new Uint8Array(readFileSync(join(dir, pdf))),
    cMapUrl: pathToFileURL(join(root, 'cmaps')).href + '/',
    cMapPacked: true,
    standardFontDataUrl: pathToFileURL(join(root, 'standard_fonts')).href + '/',
    useSystemFonts: false,
    isEvalSupported: false,
  }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    const items: Item[] = [];
    for (const i of content.items) {
      if (!('str' in i)) continue;
      items.push({ str: i.str, x: i.transform[4] as number, y: i.transform[5] as number, width: i.width, height: i.height });
    }
    pages.push(pageLines(items).join('\n'));
  }
  await doc.destroy();
  const file = `${prefix}-pdfjs.txt`;
  writeFileSync(join(dir, file), `${pages.join('\n\f')}\n`);
  return { file, origin: pdf, tool: `pdfjs-dist ${version}`, command: 'getDocument(bytes) → page.getTextContent() per page; items grouped by baseline (±2 pt), sorted by x, a gap > 1 pt → one space; pages joined by \\f' };
}
