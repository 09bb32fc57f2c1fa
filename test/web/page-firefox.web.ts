// The offline page in stock Firefox (Debian's firefox-esr), loaded from file:// as a user opens it:
// the example reports, a Word file and a PDF dropped, the same findings as the CLI. Driven by
// puppeteer-core over WebDriver BiDi (playwright-core drives only its own patched Firefox builds).
// Run by `npm run test:web` (`npm run e2e:setup` installs firefox-esr).
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import type { Browser, Page } from 'puppeteer-core';
import { cliFindings, PAGE_BUILTINS, PAGE_FINDINGS, ROOT } from './cli';

const FIREFOX = '/usr/bin/firefox-esr';
const PAGE = pathToFileURL(join(ROOT, 'dist', 'offline', 'index.html')).href;
const SHOTS = join(ROOT, 'test-results', 'web');
const FILES = [
  ...['2020-示例县-2019年格式.txt', '2022-示例镇-常见错误.md', '2023-示例市生态环境局-规范.md'].map((f) => join(ROOT, 'examples', f)),
  join(ROOT, 'test', 'fixtures', 'word', 'district-2025-planted.docx'),
  join(ROOT, 'test', 'fixtures', 'pdf', 'qingshan-2024-planted.lo.pdf'),
];

describe('the offline page in Firefox, from file://', function () {
  this.timeout(180_000);
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  before(async () => {
    if (!existsSync(join(ROOT, 'dist', 'offline', 'index.html')) || !existsSync(join(ROOT, 'dist', 'cli.js'))) assert.fail('dist/ is not built: run npm run build');
    assert.ok(existsSync(FIREFOX), 'Firefox is missing: run npm run e2e:setup (apt-get install firefox-esr)');
    mkdirSync(SHOTS, { recursive: true });
    browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
    page = await browser.newPage();
    await page.setViewport({ width: 1366, height: 768 });
    page.on('pageerror', (e) => { errors.push(`page error: ${e instanceof Error ? e.message : String(e)}`); });
    page.on('console', (m) => { if (m.type() === 'error') errors.push(`console error: ${m.text()}`); });
    const started = Date.now();
    await page.goto(PAGE);
    await page.waitForSelector('body[data-ready="true"]');
    // Figure quoted in docs/performance.md.
    console.log(`      ${await browser.version()} page load (file://, navigation → ready): ${Date.now() - started} ms`);
  });

  after(async () => { await browser.close(); });

  it('shows for dropped reports (text, Markdown, Word, PDF) the same findings as the CLI', async () => {
    const builtins = await page.evaluate(PAGE_BUILTINS);
    const items = FILES.map((f) => ({ name: basename(f), data: readFileSync(f).toString('base64') }));
    await page.evaluate((list) => {
      const transfer = new DataTransfer();
      for (const item of list) transfer.items.add(new File([Uint8Array.from(atob(item.data), (c) => c.charCodeAt(0))], item.name));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, items);
    await page.waitForFunction((n) => document.getElementById('status')?.dataset.checked === String(n), { timeout: 120_000 }, FILES.length);
    const cli = cliFindings(FILES);
    let total = 0;
    for (const file of FILES) {
      const name = basename(file);
      const expected = cli.get(name);
      assert.ok(expected, `the CLI checked ${name}`);
      total += expected.length;
      await page.click(`#files button[data-path$="${name}"]`);
      await page.waitForSelector(`article.report[data-path$="${name}"]`);
      // A file the page could not read says why (a PDF past the 30-second limit on a starved machine).
      const failure = await page.evaluate(() => document.querySelector('article.report .failure, article.report .notice')?.textContent ?? '');
      assert.deepEqual(await page.evaluate(PAGE_FINDINGS), expected, `${name} ${failure}`);
    }
    assert.ok(total > 0, 'the files have findings to compare');
    await page.screenshot({ path: join(SHOTS, 'firefox-pdf.png') });
    // pdf.js ran in the page's checking worker: the page's built-ins are the browser's own.
    assert.deepEqual(await page.evaluate(PAGE_BUILTINS), builtins, 'the page\'s built-ins after a PDF was read');
  });

  it('logged no error', () => {
    assert.deepEqual(errors, []);
  });
});
