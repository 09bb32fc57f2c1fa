// The offline page (dist/offline/, built from web/page) in Debian's Chromium through playwright-core,
// loaded from file:// as a user opens it from a USB stick. The findings it shows are compared with the
// CLI's JSON for the same files (nothing hard-coded); screenshots at 1366×768 go to test-results/web/.
// Run by `npm run test:web` (after `npm run e2e:setup` for Chromium and the CJK fonts).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { defined } from '../support/nth';
import { cliFindings, PAGE_BUILTINS, PAGE_FINDINGS, ROOT } from './cli';
import type { CliFile } from './cli';

const PAGE = pathToFileURL(join(ROOT, 'dist', 'offline', 'index.html')).href;
const SHOTS = join(ROOT, 'test-results', 'web');
const EXAMPLES = ['2020-示例县-2019年格式.txt', '2022-示例镇-常见错误.md', '2023-示例市生态环境局-规范.md'].map((f) => join(ROOT, 'examples', f));
const WORD = join(ROOT, 'test', 'fixtures', 'word', 'district-2025-planted.docx');
/** One body's 2025 and 2026 reports; 2025's 结转下年度 changed (783 → 738) in a copy so that 2026's 上年结转 disagrees with it. */
function crossYearPair(): string[] {
  const folder = join(ROOT, 'out', 'web-page-cross-year');
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const years = join(ROOT, 'test', 'fixtures', 'cross-year');
  const carryOver = '| 四、结转下年度继续办理 | < | < | 783 |';
  const y2025 = readFileSync(join(years, 'city-2025.txt'), 'utf8');
  assert.ok(y2025.includes(carryOver), `city-2025.txt lacks ${carryOver}`);
  writeFileSync(join(folder, 'city-2025.txt'), y2025.replace(carryOver, '| 四、结转下年度继续办理 | < | < | 738 |'));
  writeFileSync(join(folder, 'city-2026.txt'), readFileSync(join(years, 'city-2026.txt')));
  return ['city-2025.txt', 'city-2026.txt'].map((f) => join(folder, f));
}

/** What the page shows for one file (its list item's data and message text), in the same shape. */
async function pageFindings(page: Page, name: string): Promise<string[]> {
  await page.click(`#files button[data-path$="${name}"]`);
  await page.waitForSelector(`article.report[data-path$="${name}"]`);
  return page.evaluate(PAGE_FINDINGS);
}

/** Drops files on the page as a user does from the file manager: a drop event whose DataTransfer holds them. */
async function drop(page: Page, files: readonly string[]): Promise<void> {
  const payload = files.map((f) => ({ name: basename(f), data: readFileSync(f).toString('base64') }));
  await page.evaluate((items) => {
    const transfer = new DataTransfer();
    for (const item of items) transfer.items.add(new File([Uint8Array.from(atob(item.data), (c) => c.charCodeAt(0))], item.name));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, payload);
  await page.waitForFunction((n) => document.getElementById('status')?.dataset.checked === String(n), files.length);
}

/** Launches Chromium on the page from file:// at 1366×768; every request off the page, page error and console error goes to `requests`. */
async function launchPage(requests: string[]): Promise<{ browser: Browser; page: Page }> {
  if (!existsSync(join(ROOT, 'dist', 'offline', 'index.html')) || !existsSync(join(ROOT, 'dist', 'cli.js'))) assert.fail('dist/ is not built: run npm run build');
  assert.ok(existsSync('/usr/bin/chromium'), 'Chromium is missing: run npm run e2e:setup');
  rmSync(SHOTS, { recursive: true, force: true });
  mkdirSync(SHOTS, { recursive: true });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
  page.on('request', (r) => { if (!r.url().startsWith('file:') && !r.url().startsWith('blob:') && !r.url().startsWith('data:')) requests.push(r.url()); });
  page.on('pageerror', (e) => { requests.push(`page error: ${e.message}`); });
  page.on('console', (m) => { if (m.type() === 'error') requests.push(`console error: ${m.text()}`); });
  const started = Date.now();
  await page.goto(PAGE);
  await page.waitForSelector('body[data-ready="true"]');
  // Figure quoted in docs/performance.md.
  console.log(`      page load (file://, navigation → ready): ${Date.now() - started} ms`);
  return { browser, page };
}

async function examplesAndWordLikeCli(page: Page): Promise<void> {
  const files = [...EXAMPLES, WORD];
  await drop(page, files);
  const cli = cliFindings(files);
  let total = 0;
  for (const file of files) {
    const name = basename(file);
    const expected = cli.get(name);
    assert.ok(expected, `the CLI checked ${name}`);
    assert.deepEqual(await pageFindings(page, name), expected, name);
    total += expected.length;
  }
  assert.ok(total > 0, 'the files have findings to compare');
  await page.click(`#files button[data-path$="${basename(EXAMPLES[1] ?? '')}"]`);
  // Usable on a 1366×768 screen: nothing wider than the window, the file list and the first finding in view.
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no horizontal scrolling at 1366×768');
  for (const selector of ['#files button', 'li.finding']) {
    const box = await page.locator(selector).first().boundingBox();
    assert.ok(box !== null && box.x >= 0 && box.x + box.width <= 1366, `${selector} lies within the window's width`);
  }
  await page.screenshot({ path: join(SHOTS, '2-findings.png') });
}

async function wordFindingHighlighted(page: Page): Promise<void> {
  await page.click(`#files button[data-path$="${basename(WORD)}"]`);
  const cell = page.locator('li.finding[data-rule="table/wrong-cell"]').first();
  await cell.click();
  const index = await cell.getAttribute('data-finding');
  // The cell as the Word table has it, drawn in table 三's form, with the value it should have.
  const marked = page.locator(`table.form td.bad[data-findings~="${index ?? ''}"]`);
  assert.equal(await marked.count(), 1);
  assert.match(await marked.textContent() ?? '', /^174→ 147$/);
  assert.ok(await page.locator(`.text mark.selected`).count() > 0, 'the text shows the finding selected');
  assert.match(await cell.locator('.place').textContent() ?? '', /原文位置：表三第20行第4列/);
  await page.screenshot({ path: join(SHOTS, '3-word-selected.png') });
  await marked.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS, '4-form.png') });
}

async function crossYearLikeCli(page: Page): Promise<void> {
  const pair = crossYearPair();
  await drop(page, pair);
  const cli = cliFindings(pair);
  assert.ok(cli.get('city-2026.txt')?.some((f) => f.includes(' cross-year/carried-over ')), 'the CLI compares the two years');
  for (const file of pair) assert.deepEqual(await pageFindings(page, basename(file)), cli.get(basename(file)), basename(file));
}

async function folderLikeCli(page: Page): Promise<void> {
  const folder = join(ROOT, 'out', 'web-page-folder');
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(join(folder, '2025', 'node_modules'), { recursive: true });
  for (const f of EXAMPLES) writeFileSync(join(folder, '2025', basename(f)), readFileSync(f));
  writeFileSync(join(folder, '2025', 'README.md'), '# 说明\n\n本文件夹存放各单位报送的年报。\n');
  writeFileSync(join(folder, '2025', 'node_modules', 'x.md'), '# 某局2022年政府信息公开工作年度报告\n');
  writeFileSync(join(folder, '2025', 'notes.csv'), '单位\n示例镇\n');
  await page.setInputFiles('#folder-input', folder);
  await page.waitForFunction(() => document.getElementById('status')?.dataset.checked === '4');
  const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'check', '--format', 'json', join(folder, '2025')], { encoding: 'utf8' });
  const cli = (JSON.parse(r.stdout) as { files: CliFile[] }).files;
  const shown = await page.$$eval('#files button', (buttons) => buttons.map((b) => b.getAttribute('data-path') ?? ''));
  assert.deepEqual(shown.map((p) => basename(p)).sort(), cli.map((f) => basename(f.path)).sort());
  await page.click('#files button[data-path$="README.md"]');
  assert.equal(await page.textContent('article.report .notice'), defined(cli.find((f) => f.path.endsWith('README.md'))?.notice, 'the CLI\'s notice'));
}

async function pdfsLikeCli(page: Page): Promise<void> {
  // pdf.js runs in the page's checking worker: its polyfills never touch the page's built-ins.
  const builtins = await page.evaluate(PAGE_BUILTINS);
  assert.ok(builtins['Promise.withResolvers'] !== undefined && builtins['globalThis.structuredClone'] !== undefined, 'this Chromium has the built-ins pdf.js polyfills elsewhere');
  // A planted wrong number (LibreOffice), tables printed by Chromium, a table that is a picture (its notice).
  const pdfs = ['qingshan-2024-planted.lo.pdf', 'city-2025-tables.chromium.pdf', 'qingshan-2024-image.chromium.pdf'].map((f) => join(ROOT, 'test', 'fixtures', 'pdf', f));
  await drop(page, pdfs);
  // Figure quoted in docs/performance.md (pdf.js loaded and three PDFs read and checked).
  console.log(`      ${await page.textContent('#status') ?? ''}`);
  const cli = cliFindings(pdfs);
  for (const file of pdfs) {
    const expected = cli.get(basename(file));
    assert.ok(expected && expected.length > 0, `the CLI has findings for ${basename(file)}`);
    assert.deepEqual(await pageFindings(page, basename(file)), expected, basename(file));
  }
  // The planted wrong number is found where the PDF has it: on its page.
  await page.click(`#files button[data-path$="qingshan-2024-planted.lo.pdf"]`);
  assert.match(await page.locator('li.finding[data-rule="table/wrong-cell"] .place').first().textContent() ?? '', /原文位置：第\d+页/);
  await page.screenshot({ path: join(SHOTS, '6-pdf.png') });
  assert.deepEqual(await page.evaluate(PAGE_BUILTINS), builtins, 'the page\'s built-ins after PDFs were read');
}

async function progressAndCancel(page: Page): Promise<void> {
  const folder = join(ROOT, 'out', 'web-page-many');
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const many = Array.from({ length: 50 }, (_, i) => {
    const path = join(folder, `${String(i).padStart(2, '0')}-${basename(EXAMPLES[i % EXAMPLES.length] ?? '')}`);
    writeFileSync(path, readFileSync(EXAMPLES[i % EXAMPLES.length] ?? ''));
    return path;
  });
  // And one file that keeps the worker busy (a report pasted 300 times over, 1.5 MB): the check is still running when cancel is pressed.
  const big = join(folder, '25-big.md');
  writeFileSync(big, readFileSync(EXAMPLES[1] ?? '', 'utf8').repeat(300));
  many.push(big);
  const payload = many.map((f) => ({ name: basename(f), data: readFileSync(f).toString('base64') }));
  const before = await page.$$eval('#files button', (b) => b.length);
  await page.evaluate((items) => {
    const transfer = new DataTransfer();
    for (const item of items) transfer.items.add(new File([Uint8Array.from(atob(item.data), (c) => c.charCodeAt(0))], item.name));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, payload);
  // The page shows how far the worker is, file by file, and its own thread stays free to redraw and answer.
  await page.waitForFunction(() => /正在检查第 \d+ 个（共 51 个）：25-big\.md/.test(document.getElementById('status')?.textContent ?? ''));
  assert.ok(await page.evaluate(() => (document.getElementById('progress') as HTMLProgressElement).value) >= 25, 'the progress bar counts the files done');
  assert.equal(await page.isVisible('#progress'), true);
  await page.screenshot({ path: join(SHOTS, '7-progress.png') });
  await page.click('#cancel');
  await page.waitForFunction(() => document.getElementById('status')?.dataset.cancelled === 'true');
  assert.equal(await page.textContent('#status'), '已取消检查。');
  assert.equal(await page.isVisible('#cancel'), false);
  assert.equal(await page.$$eval('#files button', (b) => b.length), before, 'the previous results stay shown');
  // A fresh worker checks the next drop.
  await drop(page, EXAMPLES);
  const cli = cliFindings(EXAMPLES);
  for (const file of EXAMPLES) assert.deepEqual(await pageFindings(page, basename(file)), cli.get(basename(file)), basename(file));
}

async function refusalsLikeCli(page: Page): Promise<void> {
  const files = [join(ROOT, 'test', 'fixtures', 'pdf', 'songlin-2020.encrypted.pdf'), join(ROOT, 'images', 'icon.png'), EXAMPLES[1] ?? ''];
  await drop(page, files);
  const cli = (JSON.parse(spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'check', '--format', 'json', ...files], { encoding: 'utf8' }).stdout) as { files: CliFile[] }).files;
  for (const name of ['songlin-2020.encrypted.pdf', 'icon.png']) {
    await page.click(`#files button[data-path$="${name}"]`);
    assert.equal(await page.textContent('article.report .failure'), defined(cli.find((f) => f.path.endsWith(name))?.error, `the CLI refuses ${name}`));
  }
  assert.match(await page.textContent('#files button[data-path$=".png"]') ?? '', /无法读取/);
}

async function exportLikeCli(browser: Browser, page: Page): Promise<void> {
  await drop(page, [...EXAMPLES, WORD]);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export')]);
  const path = join(SHOTS, 'report.html');
  await download.saveAs(path);
  const html = readFileSync(path, 'utf8');
  assert.match(download.suggestedFilename(), /\.html$/);
  for (const name of ['示例镇', '示例市生态环境局', '示例县']) assert.ok(html.includes(name), name);
  // The CLI's report of the same files: the same units and verdicts (the date and tool line aside).
  const out = join(SHOTS, 'cli-report.html');
  spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'report', '--no-progress', '--out', out, ...EXAMPLES, WORD], { encoding: 'utf8' });
  const verdicts = (s: string) => [...s.matchAll(/class="verdict[^"]*"[^>]*>([^<]*)</g)].map((m) => m[1]);
  assert.equal(verdicts(html).length, 4, 'one verdict per file');
  assert.deepEqual(verdicts(html), verdicts(readFileSync(out, 'utf8')));
  const shown = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await shown.goto(pathToFileURL(path).href);
  await shown.screenshot({ path: join(SHOTS, '5-report.png') });
  await shown.close();
}

describe('the offline page in Chromium, from file://', function () {
  this.timeout(120_000);
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];

  before(async () => {
    ({ browser, page } = await launchPage(requests));
  });

  after(async () => { await browser.close(); });

  it('says in Chinese that files never leave the machine', async () => {
    assert.match(await page.textContent('#privacy') ?? '', /不会上传/);
    assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
    await page.screenshot({ path: join(SHOTS, '1-empty.png') });
  });

  it('shows for the dropped example reports and a Word file the same findings as the CLI', async () => { await examplesAndWordLikeCli(page); });

  it('highlights a finding in the text and marks the wrong cell in the official form (Word file)', async () => { await wordFindingHighlighted(page); });

  it('pairs two years of one body like the CLI (cross-year findings)', async () => { await crossYearLikeCli(page); });

  it('checks a chosen folder as the CLI checks a folder: reports found, other files skipped or noticed', async () => { await folderLikeCli(page); });

  it('reads PDFs (LibreOffice and Chromium) like the CLI: the same findings, the page named as the place', async () => { await pdfsLikeCli(page); });

  it('checks in a worker: progress while 51 reports are checked, the page answers, cancel stops it, the next drop works', async () => { await progressAndCancel(page); });

  it('refuses an encrypted PDF and a picture with the CLI\'s Chinese reason, and checks the rest', async () => { await refusalsLikeCli(page); });

  it('exports the 校验报告 as the CLI builds it', async () => { await exportLikeCli(browser, page); });

  it('made no request outside the page and logged no error', () => {
    assert.deepEqual(requests, []);
  });
});
