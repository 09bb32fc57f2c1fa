import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../samples/browser';
import { SOFFICE } from '../samples/office';
import { longReport } from './long-report';
import { markdownToHtml } from './md-to-html';

/**
 * `npm run pdf-fixtures`: the PDFs of test/fixtures/pdf, made by real tools from HTML reports —
 * the real published page (corpus/peers/city-2025-tables.html) and reports we wrote in Markdown
 * (rendered to HTML by md-to-html.ts) — printed by Chromium (page.pdf, as a browser's 打印/另存为
 * PDF does) and converted by LibreOffice Writer; a report whose table 三 is a picture; a 30-page
 * report for the benchmark; a password-protected copy (qpdf). Writes PROVENANCE.json. Needs
 * Chromium, LibreOffice and qpdf (docs/testing.md); the tests read the committed files only.
 */

const ROOT = join(__dirname, '..', '..');
const DIR = join(ROOT, 'test', 'fixtures', 'pdf');
const CITY = join(ROOT, 'test', 'fixtures', 'corpus', 'peers', 'city-2025-tables.html');

interface Made {
  readonly file: string;
  readonly origin: string;
  readonly tool: string;
  readonly command: string;
}

const made: Made[] = [];
const versions: Record<string, string> = {};

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** A report's page as a government office prints it: A4, 公文 margins, the title over every page, "- N -" under it. */
async function printReport(browser: Browser, html: string, pdf: string, title: string): Promise<void> {
  const page = await browser.newPage();
  try {
    await page.goto(pathToFileURL(join(DIR, html)).href, { waitUntil: 'load' });
    await page.pdf({
      path: join(DIR, pdf), format: 'A4', displayHeaderFooter: true,
      headerTemplate: `<div style="font-size:9pt;width:100%;text-align:center;font-family:'WenQuanYi Micro Hei'">${title}</div>`,
      footerTemplate: '<div style="font-size:10pt;width:100%;text-align:center">- <span class="pageNumber"></span> -</div>',
      margin: { top: '2.5cm', bottom: '2.5cm', left: '2.6cm', right: '2.6cm' },
    });
  } finally {
    await page.close();
  }
  made.push({ file: pdf, origin: html, tool: `Chromium ${versions.chromium ?? ''} via playwright-core ${versions.playwrightCore ?? ''}`, command: `page.pdf({format:'A4', displayHeaderFooter:true, header: the title, footer: "- <pageNumber> -", margin 2.5cm/2.6cm})` });
}

/** A published web page printed from the browser as it is, with the browser's own header and footer (date and title; page N/M). */
async function printPage(browser: Browser, source: string, pdf: string): Promise<void> {
  const page = await browser.newPage();
  try {
    await page.goto(pathToFileURL(source).href, { waitUntil: 'load' });
    await page.pdf({
      path: join(DIR, pdf), format: 'A4', displayHeaderFooter: true,
      headerTemplate: '<div style="font-size:8pt;width:100%;display:flex;justify-content:space-between;padding:0 1cm"><span>2026/1/28 09:30</span><span class="title"></span><span></span></div>',
      footerTemplate: '<div style="font-size:8pt;width:100%;text-align:right;padding:0 1cm"><span class="pageNumber"></span>/<span class="totalPages"></span></div>',
      margin: { top: '1.5cm', bottom: '1.5cm', left: '1cm', right: '1cm' },
    });
  } finally {
    await page.close();
  }
  made.push({ file: pdf, origin: basename(source), tool: `Chromium ${versions.chromium ?? ''} via playwright-core ${versions.playwrightCore ?? ''}`, command: "page.pdf({format:'A4', displayHeaderFooter:true, header: date and <span class=title>, footer: <pageNumber>/<totalPages>, margin 1.5cm/1cm})" });
}

/** HTML opened in LibreOffice Writer and exported as PDF. */
function libreOffice(source: string, pdf: string, origin: string): void {
  const work = mkdtempSync(join(tmpdir(), 'govreport-pdf-lo-'));
  try {
    const profile = pathToFileURL(join(tmpdir(), 'govreport-pdf-lo-profile')).href;
    execFileSync(SOFFICE, [`-env:UserInstallation=${profile}`, '--headless', '--infilter=HTML (StarWriter)', '--convert-to', 'pdf:writer_pdf_Export', '--outdir', work, source], { stdio: ['ignore', 'pipe', 'pipe'] });
    renameSync(join(work, `${basename(source).replace(/\.html?$/, '')}.pdf`), join(DIR, pdf));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  made.push({ file: pdf, origin, tool: `LibreOffice ${versions.libreoffice ?? ''}`, command: `soffice --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export ${basename(source)} (output renamed to ${pdf})` });
}

function writeHtml(file: string, html: string, origin: string, command: string): void {
  writeFileSync(join(DIR, file), html);
  made.push({ file, origin, tool: 'scripts/pdf-fixtures/md-to-html.ts', command });
}

async function main(): Promise<void> {
  const browser = await launchBrowser();
  versions.chromium = browser.version();
  versions.playwrightCore = (JSON.parse(readFileSync(join(ROOT, 'node_modules', 'playwright-core', 'package.json'), 'utf8')) as { version: string }).version;
  versions.libreoffice = execFileSync(SOFFICE, ['--version'], { encoding: 'utf8' }).split('\n')[0]?.replace(/^LibreOffice\s+/, '').trim() ?? '';
  versions.qpdf = execFileSync('qpdf', ['--version'], { encoding: 'utf8' }).split('\n')[0]?.trim() ?? '';
  try {
    // The real published page, as it is.
    await printPage(browser, CITY, 'city-2025-tables.chromium.pdf');
    libreOffice(CITY, 'city-2025-tables.lo.pdf', 'city-2025-tables.html');

    // Our reports in both formats, and one with a planted wrong cell and a planted prose mismatch.
    for (const id of ['qingshan-2024', 'songlin-2020', 'qingshan-2024-planted']) {
      const markdown = readFileSync(join(DIR, `${id}.md`), 'utf8');
      const title = /^# (.+)$/m.exec(markdown)?.[1] ?? id;
      writeHtml(`${id}.html`, markdownToHtml(markdown, { narrowGroupColumn: true }), `${id}.md`, 'markdownToHtml(md, {narrowGroupColumn: true})');
      writeHtml(`${id}.lo.html`, markdownToHtml(markdown, { narrowGroupColumn: true, libreOfficeChrome: true }), `${id}.md`, 'markdownToHtml(md, {narrowGroupColumn: true, libreOfficeChrome: true})');
      await printReport(browser, `${id}.html`, `${id}.chromium.pdf`, title);
      libreOffice(join(DIR, `${id}.lo.html`), `${id}.lo.pdf`, `${id}.lo.html`);
    }

    // Table 三 as a picture: a screenshot of the table in the printed page, put in its place.
    const page = await browser.newPage();
    await page.goto(pathToFileURL(join(DIR, 'qingshan-2024.html')).href, { waitUntil: 'load' });
    const png = await page.locator('table').nth(1).screenshot();
    await page.close();
    const markdown = readFileSync(join(DIR, 'qingshan-2024.md'), 'utf8');
    const picture = `<p style="text-align:center;text-indent:0"><img src="data:image/png;base64,${png.toString('base64')}" style="width:100%"></p>`;
    writeFileSync(join(tmpdir(), 'qingshan-2024-image.html'), markdownToHtml(markdown, { narrowGroupColumn: true, replaceTable3: picture }));
    const imagePage = await browser.newPage();
    await imagePage.goto(pathToFileURL(join(tmpdir(), 'qingshan-2024-image.html')).href, { waitUntil: 'load' });
    await imagePage.pdf({ path: join(DIR, 'qingshan-2024-image.chromium.pdf'), format: 'A4', margin: { top: '2.5cm', bottom: '2.5cm', left: '2.6cm', right: '2.6cm' } });
    await imagePage.close();
    made.push({ file: 'qingshan-2024-image.chromium.pdf', origin: 'qingshan-2024.html', tool: `Chromium ${versions.chromium}`, command: "locator('table').nth(1).screenshot() (table 三) put as <img> in place of table 三 of markdownToHtml(qingshan-2024.md), then page.pdf({format:'A4'})" });

    // The benchmark's long report.
    const tables = markdown.slice(markdown.indexOf('二、主动公开政府信息情况'), markdown.indexOf('五、存在的主要问题及改进情况')).trim();
    writeHtml('yunxi-2024-long.html', markdownToHtml(longReport(tables), { narrowGroupColumn: true }), 'scripts/pdf-fixtures/long-report.ts with the tables of qingshan-2024.md', 'markdownToHtml(longReport(tables of qingshan-2024.md))');
    await printReport(browser, 'yunxi-2024-long.html', 'yunxi-2024-long.chromium.pdf', '云溪县人民政府2024年政府信息公开工作年度报告');

    // A copy that needs a password to open.
    execFileSync('qpdf', ['--encrypt', 'user-secret', 'owner-secret', '256', '--', join(DIR, 'songlin-2020.lo.pdf'), join(DIR, 'songlin-2020.encrypted.pdf')]);
    made.push({ file: 'songlin-2020.encrypted.pdf', origin: 'songlin-2020.lo.pdf', tool: versions.qpdf, command: 'qpdf --encrypt user-secret owner-secret 256 -- songlin-2020.lo.pdf songlin-2020.encrypted.pdf' });
  } finally {
    await browser.close();
  }

  const ours = ['qingshan-2024.md', 'songlin-2020.md', 'qingshan-2024-planted.md', 'city-2025-tables.md'].map((file) => ({
    file,
    origin: file === 'qingshan-2024-planted.md'
      ? 'made by us: qingshan-2024.md with two planted faults: table 三 「2.重复申请」 自然人 2 → 5, and the sentence 「全年共收到政府信息公开申请100件」 → 110件 (the table says 100)'
      : file === 'city-2025-tables.md'
        ? 'typed by us from the real page test/fixtures/corpus/peers/city-2025-tables.html: its text as printed, its tables as Markdown with merged cells (as in test/fixtures/cross-year/city-2025.txt); the page title is in the browser\'s header only, so not here'
        : 'written by us: our own report text and values (not real data); its tables are the expected grids of the PDFs made from it',
    sha256: sha256(join(DIR, file)),
    tool: 'hand-written',
    command: '-',
  }));
  const files = [...ours, ...made.map((m) => ({ file: m.file, origin: m.origin, sha256: sha256(join(DIR, m.file)), tool: m.tool, command: m.command }))];
  const provenance = {
    note: 'PDF fixtures: reports written by us in Markdown and the real published page city-2025-tables.html, printed by Chromium and converted by LibreOffice; made with `npm run pdf-fixtures` (scripts/pdf-fixtures/), never edited by hand. The expected grids are the Markdown tables of the .md files, typed by hand.',
    tools: versions,
    files,
  };
  writeFileSync(join(DIR, 'PROVENANCE.json'), `${JSON.stringify(provenance, null, 1)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
