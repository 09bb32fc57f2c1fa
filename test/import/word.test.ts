import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { main } from '../../server/src/cli/main';
import { checkReport } from '../../server/src/core/check';
import { describeSource, reportTableNames } from '../../server/src/core/import/source-label';
import type { ImportedReport } from '../../server/src/core/import/types';
import { importFile } from '../../server/src/import/registry';
import { reportDocx } from '../support/docx-report';
import { memoryIO } from '../support/memory-io';

/**
 * Word files end to end: made in the test with the docx library (automatic heading numbering,
 * merged cells) and converted by LibreOffice (committed in test/fixtures/word with their
 * provenance) give the same findings as the same report in Markdown, and every finding keeps a
 * place in the original. Hostile and broken files get a Chinese message and exit code 2 while the
 * other files are still checked.
 */
const WORD = join(__dirname, '..', 'fixtures', 'word');
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(WORD, name)));
/** The report with two planted faults, written as Markdown (see PROVENANCE.json). */
const PLANTED = readFileSync(join(WORD, 'city-2025-planted.md'), 'utf8');
const REAL_TABLES = readFileSync(join(__dirname, '..', 'fixtures', 'corpus', 'peers', 'city-2025-tables.txt'), 'utf8');

/** What a finding says, without where it is (the rendering's lines differ from the Markdown's). */
function summary(findings: readonly { rule: string; severity: string; message: string; data?: unknown }[]): string[] {
  return findings.filter((f) => !f.rule.startsWith('runner/')).map((f) => `${f.rule} ${f.severity} ${JSON.stringify(f.data ?? {})} ${f.message}`);
}

async function imported(bytes: Uint8Array, name: string): Promise<ImportedReport> {
  const outcome = await importFile(bytes, name, 'zh-cn');
  if (outcome.kind !== 'imported') assert.fail(outcome.kind === 'failed' ? outcome.message : 'read as text');
  return outcome.report;
}

function check(report: ImportedReport) {
  return checkReport(report.text, { tables: report.tables });
}

/** Where the planted faults must be found, as a person reads them in the source: 自然人 of 「2.重复申请」 is table 三, row 20 (three header rows), column 4 (three label columns). */
const PLANTED_CELL = { kind: 'cell', table: 2, row: 20, column: 4 } as const;

describe('Word files give the findings of the same report in Markdown', () => {
  const expected = summary(checkReport(PLANTED).findings);

  it('the Markdown report has the planted wrong cell and prose mismatch (the reference)', () => {
    assert.ok(expected.some((s) => s.startsWith('table/wrong-cell') && s.includes('「2.重复申请」行「自然人」列为 174') && s.includes('应为 147')));
    assert.ok(expected.some((s) => s.startsWith('prose/table-mismatch') && s.includes('14096')));
  });

  for (const numbering of ['automatic', 'typed'] as const) {
    it(`a .docx made with the docx library (${numbering} heading numbers, merged cells)`, async () => {
      const report = await imported(await reportDocx(PLANTED, { numbering }), 'planted.docx');
      if (numbering === 'automatic') assert.match(report.text, /^## 三、收到和处理政府信息公开申请情况$/m, 'Word\'s automatic 三、 is rendered');
      const result = check(report);
      assert.deepEqual(summary(result.findings), expected);
      const wrong = result.findings.find((f) => f.rule === 'table/wrong-cell');
      assert.ok(wrong);
      assert.equal(report.text.slice(wrong.range.start, wrong.range.end), '174');
      assert.deepEqual(report.locate(wrong.range), PLANTED_CELL);
      assert.equal(describeSource(PLANTED_CELL, reportTableNames(result.model, (r) => report.locate(r)), 'zh-cn'), '表三第20行第4列');
      const prose = result.findings.find((f) => f.rule === 'prose/table-mismatch');
      assert.ok(prose);
      assert.deepEqual(report.locate(prose.range), { kind: 'paragraph', paragraph: 4 });
    });
  }

  it('the same .docx converted by LibreOffice (committed fixture)', async () => {
    const report = await imported(fixture('city-2025-planted.lo.docx'), 'planted.lo.docx');
    const result = check(report);
    assert.deepEqual(summary(result.findings), expected);
    const wrong = result.findings.find((f) => f.rule === 'table/wrong-cell');
    assert.ok(wrong);
    assert.deepEqual(report.locate(wrong.range), PLANTED_CELL);
  });

  it('the same report saved as .doc by LibreOffice: same findings, and one notice that the table structure was not recovered', async () => {
    const report = await imported(fixture('city-2025-planted.lo.doc'), 'planted.doc');
    assert.deepEqual(summary(check(report).findings), expected);
    assert.deepEqual(report.notices.map((n) => n.code), ['doc-table-structure', 'doc-numbering']);
  });

  it('a real published page converted to .docx and .doc by LibreOffice reads like its text copy', async () => {
    const reference = summary(checkReport(REAL_TABLES).findings);
    assert.ok(reference.length > 0);
    for (const name of ['city-2025-tables.lo.docx', 'city-2025-tables.lo.doc']) {
      const result = check(await imported(fixture(name), name));
      assert.deepEqual(summary(result.findings), reference, name);
      // Table 三 read cell by cell: the values a person reads in the page.
      assert.equal(result.model.presetTables?.length, 3, name);
    }
  });

  it('a .doc that is really a .docx is read as a .docx (first bytes, not the extension)', async () => {
    const report = await imported(fixture('city-2025-planted.docx'), 'misnamed.doc');
    assert.deepEqual(summary(check(report).findings), expected);
    assert.deepEqual(report.notices, []);
  });
});

describe('govreport check on Word files', () => {
  it('prints the place in the original after each finding, and gives it as `source` in JSON and a logical location in SARIF', async () => {
    const files = { 'r/planted.docx': fixture('city-2025-planted.docx'), 'r/planted.md': PLANTED };
    const text = memoryIO(files);
    assert.equal(await main(['check', 'r/planted.docx'], text), 1);
    assert.match(text.out(), /planted\.docx:\d+:\d+ {2}error {2}table\/wrong-cell {2}表三「2\.重复申请」行「自然人」列为 174.*（原文位置：表三第20行第4列）/);
    assert.match(text.out(), /prose\/table-mismatch .*14096.*（原文位置：第4段）/);

    const json = memoryIO(files);
    await main(['check', '--format', 'json', 'r'], json);
    const out = JSON.parse(json.out()) as { files: { path: string; format?: string; findings: { rule: string; source?: unknown }[] }[] };
    const docx = out.files.find((f) => f.path.endsWith('.docx'));
    const md = out.files.find((f) => f.path.endsWith('.md'));
    assert.ok(docx && md, 'the folder walk finds the .docx beside the .md');
    assert.equal(docx.format, 'docx');
    assert.deepEqual(docx.findings.find((f) => f.rule === 'table/wrong-cell')?.source, PLANTED_CELL);
    assert.ok(md.findings.every((f) => f.source === undefined));
    assert.deepEqual(docx.findings.map((f) => f.rule), md.findings.map((f) => f.rule));

    const sarif = memoryIO(files);
    await main(['check', '--format', 'sarif', 'r/planted.docx'], sarif);
    const result = (JSON.parse(sarif.out()) as { runs: { results: { ruleId: string; locations: { logicalLocations?: { name: string }[]; physicalLocation: { region?: unknown } }[]; properties?: { source?: unknown } }[] }[] }).runs[0]?.results.find((r) => r.ruleId === 'table/wrong-cell');
    assert.ok(result);
    const [location] = result.locations;
    assert.ok(location);
    assert.equal(location.logicalLocations?.[0]?.name, '表三第20行第4列');
    assert.equal(location.physicalLocation.region, undefined, 'no lines of a rendering presented as lines of the .docx');
    assert.deepEqual(result.properties?.source, PLANTED_CELL);
  });

  it('lists the .doc table notice once in the finding list', async () => {
    const io = memoryIO({ 'a.doc': fixture('city-2025-planted.lo.doc') });
    await main(['check', 'a.doc'], io);
    assert.equal(io.out().split('\n').filter((l) => l.includes('runner/import-notice') && l.includes('第1、2、3张表')).length, 1);
  });
});

/** A zip with these entries (stored names → bytes), compressed by fflate. */
function zip(entries: Record<string, Uint8Array | string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, typeof v === 'string' ? new TextEncoder().encode(v) : v])));
}

/** Overwrites the uncompressed size of the central directory entry of `name`. */
function withDeclaredSize(bytes: Uint8Array, name: string, size: number): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 46 < out.length; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const length = view.getUint16(i + 28, true);
    if (new TextDecoder().decode(out.subarray(i + 46, i + 46 + length)) === name) view.setUint32(i + 24, size, true);
  }
  return out;
}

describe('hostile and broken files: a Chinese message, exit code 2, the other files still checked', () => {
  const bombXml = new Uint8Array(20 * 1024 * 1024).fill(0x20);
  const cases: Record<string, { bytes: Uint8Array; message: RegExp }> = {
    'bomb.docx': { bytes: zip({ 'word/document.xml': bombXml }), message: /压缩比异常/ },
    'lying.docx': { bytes: withDeclaredSize(zip({ 'word/document.xml': new Uint8Array(4 * 1024 * 1024).fill(0x20) }), 'word/document.xml', 1000), message: /压缩比异常/ },
    'huge.docx': { bytes: withDeclaredSize(zip({ 'word/document.xml': '<w:document/>' }), 'word/document.xml', 0x7fffffff), message: /解压后过大/ },
    'entries.docx': { bytes: zip(Object.fromEntries(Array.from({ length: 6000 }, (_, i) => [`x/${String(i)}.xml`, 'x']))), message: /部件过多/ },
    'truncated.docx': { bytes: fixture('city-2025-planted.docx').subarray(0, 3000), message: /已损坏|不完整/ },
    'not-word.docx': { bytes: zip({ 'content.xml': '<office:document/>' }), message: /没有 Word 正文/ },
    'bad-xml.docx': { bytes: zip({ 'word/document.xml': '<w:document><w:body><w:p>' }), message: /格式错误/ },
    'rich.doc': { bytes: new TextEncoder().encode('{\\rtf1\\ansi 某局年度报告}'), message: /RTF/ },
    'noise.docx': { bytes: Uint8Array.from({ length: 2000 }, (_, i) => (i * 37) % 256), message: /扩展名与内容不符/ },
    'broken.doc': { bytes: Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(600)]), message: /无法读取这个 \.doc/ },
  };

  it('each gets its message and exit code 2; the good report beside them is checked', async () => {
    const files: Record<string, Uint8Array | string> = { 'good.docx': fixture('city-2025-planted.docx') };
    for (const [name, c] of Object.entries(cases)) files[name] = c.bytes;
    const io = memoryIO(files);
    assert.equal(await main(['check', ...Object.keys(files)], io), 2);
    const out = io.out();
    for (const [name, c] of Object.entries(cases)) {
      const line = out.split('\n').find((l) => l.startsWith(`${name}:`));
      assert.ok(line, `${name} is reported`);
      assert.match(line, /^[^ ]+:1:1 {2}error {2}file {2}/, name);
      assert.match(line, c.message, name);
    }
    assert.match(out, /good\.docx:\d+:\d+ {2}error {2}table\/wrong-cell/);
    assert.match(out, new RegExp(`（${String(Object.keys(cases).length)} 个无法检查）`));
  });
});

describe('MHTML and web pages', () => {
  it('decodes a saved page (quoted-printable, GBK) into its HTML for the core', async () => {
    const html = `<html><head><meta charset="gbk"><title>某局2023年政府信息公开工作年度报告</title></head><body><p>一、总体情况</p><p>正文。</p></body></html>`;
    const qp = [...Buffer.from(encodeGbk(html))].map((b) => (b >= 0x80 || b === 0x3d ? `=${b.toString(16).toUpperCase().padStart(2, '0')}` : String.fromCharCode(b))).join('');
    const mhtml = [
      'From: <Saved by Blink>', 'MIME-Version: 1.0', 'Content-Type: multipart/related;', '\ttype="text/html";', '\tboundary="----B"', '',
      '------B', 'Content-Type: text/html; charset="gbk"', 'Content-Transfer-Encoding: quoted-printable', 'Content-Location: https://example.gov.cn/a.html', '',
      qp, '------B', 'Content-Type: image/png', 'Content-Transfer-Encoding: base64', '', 'iVBORw0KGgo=', '------B--', '',
    ].join('\r\n');
    const outcome = await importFile(new TextEncoder().encode(mhtml), 'page.mhtml', 'zh-cn');
    if (outcome.kind !== 'imported') assert.fail(outcome.kind);
    assert.equal(outcome.report.text, html);
    assert.equal(outcome.format, 'mhtml');
  });

  it('a real published page saved as MHTML (quoted-printable, UTF-8) gives the findings of the page itself', async () => {
    const page = readFileSync(join(__dirname, '..', 'fixtures', 'corpus', 'peers', 'city-2025-tables.html'));
    // Quoted-printable as browsers write it: bytes over 0x7f and "=" escaped, lines soft-broken at 76 characters.
    const escaped = [...page].map((b) => (b >= 0x80 || b === 0x3d ? `=${b.toString(16).toUpperCase().padStart(2, '0')}` : String.fromCharCode(b))).join('');
    const qp = escaped.split('\n').map((line) => line.replace(/(.{72}(?:=[0-9A-F]{2})?)/g, '$1=\r\n')).join('\r\n');
    const mhtml = ['MIME-Version: 1.0', 'Content-Type: multipart/related; type="text/html"; boundary="b1"', '', '--b1', 'Content-Type: text/html; charset=utf-8', 'Content-Transfer-Encoding: quoted-printable', '', qp, '--b1--', ''].join('\r\n');
    const io = memoryIO({ 'page.mhtml': mhtml, 'page.html': page });
    await main(['check', '--format', 'json', 'page.mhtml', 'page.html'], io);
    const [fromMhtml, fromHtml] = (JSON.parse(io.out()) as { files: { format?: string; findings: { rule: string; message: string; range: unknown }[] }[] }).files;
    assert.ok(fromMhtml && fromHtml);
    assert.equal(fromMhtml.format, 'mhtml');
    assert.ok(fromHtml.findings.length > 0);
    assert.deepEqual(fromMhtml.findings, fromHtml.findings);
  });

  it('reads a web page saved with a .doc name as the HTML it is', async () => {
    const outcome = await importFile(new TextEncoder().encode('<html><body>一、总体情况</body></html>'), 'page.doc', 'zh-cn');
    assert.equal(outcome.kind, 'text');
  });
});

/** GBK bytes of a text (Chinese characters of the test page only): Node decodes GB18030 but cannot encode it, so the table is built by decoding. */
function encodeGbk(text: string): Uint8Array {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  const wanted = new Set(Array.from(text).filter((c) => c.charCodeAt(0) >= 0x80));
  for (let hi = 0x81; hi <= 0xfe && table.size < wanted.size; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      const c = decoder.decode(Uint8Array.from([hi, lo]));
      if (wanted.has(c) && !table.has(c)) table.set(c, [hi, lo]);
    }
  }
  return Uint8Array.from(Array.from(text).flatMap((c) => table.get(c) ?? [c.charCodeAt(0)]));
}
