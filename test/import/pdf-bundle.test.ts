import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';

/**
 * The PDF reader as it ships: bundled by esbuild with the plugin of esbuild.mjs, pdf.js and the
 * GB character maps copied beside the bundle, run by plain Node in a folder with no node_modules
 * (as the .vsix installs it): it reads a real PDF and a PDF that needs the character maps, prints
 * nothing of its own, and the copies are pdf.js's published files, unchanged.
 */

const ROOT = join(__dirname, '..', '..');

interface EsbuildPdfjs {
  readonly PDFJS_FOLDER: string;
  readonly SHIPPED_CMAP: RegExp;
  readonly pdfjsExternal: esbuild.Plugin;
  copyPdfjs(outdir: string): void;
}

describe('PDF reader bundled', function () {
  this.timeout(120_000);
  let dir = '';

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'govreport-pdf-bundle-'));
    const plugin = (await import(join(ROOT, 'scripts', 'esbuild-pdfjs.mjs'))) as EsbuildPdfjs;
    plugin.copyPdfjs(dir);
    const entry = join(dir, 'entry.ts');
    writeFileSync(entry, [
      `import { readFileSync } from 'node:fs';`,
      `import { importPdf } from ${JSON.stringify(join(ROOT, 'server', 'src', 'import', 'pdf'))};`,
      `import { gbFontPdf } from ${JSON.stringify(join(ROOT, 'test', 'support', 'pdf-writer'))};`,
      'async function main(): Promise<void> {',
      '  const report = await importPdf(new Uint8Array(readFileSync(process.argv[2] ?? "")));',
      '  const gb = await importPdf(gbFontPdf(["政府信息公开工作年度报告"], "GBK-EUC-H"));',
      '  process.stdout.write(JSON.stringify({ text: report.text, tables: report.tables.length, gb: gb.text }));',
      '}',
      'void main();',
    ].join('\n'));
    await esbuild.build({
      entryPoints: [entry], outfile: join(dir, 'entry.js'), bundle: true, platform: 'node', target: 'node20', format: 'cjs', minify: true,
      logLevel: 'silent', define: { GOVREPORT_PDFJS: JSON.stringify(plugin.PDFJS_FOLDER) }, plugins: [plugin.pdfjsExternal],
    });
  });

  after(() => { rmSync(dir, { recursive: true, force: true }); });

  it('reads a PDF from the bundle alone, quietly, with the character maps beside it', () => {
    const result = spawnSync(process.execPath, [join(dir, 'entry.js'), join(ROOT, 'test', 'fixtures', 'pdf', 'songlin-2020.lo.pdf')], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' }, timeout: 60_000 });
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stderr, '');
    const out = JSON.parse(result.stdout) as { text: string; tables: number; gb: string };
    assert.match(out.text, /^# 松林镇人民政府2020年政府信息公开工作年度报告$/m);
    assert.equal(out.tables, 3);
    assert.equal(out.gb, '政府信息公开工作年度报告\n');
    // pdf.js was not bundled in: it is loaded from ./pdfjs.
    const bundle = readFileSync(join(dir, 'entry.js'), 'utf8');
    assert.match(bundle, /import\("\.\/pdfjs\/pdf\.mjs"\)/);
    // The importer with the core and the message catalogues is about 210 KB; pdf.js alone (pdf.min.mjs) is 480 KB.
    assert.ok(statSync(join(dir, 'entry.js')).size < 300_000);
  });

  it('ships pdf.js as published and only the simplified Chinese character maps', async () => {
    const plugin = (await import(join(ROOT, 'scripts', 'esbuild-pdfjs.mjs'))) as EsbuildPdfjs;
    const pkg = join(ROOT, 'node_modules', 'pdfjs-dist');
    assert.ok(readFileSync(join(dir, 'pdfjs', 'pdf.mjs')).equals(readFileSync(join(pkg, 'legacy', 'build', 'pdf.min.mjs'))));
    assert.ok(readFileSync(join(dir, 'pdfjs', 'pdf.worker.mjs')).equals(readFileSync(join(pkg, 'legacy', 'build', 'pdf.worker.min.mjs'))));
    const maps = readdirSync(join(dir, 'pdfjs', 'cmaps')).filter((f) => f.endsWith('.bcmap'));
    assert.ok(maps.includes('UniGB-UCS2-H.bcmap') && maps.includes('Adobe-GB1-UCS2.bcmap') && maps.includes('GBK-EUC-H.bcmap'));
    assert.ok(maps.every((f) => plugin.SHIPPED_CMAP.test(f)), 'only GB maps');
    assert.ok(!maps.some((f) => /^(UniJIS|UniKS|UniCNS|Adobe-Japan|Adobe-Korea|Adobe-CNS)/.test(f)));
    // Within its share of the .vsix budget (ARCHITECTURE.md, Size budget): 1.87 MB on disk today.
    const size = (folder: string): number => readdirSync(folder).reduce((sum, f) => sum + (statSync(join(folder, f)).isDirectory() ? size(join(folder, f)) : statSync(join(folder, f)).size), 0);
    assert.ok(size(join(dir, 'pdfjs')) < 2.1 * 1024 * 1024, `dist/pdfjs is ${String(size(join(dir, 'pdfjs')))} bytes`);
  });

  it('pdf.js never evaluates code from a file, and only reads the bytes it is given', () => {
    const source = readFileSync(join(ROOT, 'server', 'src', 'import', 'pdf-read.ts'), 'utf8');
    const call = source.slice(source.indexOf('pdfjs.getDocument({'), source.indexOf('});', source.indexOf('pdfjs.getDocument({')));
    assert.match(call, /isEvalSupported: false/);
    assert.match(call, /data: /);
    assert.doesNotMatch(call, /\burl:|useSystemFonts: true|enableXfa: true/);
  });
});
