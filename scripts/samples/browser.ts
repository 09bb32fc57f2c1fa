import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import type { Produced } from './provenance';

/**
 * The browser layouts, made by the real Chromium driven by playwright-core: what a person gets
 * from a published page (innerText as scripts read it, select-all + copy as a clerk does it) and
 * the page printed to PDF (A4), as the "打印/另存为PDF" of a browser makes it.
 */

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

/** Writes browser-innertext.txt, browser-copy.txt and chromium.pdf beside the source. */
export async function browserLayouts(browser: Browser, dir: string, source: string, version: string): Promise<Produced[]> {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  try {
    const page = await context.newPage();
    await page.goto(pathToFileURL(join(dir, source)).href, { waitUntil: 'load' });
    const tool = `Chromium ${version} via playwright-core`;

    const innerText = await page.evaluate<string>('document.body.innerText');
    writeFileSync(join(dir, 'browser-innertext.txt'), innerText);

    // A real select-all and copy: keyboard shortcuts in the page, then the system clipboard's
    // text/plain as the page would paste it.
    await page.locator('body').click({ position: { x: 1, y: 1 } });
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Control+C');
    const copied = await page.evaluate<string>('navigator.clipboard.readText()');
    if (copied.trim() === '') throw new Error(`${dir}: the clipboard is empty after Ctrl+A, Ctrl+C`);
    writeFileSync(join(dir, 'browser-copy.txt'), copied);

    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: join(dir, 'chromium.pdf'), format: 'A4', printBackground: false, margin: { top: '20mm', bottom: '20mm', left: '18mm', right: '18mm' } });

    return [
      { file: 'browser-innertext.txt', origin: source, tool, command: 'page.goto(file://source); page.evaluate(() => document.body.innerText)' },
      { file: 'browser-copy.txt', origin: source, tool, command: "page.keyboard.press('Control+A'); page.keyboard.press('Control+C'); navigator.clipboard.readText() (clipboard-read permission granted)" },
      { file: 'chromium.pdf', origin: source, tool, command: "page.emulateMedia({media:'print'}); page.pdf({format:'A4', margin: 20mm/18mm})" },
    ];
  } finally {
    await context.close();
  }
}
