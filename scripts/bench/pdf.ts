import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { table } from './reports';

/**
 * The PDF importer as it ships: the reader bundled with esbuild.mjs's pdf.js plugin, pdf.js and
 * the GB character maps beside it, in a fresh Node. Times the first PDF (loading pdf.js), then
 * each fixture after warm-up: wall time and the process's CPU time (user + system, which a busy
 * machine inflates less), split into pdf.js's reading and our layout, and the full check.
 */

const ROOT = join(__dirname, '..', '..');
const PDFS = join(ROOT, 'test', 'fixtures', 'pdf');
const FILES: readonly [string, string][] = [
  ['30-page report (Chromium)', 'yunxi-2024-long.chromium.pdf'],
  ['4-page report (Chromium, ruled tables)', 'qingshan-2024.chromium.pdf'],
  ['5-page report (LibreOffice)', 'qingshan-2024.lo.pdf'],
  ['2-page web page (Chromium, tables without borders)', 'city-2025-tables.chromium.pdf'],
];

interface PdfjsPlugin {
  readonly PDFJS_FOLDER: string;
  readonly pdfjsExternal: esbuild.Plugin;
  copyPdfjs(outdir: string): void;
}

/** The measuring program, bundled like dist/server.js. */
const PROGRAM = (root: string): string => `
import { readFileSync } from 'node:fs';
import { importPdf, readPdfPages } from ${JSON.stringify(join(root, 'server', 'src', 'import', 'pdf'))};
import { layoutPdf } from ${JSON.stringify(join(root, 'server', 'src', 'core', 'import', 'pdf', 'layout'))};
import { checkReport } from ${JSON.stringify(join(root, 'server', 'src', 'core', 'check'))};
const cpu = (): number => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
async function main(): Promise<void> {
  const [first, ...files] = process.argv.slice(2);
  const t0 = performance.now();
  await importPdf(new Uint8Array(readFileSync(first ?? '')));
  const out: Record<string, unknown> = { cold: performance.now() - t0 };
  for (const file of files) {
    const bytes = new Uint8Array(readFileSync(file));
    const runs = Number(process.env.RUNS ?? '7');
    const wall: number[] = [], cpus: number[] = [], read: number[] = [], layout: number[] = [], check: number[] = [];
    let pages = 0;
    await importPdf(bytes);
    for (let i = 0; i < runs; i++) {
      let t = performance.now(); const c = cpu();
      const report = await importPdf(bytes);
      wall.push(performance.now() - t); cpus.push(cpu() - c);
      t = performance.now(); const read0 = await readPdfPages(bytes); read.push(performance.now() - t);
      pages = read0.length;
      t = performance.now(); layoutPdf(read0, { locale: 'zh-cn' }); layout.push(performance.now() - t);
      t = performance.now(); checkReport(report.text, { tables: report.tables, notices: report.notices }); check.push(performance.now() - t);
    }
    out[file] = { pages, wall: median(wall), cpu: median(cpus), read: median(read), layout: median(layout), check: median(check) };
  }
  process.stdout.write(JSON.stringify(out));
}
void main();
`;

interface Measured {
  readonly pages: number;
  readonly wall: number;
  readonly cpu: number;
  readonly read: number;
  readonly layout: number;
  readonly check: number;
}

function folderSize(dir: string): number {
  return readdirSync(dir).reduce((sum, name) => {
    const path = join(dir, name);
    return sum + (statSync(path).isDirectory() ? folderSize(path) : statSync(path).size);
  }, 0);
}

export async function benchPdf(quick: boolean): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'govreport-bench-pdf-'));
  try {
    const plugin = (await import(join(ROOT, 'scripts', 'esbuild-pdfjs.mjs'))) as PdfjsPlugin;
    plugin.copyPdfjs(dir);
    writeFileSync(join(dir, 'bench.ts'), PROGRAM(ROOT));
    await esbuild.build({
      entryPoints: [join(dir, 'bench.ts')], outfile: join(dir, 'bench.js'), bundle: true, platform: 'node', target: 'node20', format: 'cjs', minify: true,
      logLevel: 'silent', define: { GOVREPORT_PDFJS: JSON.stringify(plugin.PDFJS_FOLDER) }, plugins: [plugin.pdfjsExternal],
    });
    const files = FILES.map(([, f]) => join(PDFS, f));
    const result = spawnSync(process.execPath, [join(dir, 'bench.js'), join(PDFS, 'songlin-2020.lo.pdf'), ...files], {
      cwd: dir, encoding: 'utf8', env: { ...process.env, RUNS: quick ? '3' : '9' }, maxBuffer: 1 << 24,
    });
    if (result.status !== 0) throw new Error(`PDF bench failed: ${result.stderr}`);
    const out = JSON.parse(result.stdout) as Record<string, Measured | number>;
    const rows: string[][] = [['first PDF in a fresh process (loads pdf.js; 4 pages)', Number(out.cold).toFixed(0), '', '', '', 'ms']];
    FILES.forEach(([name], i) => {
      const m = out[files[i] ?? ''] as Measured | undefined;
      if (!m) return;
      rows.push([`${name}, ${String(m.pages)} pages: import (wall / CPU)`, m.wall.toFixed(0), m.cpu.toFixed(0), m.read.toFixed(0), m.layout.toFixed(0), `ms; check ${m.check.toFixed(1)} ms`]);
    });
    rows.push(['dist/pdfjs on disk (pdf.js, worker, GB character maps, licences)', (folderSize(join(dir, 'pdfjs')) / 1024).toFixed(0), '', '', '', 'KB']);
    table('PDF importer (bundled, fresh Node, after warm-up; medians)', ['measure', 'wall', 'CPU', 'pdf.js read', 'layout', 'unit'], rows);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
