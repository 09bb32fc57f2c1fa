import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkReport } from '../../server/src/core/check';
import { importDoc } from '../../server/src/import/doc';
import { importDocx } from '../../server/src/import/docx';
import { reportDocx } from '../../test/support/docx-report';
import { kb, table, timeIt } from './reports';

/**
 * Word files: a 20-page .docx (the planted city report with its three merged-cell tables and
 * about 16,000 characters of real report prose, the length of a long county report) read by the
 * importer (unzip + XML + rendering) and then checked, after warm-up; and the LibreOffice .doc of
 * the same report. Target (docs/performance.md): import + check of the 20-page .docx under 50 ms.
 */
const ROOT = join(__dirname, '..', '..');
const PLANTED = readFileSync(join(ROOT, 'test', 'fixtures', 'word', 'city-2025-planted.md'), 'utf8');
/** Real prose: the paragraphs of seed 003 (保定市 2018), repeated into part 一. */
const PROSE = readFileSync(join(ROOT, 'test', 'fixtures', 'corpus', '003_9748fcd70a0b9bbf.txt'), 'utf8').split('\n').filter((l) => l.length > 60);

function twentyPages(): string {
  const paragraphs: string[] = [];
  for (let i = 0; paragraphs.join('').length < 16_000; i++) paragraphs.push(PROSE[i % PROSE.length] ?? '');
  return PLANTED.replace('（一）主动公开。', `${paragraphs.join('\n')}\n（一）主动公开。`);
}

export async function benchWord(quick: boolean): Promise<void> {
  const runs = quick ? 20 : 200;
  const docx = await reportDocx(twentyPages());
  const doc = new Uint8Array(readFileSync(join(ROOT, 'test', 'fixtures', 'word', 'city-2025-planted.lo.doc')));
  const rendering = importDocx(docx).text;
  const docText = (await importDoc(doc, 'zh-cn')).text;
  const rows: string[][] = [];
  const fmt = (t: { median: number; p95: number }): string[] => [t.median.toFixed(2), t.p95.toFixed(2)];
  rows.push([`20-page .docx (${(docx.length / 1024).toFixed(0)} KB zip, ${kb(rendering)} text): import`, ...fmt(timeIt(() => importDocx(docx), runs))]);
  rows.push(['20-page .docx: import + check', ...fmt(timeIt(() => { const r = importDocx(docx); return checkReport(r.text, { tables: r.tables }); }, runs))]);
  const docTimes: number[] = [];
  for (let i = 0; i < runs + 5; i++) {
    const t0 = process.hrtime.bigint();
    const r = await importDoc(doc, 'zh-cn');
    checkReport(r.text, { tables: r.tables });
    if (i >= 5) docTimes.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  docTimes.sort((a, b) => a - b);
  rows.push([`.doc by LibreOffice (${(doc.length / 1024).toFixed(0)} KB, ${kb(docText)} text): import + check`, (docTimes[docTimes.length >> 1] ?? 0).toFixed(2), (docTimes[Math.floor(docTimes.length * 0.95)] ?? 0).toFixed(2)]);
  table('Word files (ms, after warm-up; target: 20-page .docx import + check < 50 ms)', ['file', 'median', 'p95'], rows);
}
