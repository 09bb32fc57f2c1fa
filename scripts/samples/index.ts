import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { browserLayouts, launchBrowser } from './browser';
import { crawlerLayouts } from './crawlers';
import { calcTsv, docxLayouts, htmlToDocx, pandocDocx, pandocDocxRst } from './office';
import { pdfjsLines, pdftotextLayouts } from './pdf-text';
import { writeProvenance } from './provenance';
import type { Produced, SourceRecord } from './provenance';
import { withWebEditorZeroWidth } from './web-editor';
import { buildWordReport } from './word-report';

/**
 * `npm run samples`: every layout of every source in test/fixtures/samples/, made by real tools
 * (Chromium, LibreOffice, poppler, pandoc, pdf.js, cheerio, html-to-text, turndown), with a
 * PROVENANCE.json per source. Needs the tools installed (see docs/testing.md); the tests read
 * the committed files and never need them.
 */

const ROOT = join(__dirname, '..', '..');
const SAMPLES = join(ROOT, 'test', 'fixtures', 'samples');

const OURS = 'written by the govreport team: our own report text and values (not real data)';

const HTML_SOURCES: readonly SourceRecord[] = [
  {
    id: 'city-2025',
    note: 'The real 2021-format table set of the corpus: source.html is an unchanged copy of test/fixtures/corpus/peers/city-2025-tables.html (itself an unchanged copy of shared/corpus/real/peers/city-2025-tables.html, sha256 d597fbea…).',
    sources: [{ file: 'source.html', origin: 'test/fixtures/corpus/peers/city-2025-tables.html', tool: 'copy', command: 'cp test/fixtures/corpus/peers/city-2025-tables.html source.html' }],
  },
  {
    id: 'own-2021',
    note: 'A complete 2021-format report written by us (six parts, the three tables in the official merged-cell form, every cell of table 三 a different value, every relation holding).',
    sources: [{ file: 'source.html', origin: OURS, tool: 'hand-written HTML', command: '-' }],
  },
  {
    id: 'own-2019',
    note: 'A complete 2019-format (试行) report written by us (table 二 with 本年增/减 negatives and a decimal 采购总金额; every cell of table 三 a different value, every relation holding).',
    sources: [{ file: 'source.html', origin: OURS, tool: 'hand-written HTML', command: '-' }],
  },
  {
    id: 'own-2021-web',
    note: 'own-2021 as a web editor publishes it: zero-width spaces (U+200B) before each heading\'s numeral and after each table cell\'s text, the entity &#8203; after paragraphs (scripts/samples/web-editor.ts). Same cells as own-2021.',
    sources: [{ file: 'source.html', origin: `${OURS}; own-2021/source.html with zero-width spaces added`, tool: 'scripts/samples/web-editor.ts', command: 'withWebEditorZeroWidth(own-2021/source.html)' }],
  },
  {
    id: 'own-2021-errors',
    note: 'own-2021 with three cells of table 三 changed by hand (one wrong detail cell; two wrong cells in one column); the planted errors are listed in expected.json.',
    sources: [{ file: 'source.html', origin: `${OURS}; own-2021/source.html with three cells changed`, tool: 'hand-edited HTML', command: '-' }],
  },
];

function packageVersion(name: string): string {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

function firstLine(command: string, args: readonly string[]): string {
  const out = execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return (out.split('\n')[0] ?? '').trim();
}

function pdftotextVersion(): string {
  // pdftotext -v prints its version on stderr (and exits 99 in older versions).
  const out = execFileSync('sh', ['-c', 'pdftotext -v 2>&1 || true'], { encoding: 'utf8' });
  return /version ([\d.]+)/.exec(out)?.[1] ?? 'unknown';
}

/** Removes what an earlier run made: everything but the files in `keep` (the sources and the hand-written truth). */
function clean(dir: string, keep: readonly string[]): void {
  for (const name of readdirSync(dir)) if (!keep.includes(name)) rmSync(join(dir, name));
}

/** The folder of an HTML source, emptied but for its source and truth; the sources made from others written again. */
function prepareSource(id: string): string {
  const dir = join(SAMPLES, id);
  mkdirSync(dir, { recursive: true });
  if (id === 'city-2025') copyFileSync(join(ROOT, 'test', 'fixtures', 'corpus', 'peers', 'city-2025-tables.html'), join(dir, 'source.html'));
  if (id === 'own-2021-web') writeFileSync(join(dir, 'source.html'), withWebEditorZeroWidth(readFileSync(join(SAMPLES, 'own-2021', 'source.html'), 'utf8')));
  clean(dir, ['source.html', 'expected.json']);
  return dir;
}

async function main(): Promise<void> {
  const browser = await launchBrowser();
  const versions = {
    chromium: browser.version(),
    playwrightCore: packageVersion('playwright-core'),
    libreoffice: firstLine('soffice', ['--version']).replace(/^LibreOffice\s+/, ''),
    poppler: pdftotextVersion(),
    pandoc: firstLine('pandoc', ['--version']).replace(/^pandoc\s+/, ''),
    pdfjs: packageVersion('pdfjs-dist'),
    cheerio: packageVersion('cheerio'),
    htmlToText: packageVersion('html-to-text'),
    turndown: packageVersion('turndown'),
    turndownGfm: packageVersion('turndown-plugin-gfm'),
    docx: packageVersion('docx'),
    node: process.version,
  };
  const tools: Record<string, string> = { ...versions };
  console.log(JSON.stringify(versions));

  const pdfLayouts = async (dir: string, pdf: string, prefix: string): Promise<Produced[]> => [
    ...pdftotextLayouts(dir, pdf, prefix, versions.poppler),
    await pdfjsLines(dir, pdf, prefix, versions.pdfjs),
  ];

  // `npm run samples -- own-2021-web`: only the sources named (the others keep their files).
  const only = process.argv.slice(2);
  try {
    for (const source of HTML_SOURCES.filter((s) => only.length === 0 || only.includes(s.id))) {
      const dir = prepareSource(source.id);
      const produced: Produced[] = [];
      produced.push(...await browserLayouts(browser, dir, 'source.html', versions.chromium));
      produced.push(...await pdfLayouts(dir, 'chromium.pdf', 'chromium-pdf'));
      produced.push(...crawlerLayouts(dir, 'source.html', versions));
      produced.push(calcTsv(dir, 'source.html', versions.libreoffice));
      produced.push(htmlToDocx(dir, 'source.html', versions.libreoffice));
      produced.push(...docxLayouts(dir, 'lo.docx', versions.libreoffice));
      produced.push(...await pdfLayouts(dir, 'lo-docx.pdf', 'lo-docx-pdf'));
      produced.push(pandocDocx(dir, 'lo.docx', versions.pandoc));
      produced.push(pandocDocxRst(dir, 'lo.docx', versions.pandoc));
      writeProvenance(dir, source, produced, tools);
      console.log(`${source.id}: ${String(produced.length)} files`);
    }

    if (only.length > 0 && !only.includes('word-2021')) return;
    const wordDir = join(SAMPLES, 'word-2021');
    clean(wordDir, ['expected.json']);
    writeFileSync(join(wordDir, 'source.docx'), await buildWordReport());
    const word: SourceRecord = {
      id: 'word-2021',
      note: 'A complete 2021-format report written by us and built as a Word document with the docx library (scripts/samples/word-report.ts): headings numbered automatically (numbering.xml), tables with gridSpan/vMerge merged cells.',
      sources: [{ file: 'source.docx', origin: `scripts/samples/word-report.ts (${OURS})`, tool: `docx ${versions.docx}`, command: 'Packer.toBuffer(new Document(...)) in buildWordReport()' }],
    };
    const produced: Produced[] = [];
    produced.push(...docxLayouts(wordDir, 'source.docx', versions.libreoffice));
    produced.push(...await pdfLayouts(wordDir, 'lo-docx.pdf', 'lo-docx-pdf'));
    // No reStructuredText here: it writes Word's automatically numbered headings as ".. rubric::" directives, not a draft's text.
    produced.push(pandocDocx(wordDir, 'source.docx', versions.pandoc));
    writeProvenance(wordDir, word, produced, tools);
    console.log(`word-2021: ${String(produced.length)} files`);
  } finally {
    await browser.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
