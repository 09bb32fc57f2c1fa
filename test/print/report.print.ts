import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { main } from '../../server/src/cli/main';
import { memoryIO } from '../support/memory-io';
import { nth } from '../support/nth';

/**
 * The HTML 校验报告 printed as a clerk prints it: Chromium's print to PDF on A4 (playwright-core,
 * Debian's chromium; `npm run e2e:setup` installs it and the CJK fonts). Every table row is marked
 * in the page at the start of its first cell and the end of each cell; pdftotext then tells on
 * which page each mark landed: a row whose marks are on two pages was cut. Also checked: the
 * header row on every page a table continues on, the page number on every page. The first pages
 * are kept as PNG in test-results/print/.
 */
const ROOT = join(__dirname, '..', '..');
const OUT = join(ROOT, 'test-results', 'print');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

function folder(): Record<string, string> {
  const files: Record<string, string> = {};
  const add = (dir: string, prefix: string, filter: (n: string) => boolean): void => {
    for (const n of readdirSync(dir).filter(filter).sort()) files[`${prefix}/${n}`] = readFileSync(join(dir, n), 'utf8');
  };
  add(join(ROOT, 'test', 'fixtures', 'corpus'), '各单位/corpus', (n) => n.endsWith('.txt'));
  add(join(ROOT, 'test', 'fixtures', 'cross-year'), '各单位/city', (n) => n.endsWith('.txt'));
  add(join(ROOT, 'examples'), '各单位/examples', (n) => /\.(md|txt)$/.test(n));
  add(join(ROOT, 'test', 'fixtures', 'office', 'aggregate'), '各单位/aggregate', (n) => n.endsWith('.txt'));
  return files;
}

/**
 * Run in the page: marks the start of each table row and the end of each of its cells (RSkRS, REkRE),
 * each unit's heading and its first finding (UHsUH, UFsUF), in 1-pixel text pdftotext still reads;
 * returns each row's table class. A string, not a function: the test runner's transpiler would add
 * helpers the page does not have.
 */
const MARK_ROWS = `(() => {
  const trs = [...document.querySelectorAll('tbody tr')].filter((tr) => !tr.closest('table.meta'));
  trs.forEach((tr, k) => {
    const mark = (text) => Object.assign(document.createElement('span'), { textContent: text, style: 'font-size:1px;line-height:0' });
    const cells = [...tr.children];
    cells[0].prepend(mark(' RS' + k + 'RS '));
    for (const c of cells) c.append(mark(' RE' + k + 'RE '));
  });
  document.querySelectorAll('section.unit').forEach((section, s) => {
    section.querySelector('h3').append(Object.assign(document.createElement('span'), { textContent: ' UH' + s + 'UH ', style: 'font-size:1px' }));
    const first = section.querySelector('tbody tr');
    if (first) first.children[0].append(Object.assign(document.createElement('span'), { textContent: ' UF' + s + 'UF ', style: 'font-size:1px' }));
  });
  return trs.map((tr) => tr.closest('table').className);
})()`;

describe('the HTML 校验报告 printed to A4 in Chromium', function () {
  this.timeout(180_000);
  let browser: Browser;
  before(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'] });
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
  });
  after(async () => { await browser.close(); });

  it('cuts no table row across pages, repeats the header row and numbers every page', async () => {
    const io = Object.assign(memoryIO(folder()), { now: () => new Date(2026, 1, 1) });
    await main(['report', '各单位', '--out', '校验报告.html'], io);
    const html = new TextDecoder().decode(io.written.get('校验报告.html'));
    writeFileSync(join(OUT, '校验报告.html'), html);
    const page = await (await browser.newContext({ bypassCSP: true })).newPage();
    await page.setContent(html, { waitUntil: 'load' });
    await page.pdf({ path: join(OUT, '校验报告.pdf'), preferCSSPageSize: true });
    // The same page with marks: start of each row, end of each of its cells.
    const rows = await page.evaluate<string[]>(MARK_ROWS);
    const marked = join(OUT, 'marked.pdf');
    await page.pdf({ path: marked, preferCSSPageSize: true });
    const text = spawnSync('pdftotext', ['-layout', marked, '-'], { encoding: 'utf8' });
    assert.equal(text.status, 0, text.stderr);
    const pages = text.stdout.split('\f').filter((p, k, all) => k < all.length - 1 || p.trim() !== '');
    assert.ok(pages.length >= 5, `${pages.length} pages`);
    const pageOf = (re: RegExp): number[] => pages.flatMap((p, k) => (re.test(p) ? [k] : []));
    let findingsRows = 0;
    rows.forEach((table, k) => {
      const where = new Set([...pageOf(new RegExp(`RS${k}RS`)), ...pageOf(new RegExp(`RE${k}RE`))]);
      assert.equal(where.size, 1, `row ${k} of table.${table} is on pages ${[...where].map((p) => p + 1).join(', ')}`);
      if (table === 'findings') findingsRows++;
    });
    assert.ok(findingsRows > 40, `${findingsRows} finding rows`);
    // Each page holding a finding row shows the findings header (thead repeated on continuation pages).
    rows.forEach((table, k) => {
      if (table !== 'findings') return;
      const p = nth(pageOf(new RegExp(`RS${k}RS`)), 0);
      assert.match(nth(pages, p), /序号\s+级别\s+位置\s+问题\s+原文\s+修改建议/, `page ${p + 1}: no findings header`);
    });
    // A unit's heading is never left at the foot of a page without its first finding.
    const sections = html.split(/<section class="unit/).length - 1;
    for (let s = 0; s < sections; s++) {
      const first = pageOf(new RegExp(`UF${s}UF`));
      if (first.length > 0) assert.deepEqual(pageOf(new RegExp(`UH${s}UH`)), first, `unit ${s + 1}: heading and first finding on different pages`);
    }
    pages.forEach((p, k) => { assert.match(p, new RegExp(`第\\s*${k + 1}\\s*页\\s*$`), `page ${k + 1}: no page number at its foot`); });
    // The first pages as pictures, kept as test artifacts.
    const shots = spawnSync('pdftoppm', ['-r', '80', '-png', '-f', '1', '-l', '3', join(OUT, '校验报告.pdf'), join(OUT, 'page')], { encoding: 'utf8' });
    assert.equal(shots.status, 0, shots.stderr);
    // pdftoppm pads the number to the width of the last page's.
    assert.equal(readdirSync(OUT).filter((n) => /^page-0*[1-3]\.png$/.test(n)).length, 3);
  });
});
