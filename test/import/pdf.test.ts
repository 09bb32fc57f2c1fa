import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkReport } from '../../server/src/core/check';
import type { Finding } from '../../server/src/core/rules/types';
import { tablesOf } from '../../server/src/core/tables/tables-of';
import type { ImportedReport } from '../../server/src/core/import/types';
import { TABLE_IMAGE_NOTICE } from '../../server/src/core/import/types';
import { main } from '../../server/src/cli/main';
import { ImportError } from '../../server/src/import/errors';
import { importFile } from '../../server/src/import/registry';
import { importPdf } from '../../server/src/import/pdf';
import { parseMarkdownTable } from '../../scripts/pdf-fixtures/md-to-html';
import { memoryIO } from '../support/memory-io';
import { defined } from '../support/nth';
import { emptyPagesPdf, gbFontPdf, scannedPdf } from '../support/pdf-writer';

/**
 * The PDF importer on PDFs made by real tools (test/fixtures/pdf, see its PROVENANCE.json): every
 * table read equals the grid typed in the report's Markdown source; the PDF gives the same findings
 * as the same report in Markdown; planted faults are found in every format; a table that is a
 * picture is one notice; the GB character maps work; hostile files give Chinese messages.
 */

const DIR = join(__dirname, '..', 'fixtures', 'pdf');

const imported = new Map<string, Promise<ImportedReport>>();

/** Each fixture is read once for the whole file. */
function read(name: string): Promise<ImportedReport> {
  let found = imported.get(name);
  if (!found) {
    found = importPdf(new Uint8Array(readFileSync(name.startsWith('/') ? name : join(DIR, name))));
    imported.set(name, found);
  }
  return found;
}

/** The Markdown tables of a text, as rows of cells. */
function markdownTables(text: string): string[][][] {
  const tables: string[][][] = [];
  let current: string[] = [];
  for (const line of `${text}\n`.split('\n')) {
    if (line.startsWith('|')) { current.push(line); continue; }
    if (current.length > 0) tables.push(parseMarkdownTable(current));
    current = [];
  }
  return tables;
}

/** Without borders the extent of a merged cell cannot be seen: covered places and blank ones are compared alike. */
function withoutSpans(table: readonly (readonly string[])[]): string[][] {
  return table.map((row) => row.map((cell) => (cell === '<' || cell === '^' ? '' : cell)));
}

interface Case {
  readonly pdf: string;
  readonly markdown: string;
  /** Drawn with borders: merged cells are known exactly. */
  readonly ruled: boolean;
}

const CASES: readonly Case[] = [
  { pdf: 'qingshan-2024.chromium.pdf', markdown: 'qingshan-2024.md', ruled: true },
  { pdf: 'qingshan-2024.lo.pdf', markdown: 'qingshan-2024.md', ruled: true },
  { pdf: 'songlin-2020.chromium.pdf', markdown: 'songlin-2020.md', ruled: true },
  { pdf: 'songlin-2020.lo.pdf', markdown: 'songlin-2020.md', ruled: true },
  { pdf: 'qingshan-2024-planted.chromium.pdf', markdown: 'qingshan-2024-planted.md', ruled: true },
  { pdf: 'qingshan-2024-planted.lo.pdf', markdown: 'qingshan-2024-planted.md', ruled: true },
  { pdf: 'city-2025-tables.chromium.pdf', markdown: 'city-2025-tables.md', ruled: false },
  { pdf: 'city-2025-tables.lo.pdf', markdown: 'city-2025-tables.md', ruled: false },
];

/** A finding as two formats must agree on it: the rule, the message, and the table cell it is on. */
function comparable(findings: readonly Finding[], cellAt: (start: number) => string): string[] {
  return findings.map((f) => `${f.rule} ${cellAt(f.range.start)} ${f.message}`).sort();
}

function cellLocator(text: string, tables?: ImportedReport['tables']): (start: number) => string {
  const { model } = checkReport(text, tables ? { tables } : {});
  const cells = tablesOf(model).flatMap((t) => t.cells.map((c) => ({ key: `${t.id}:${c.row.key}×${c.column.key}`, range: c.range })));
  return (start) => cells.find((c) => c.range.start <= start && start <= c.range.end)?.key ?? '-';
}

describe('PDF importer on real-tool PDFs: each file against its source', function () {
  this.timeout(120_000);

  for (const c of CASES) {
    describe(c.pdf, () => {
      it('reads every table as the grid typed in its source', async () => {
        const report = await read(c.pdf);
        const expected = markdownTables(readFileSync(join(DIR, c.markdown), 'utf8'));
        const actual = markdownTables(report.text);
        assert.equal(actual.length, expected.length, 'number of tables');
        expected.forEach((table, i) => {
          const got = actual[i] ?? [];
          if (c.ruled) assert.deepEqual(got, table, `table ${String(i + 1)}`);
          else assert.deepEqual(withoutSpans(got), withoutSpans(table), `table ${String(i + 1)}`);
        });
        // The preset grids are the rendering's tables, cell for cell.
        assert.equal(report.tables.length, expected.length);
        for (const preset of report.tables) {
          for (const row of preset.rows) for (const cell of row.cells) if (!cell.covered) assert.equal(report.text.slice(cell.range.start, cell.range.end), cell.text.replace(/\|/g, '\\|'));
        }
      });

      it('gives the same findings as the same report in Markdown', async () => {
        const report = await read(c.pdf);
        const markdown = readFileSync(join(DIR, c.markdown), 'utf8');
        const fromMarkdown = checkReport(markdown).findings;
        const fromPdf = checkReport(report.text, { tables: report.tables, notices: report.notices }).findings;
        assert.deepEqual(comparable(fromPdf, cellLocator(report.text, report.tables)), comparable(fromMarkdown, cellLocator(markdown)));
      });
    });
  }
});

describe('PDF importer on real-tool PDFs: planted errors, page chrome, pictures, fonts', function () {
  this.timeout(120_000);

  it('finds the planted wrong cell and the planted prose mismatch in every format, at their place in the PDF', async () => {
    for (const name of ['qingshan-2024-planted.chromium.pdf', 'qingshan-2024-planted.lo.pdf']) {
      const report = await read(name);
      const { findings } = checkReport(report.text, { tables: report.tables, notices: report.notices });
      const cellAt = cellLocator(report.text, report.tables);
      const wrong = findings.filter((f) => f.rule === 'table/wrong-cell');
      assert.deepEqual(wrong.map((f) => cellAt(f.range.start)), ['三:reject-2×natural'], name);
      assert.match(wrong[0]?.message ?? '', /应为 2/);
      const prose = findings.filter((f) => f.rule === 'prose/table-mismatch');
      assert.equal(prose.length, 1, name);
      assert.match(prose[0]?.message ?? '', /110.*100/);
      // Where they are in the PDF: the cell on page 3 (table 三 continues there), the sentence on page 1.
      const pageOf = (range: Finding['range'] | undefined): number | undefined => {
        const at = range && report.locate(range);
        return at?.kind === 'page' ? at.page : undefined;
      };
      assert.equal(pageOf(wrong[0]?.range), 3, name);
      assert.equal(pageOf(prose[0]?.range), 1, name);
    }
    // And in the Markdown.
    const { findings } = checkReport(readFileSync(join(DIR, 'qingshan-2024-planted.md'), 'utf8'));
    assert.deepEqual(findings.map((f) => f.rule).sort(), ['prose/table-mismatch', 'table/wrong-cell']);
  });

  it('drops the page chrome: running headers, browser headers and footers, page numbers', async () => {
    for (const name of ['qingshan-2024.chromium.pdf', 'qingshan-2024.lo.pdf', 'city-2025-tables.chromium.pdf']) {
      const { text } = await read(name);
      assert.doesNotMatch(text, /^- \d+ -$/m, name);
      assert.doesNotMatch(text, /2026\/1\/28|^\d+\/\d+$/m, name);
      // The title is kept once (a running header repeats it on every page).
      if (name.startsWith('qingshan')) assert.equal(text.split('青山县市场监督管理局2024年政府信息公开工作年度报告').length - 1, 1, name);
    }
    assert.match((await read('qingshan-2024.lo.pdf')).text, /^# 青山县市场监督管理局2024年政府信息公开工作年度报告$/m);
  });

  it('says once that a table is a picture, and the core then reports nothing about that table', async () => {
    const report = await read('qingshan-2024-image.chromium.pdf');
    assert.deepEqual(report.notices.map((n) => [n.code, n.message, n.location]), [[TABLE_IMAGE_NOTICE, '第2页的统计表是图片，无法核对。请取得文字版（Word 文件或可复制文字的 PDF）后再检查这张表。', { kind: 'page', page: 2 }]]);
    const range = report.notices[0]?.range;
    assert.ok(range);
    assert.match(report.text.slice(range.start, range.end), /图片（第2页）/);
    // Tables 二 and 四 are read; 三 is neither missing nor checked against the prose.
    assert.equal(report.tables.length, 2);
    const { model, findings } = checkReport(report.text, { tables: report.tables, notices: report.notices });
    // The importer's notice is the one finding: nothing else about table 三.
    assert.deepEqual(findings.map((f) => f.rule), ['runner/import-notice']);
    assert.deepEqual(tablesOf(model).map((t) => t.id), ['二', '四']);
    // Without the notice the same text would say the table is missing.
    assert.deepEqual(checkReport(report.text, { tables: report.tables }).findings.map((f) => f.rule), ['structure/missing-table']);
  });

  it('folds the radical code points a browser writes back to the ideographs (⻘⼭县 → 青山县)', async () => {
    const { text } = await read('qingshan-2024.chromium.pdf');
    assert.match(text, /青山县人民政府门户网站/);
    assert.doesNotMatch(text, /[\u2e80-\u2fdf]/);
  });

  it('reads fonts that are not embedded through the GB character maps (UniGB-UCS2-H, GBK-EUC-H)', async () => {
    for (const encoding of ['UniGB-UCS2-H', 'GBK-EUC-H'] as const) {
      const report = await importPdf(gbFontPdf(['青山县2024年政府信息公开工作年度报告', '一、总体情况', '全年共收到政府信息公开申请12件。'], encoding));
      assert.equal(report.text, '青山县2024年政府信息公开工作年度报告\n\n一、总体情况\n\n全年共收到政府信息公开申请12件。\n', encoding);
    }
  });
});

/** The Chinese message of the ImportError `work` throws. */
async function failure(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (error) {
    assert.ok(error instanceof ImportError, `not an ImportError: ${String(error)}`);
    return error.render('zh-cn');
  }
  return assert.fail('no error');
}

/** A well-formed PDF of ours (5 pages) that the hostile cases cut, limit or hand over. */
function goodPdf(): Buffer {
  return readFileSync(join(DIR, 'qingshan-2024.lo.pdf'));
}

describe('PDF importer on hostile files: damaged, truncated, scanned, encrypted', function () {
  this.timeout(60_000);
  const good = goodPdf();

  it('a damaged file, garbage, an empty file: a Chinese message, no crash', async () => {
    for (const bytes of [new Uint8Array(0), new TextEncoder().encode('%PDF-1.7\n'), Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251), new TextEncoder().encode('这不是 PDF')]) {
      assert.match(await failure(importPdf(bytes)), /PDF 文件已损坏或不完整，无法读取/);
    }
  });

  it('a truncated file: what can be read, or a Chinese message', async () => {
    for (const share of [0.05, 0.3, 0.6, 0.9]) {
      const bytes = new Uint8Array(good.subarray(0, Math.floor(good.length * share)));
      try {
        const report = await importPdf(bytes);
        assert.equal(typeof report.text, 'string');
      } catch (error) {
        assert.ok(error instanceof ImportError, String(error));
        assert.match(error.render('zh-cn'), /[\u4e00-\u9fff]/);
      }
    }
  });

  it('a scan (pictures, no text) and a PDF with no text at all', async () => {
    assert.equal(await failure(importPdf(scannedPdf(3))), '这个 PDF 是扫描件或图片（共3页，没有可读取的文字），无法检查。请使用 Word 文件或可复制文字的 PDF。');
    assert.equal(await failure(importPdf(emptyPagesPdf(2))), '这个 PDF 中没有可读取的文字，无法检查。');
  });

  it('a password-protected file', async () => {
    assert.equal(await failure(importPdf(new Uint8Array(readFileSync(join(DIR, 'songlin-2020.encrypted.pdf'))))), 'PDF 文件设有打开密码，无法读取。请取消密码后另存，再检查。');
  });
});

describe('PDF importer on hostile files: limits, and the caller left alone', function () {
  this.timeout(60_000);
  const good = goodPdf();

  it('more pages than the limit: refused at once', async () => {
    const started = Date.now();
    assert.equal(await failure(importPdf(emptyPagesPdf(5000))), 'PDF 共5000页，超过200页的上限，未读取（年度报告通常只有几页到几十页，请确认文件是否正确）。');
    assert.ok(Date.now() - started < 20_000);
    assert.match(await failure(importPdf(new Uint8Array(good), { maxPages: 2 })), /PDF 共5页，超过2页的上限/);
  });

  it('slower than the time limit: stopped with a message', async () => {
    assert.equal(await failure(importPdf(new Uint8Array(good), { timeoutMs: 1 })), '读取 PDF 超过0秒仍未完成，已停止：文件可能过大或格式异常。');
  });

  it('leaves the caller\'s bytes, the built-ins and the console alone', async () => {
    const bytes = new Uint8Array(good);
    const { push } = Array.prototype;
    const { parse } = JSON;
    const written: unknown[] = [];
    const { log, warn, error } = console;
    console.log = (...args: unknown[]) => { written.push(args); };
    console.warn = console.log;
    console.error = console.log;
    try {
      await importPdf(bytes);
    } finally {
      Object.assign(console, { log, warn, error });
    }
    assert.equal(bytes.length, good.length);
    assert.ok(Buffer.from(bytes).equals(good));
    // Node's Buffer (what the CLI reads), which pdf.js itself refuses.
    assert.match((await importPdf(good)).text, /^# 青山县/);
    assert.equal(Array.prototype.push, push);
    assert.equal(JSON.parse, parse);
    assert.equal((globalThis as { DecompressionStream?: unknown }).DecompressionStream !== undefined, true);
    // Reads that overlap (two files opened at once in the editor) put it back too.
    await Promise.all([importPdf(new Uint8Array(good)), importPdf(new Uint8Array(good)).then(() => importPdf(new Uint8Array(good)))]);
    assert.equal(typeof (globalThis as { DecompressionStream?: unknown }).DecompressionStream, 'function');
    assert.deepEqual(written, []);
  });
});

describe('PDF files through the CLI and the importer registry', function () {
  this.timeout(120_000);

  it('checks PDFs among other files: findings with their page, a notice for a picture, exit code 2 for a file that cannot be read', async () => {
    const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(DIR, name)));
    const io = memoryIO({
      '/r/planted.pdf': fixture('qingshan-2024-planted.lo.pdf'),
      '/r/locked.pdf': fixture('songlin-2020.encrypted.pdf'),
      '/r/picture.pdf': fixture('qingshan-2024-image.chromium.pdf'),
      '/r/notes.md': readFileSync(join(DIR, 'qingshan-2024.md'), 'utf8'),
    });
    const code = await main(['check', '--format', 'json', '/r/planted.pdf', '/r/locked.pdf', '/r/picture.pdf', '/r/notes.md'], io);
    assert.equal(code, 2);
    const out = JSON.parse(io.out()) as { files: { path: string; format?: string; error?: string; findings: { rule: string; source?: { kind: string; page?: number } }[] }[] };
    const byPath = new Map(out.files.map((f) => [f.path, f]));
    const planted = defined(byPath.get('/r/planted.pdf'));
    assert.equal(planted.format, 'pdf');
    assert.deepEqual(planted.findings.map((f) => [f.rule, f.source?.kind, f.source?.page]), [['prose/table-mismatch', 'page', 1], ['table/wrong-cell', 'page', 3]]);
    assert.equal(byPath.get('/r/locked.pdf')?.error, 'PDF 文件设有打开密码，无法读取。请取消密码后另存，再检查。');
    assert.deepEqual(byPath.get('/r/picture.pdf')?.findings.map((f) => f.rule), ['runner/import-notice']);
    assert.deepEqual(byPath.get('/r/notes.md')?.findings, []);
  });

  it('finds a PDF by its bytes whatever its name, and a file named .pdf that is not one is said so', async () => {
    const bytes = new Uint8Array(readFileSync(join(DIR, 'songlin-2020.lo.pdf')));
    const outcome = await importFile(bytes, 'report.bin', 'zh-cn');
    assert.equal(outcome.kind === 'imported' ? outcome.format : outcome.kind, 'pdf');
    const fake = await importFile(new TextEncoder().encode('不是 PDF 的文字'), 'report.pdf', 'zh-cn');
    assert.equal(fake.kind, 'failed');
  });
});
