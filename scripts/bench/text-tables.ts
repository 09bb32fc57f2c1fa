import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { analyzeReport } from '../../server/src/core/analyze';
import { parseReport } from '../../server/src/core/model/parse-report';
import { tablesOf } from '../../server/src/core/tables/tables-of';
import { loadAverage } from './folders';
import { table, timeIt } from './reports';
import { tableThreeTimes } from './tables';

/**
 * Issue 9: crawler text (a row's cells run together) and PDF text must be read in time linear in
 * their size. Two ways to grow each real-tool sample from 1× to 10×:
 *  - the whole report N times over (a report with N copies of every table): the full check, which
 *    finds every block and reads the tables of each part;
 *  - the body of part 三 N times over (one table of N × its rows, as a table split over pages):
 *    the table engine alone (tablesOf).
 * The last column is the exponent between 5× and 10× (log(t₁₀/t₅)/log 2): 1 is linear, 2 quadratic.
 */
const SAMPLES = join(__dirname, '..', '..', 'test', 'fixtures', 'samples');
const LAYOUTS: readonly [string, string][] = [
  ['crawler text (cheerio), own 2021', 'own-2021/cheerio-text.txt'],
  ['crawler text (html-to-text), city 2025', 'city-2025/html-to-text.txt'],
  ['pdftotext (reading order), Chromium PDF', 'own-2021/chromium-pdf-plain.txt'],
  ['pdftotext (reading order), LibreOffice PDF', 'own-2021/lo-docx-pdf-plain.txt'],
  ['pdftotext (reading order), Chromium PDF, labels moved', 'own-2021-errors/chromium-pdf-plain.txt'],
  ['pdftotext -layout, Chromium PDF', 'own-2021/chromium-pdf-layout.txt'],
  ['pdftotext -raw, LibreOffice PDF', 'city-2025/lo-docx-pdf-raw.txt'],
];
const TIMES = [1, 2, 5, 10] as const;

function curve(grow: (times: number) => () => unknown, quick: boolean): string[] {
  const ms = TIMES.map((n) => timeIt(grow(n), quick ? 2 : n >= 5 ? 5 : 15, quick ? 1 : 3).median);
  const five = ms[2] ?? NaN;
  const ten = ms[3] ?? NaN;
  return [...ms.map((t) => t.toFixed(2)), (Math.log(ten / five) / Math.log(2)).toFixed(2)];
}

export function benchTextTables(quick: boolean): void {
  const rows: string[][] = [];
  for (const [name, file] of LAYOUTS) {
    const text = readFileSync(join(SAMPLES, file), 'utf8');
    rows.push([name, 'whole report (analyzeReport)', ...curve((n) => {
      const big = Array<string>(n).fill(text).join('\n');
      return () => analyzeReport({ text: big });
    }, quick)]);
    rows.push([name, 'table 三 rows (tablesOf)', ...curve((n) => {
      const big = tableThreeTimes(text, n);
      return () => tablesOf(parseReport(big));
    }, quick)]);
  }
  table(`crawler and PDF text against size, ms (exponent 5×→10×: 1 linear, 2 quadratic; load ${loadAverage()})`,
    ['layout', 'grown', ...TIMES.map((n) => `${String(n)}×`), 'exp'], rows);
}

if (require.main === module) benchTextTables(process.argv.includes('--quick'));
