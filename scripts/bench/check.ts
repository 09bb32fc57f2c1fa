import { checkReport } from '../../server/src/core/check';
import { realisticFloor } from './floor';
import { corpusReports, kb, reportOfSize, table, timeIt, typicalReport } from './reports';

/**
 * The full check (checkReport: parse, every rule, disable comments) on the corpus reports, on the
 * typical report, and on generated reports from 1 KB to 10 MB; side by side with markdownlint
 * (default rules) on the same text and with the floor: splitting into lines plus one regular
 * expression over them.
 */

/** The floor: one pass of splitting the text into lines and one regular expression over them. */
export function floor(text: string): number {
  let n = 0;
  for (const line of text.split(/\r?\n/)) if (/^\s*(?:#+\s*)?[一二三四五六七八九十]+、/.test(line)) n++;
  return n;
}

type Lint = (text: string) => number;

async function markdownlint(): Promise<Lint> {
  const { lint } = await import('markdownlint/sync');
  return (text) => Object.values(lint({ strings: { doc: text } })).reduce((n, errors) => n + errors.length, 0);
}

const SIZES = [1, 4, 20, 100, 500, 1024, 4096, 10240];

export async function benchCheck(quick: boolean): Promise<void> {
  const lint = await markdownlint();
  const runs = quick ? 50 : 300;
  const rows: string[][] = [];
  const row = (name: string, text: string, n: number) => {
    const ours = timeIt(() => checkReport(text), n);
    const ml = timeIt(() => lint(text), n);
    const fl = timeIt(() => floor(text), n);
    const real = timeIt(() => realisticFloor(text), n);
    rows.push([name, kb(text), ours.median.toFixed(3), ours.p95.toFixed(3), ml.median.toFixed(3), fl.median.toFixed(3), real.median.toFixed(3), (ours.median / real.median).toFixed(1), String(checkReport(text).findings.length)]);
    return { ours, real };
  };
  const typical = row('typical report (3 tables, Markdown)', typicalReport(), runs * 2);
  for (const r of corpusReports()) row(r.name, r.text, runs);
  table('full check per report, ms (median after warm-up; markdownlint 0.42.1 default rules; floor = split lines + one regex; realistic floor = scripts/bench/floor.ts)',
    ['report', 'size', 'median', 'p95', 'markdownlint', 'floor', 'real floor', 'ours/real floor', 'findings'], rows);
  const ratio = typical.ours.median / typical.real.median;
  console.log(`  typical report: ${typical.ours.median.toFixed(3)} ms (target ≤ 0.5 ms: ${typical.ours.median <= 0.5 ? 'met' : 'NOT met'}); ${ratio.toFixed(1)} × the realistic floor ${typical.real.median.toFixed(3)} ms (target ≈ 2×: ${ratio <= 2.5 ? 'met' : 'NOT met'})`);

  const curve: string[][] = [];
  for (const size of quick ? SIZES.filter((s) => s <= 1024) : SIZES) {
    const text = reportOfSize(size * 1024);
    const n = size >= 4096 ? 3 : size >= 500 ? 7 : size >= 100 ? 30 : runs;
    const ours = timeIt(() => checkReport(text), n, size >= 1024 ? 1 : 5);
    const ml = timeIt(() => lint(text), n, size >= 1024 ? 1 : 5);
    const fl = timeIt(() => floor(text), n, size >= 1024 ? 1 : 5);
    curve.push([`${size} KB`, kb(text), ours.median.toFixed(2), ((ours.median / size) * 1000).toFixed(1), ml.median.toFixed(2), fl.median.toFixed(3), (ours.median / fl.median).toFixed(0)]);
  }
  table('full check against size: generated reports (the standard example, part 一 filled with corpus prose)',
    ['target', 'size', 'ours ms', 'µs per KB', 'markdownlint ms', 'floor ms', 'ours/floor'], curve);
}
