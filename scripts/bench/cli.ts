import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpusReports, cyclic, quantile, table, typicalReport } from './reports';

/**
 * The built CLI (dist/cli.js, `node esbuild.mjs` first) on a folder of 1,000 reports: wall time
 * of the whole process, start included, as a user would run it. The folder cycles through the
 * corpus reports and the typical report, 50 per sub-folder.
 */
const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');

export function benchCli(quick: boolean): void {
  const count = 1000;
  const dir = mkdtempSync(join(tmpdir(), 'govreport-bench-'));
  try {
    const texts = [...corpusReports().filter((r) => !r.name.endsWith('.html')).map((r) => r.text), typicalReport()];
    let bytes = 0;
    for (let i = 0; i < count; i++) {
      const sub = join(dir, `batch-${String(Math.floor(i / 50)).padStart(2, '0')}`);
      mkdirSync(sub, { recursive: true });
      const text = cyclic(texts, i);
      bytes += Buffer.byteLength(text);
      writeFileSync(join(sub, `report-${String(i).padStart(4, '0')}.txt`), text);
    }
    const rows: string[][] = [];
    const runs = quick ? 1 : 3;
    for (const format of ['text', 'json']) {
      const times: number[] = [];
      let status: number | null = null;
      for (let k = 0; k < runs; k++) {
        const t0 = process.hrtime.bigint();
        const r = spawnSync(process.execPath, [CLI, 'check', '--format', format, dir], { encoding: 'utf8', maxBuffer: 1 << 30 });
        times.push(Number(process.hrtime.bigint() - t0) / 1e9);
        status = r.status;
        if (r.error) throw r.error;
      }
      times.sort((a, b) => a - b);
      rows.push([`govreport check --format ${format} <folder>`, String(count), `${(bytes / 1024 / 1024).toFixed(1)} MB`, quantile(times, 0.5).toFixed(2), String(status)]);
    }
    const start = [];
    for (let k = 0; k < 5; k++) {
      const t0 = process.hrtime.bigint();
      spawnSync(process.execPath, [CLI, '--version']);
      start.push(Number(process.hrtime.bigint() - t0) / 1e9);
    }
    start.sort((a, b) => a - b);
    rows.push(['govreport --version (process start only)', '0', '', quantile(start, 0.5).toFixed(2), '0']);
    table('CLI, wall time in seconds (median of runs, process start included)', ['command', 'reports', 'input', 'seconds', 'exit'], rows);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
