// The offline page (web/page/): one folder, dist/offline/, that works from file:// and from any
// static server: index.html, one classic script (an IIFE: file:// pages cannot load ES modules or
// workers from files) and one style sheet. The checking worker (web/page/src/worker.ts: importers,
// pdf.js, the core) is bundled first and carried inside the page's script as a string, which the page
// starts from a blob: URL (CSP worker-src blob:). Nothing is fetched at run time.
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SHIPPED_CMAP } from './esbuild-pdfjs.mjs';

export const OFFLINE_FOLDER = 'dist/offline';

/** The rule docs (docs/rules/<category>/<name>.md, what the editor links to) as one module: the page shows them beside each finding. */
const ruleDocs = {
  name: 'rule-docs',
  setup(build) {
    build.onResolve({ filter: /^govreport:rule-docs$/ }, (args) => ({ path: args.path, namespace: 'rule-docs' }));
    build.onLoad({ filter: /.*/, namespace: 'rule-docs' }, () => {
      const docs = {};
      for (const category of readdirSync('docs/rules').sort()) {
        for (const file of readdirSync(join('docs/rules', category)).sort()) {
          if (file.endsWith('.md')) docs[`${category}/${file.slice(0, -3)}`] = readFileSync(join('docs/rules', category, file), 'utf8');
        }
      }
      return { contents: `export const RULE_DOCS = ${JSON.stringify(docs)};`, loader: 'js', watchFiles: [] };
    });
  },
};

/** The GB character maps pdf.js reads Chinese PDFs with (the CLI's set, scripts/esbuild-pdfjs.mjs), base64 by name, inside the page's worker. */
const gbCmaps = {
  name: 'gb-cmaps',
  setup(build) {
    build.onResolve({ filter: /^govreport:gb-cmaps$/ }, (args) => ({ path: args.path, namespace: 'gb-cmaps' }));
    build.onLoad({ filter: /.*/, namespace: 'gb-cmaps' }, () => {
      const folder = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'cmaps');
      const maps = {};
      for (const file of readdirSync(folder).sort()) if (SHIPPED_CMAP.test(file)) maps[file.slice(0, -'.bcmap'.length)] = readFileSync(join(folder, file)).toString('base64');
      return { contents: `export const GB_CMAPS = ${JSON.stringify(maps)};`, loader: 'js' };
    });
  },
};

/** The page reads PDFs with the CLI's reader (server/src/import/pdf-read.ts) and pdf.js bundled into its worker. */
const pagePdfReader = {
  name: 'page-pdf-reader',
  setup(build) {
    const reader = fileURLToPath(new URL('../web/page/src/pdf.ts', import.meta.url));
    build.onResolve({ filter: /^\.\/pdf$/ }, (args) => (/[\\/]server[\\/]src[\\/]import[\\/]registry\.ts$/.test(args.importer) ? { path: reader } : undefined));
  },
};

/** The worker's bundled code as a module of the page's script: `export const WORKER_SOURCE = "…"`. */
const workerSource = (code) => ({
  name: 'worker-source',
  setup(build) {
    build.onResolve({ filter: /^govreport:worker-source$/ }, (args) => ({ path: args.path, namespace: 'worker-source' }));
    build.onLoad({ filter: /.*/, namespace: 'worker-source' }, () => ({ contents: `export const WORKER_SOURCE = ${JSON.stringify(code)};`, loader: 'js' }));
  },
});

/** Builds the page with the browser options of esbuild.mjs. */
export async function buildOfflinePage(browser) {
  rmSync(OFFLINE_FOLDER, { recursive: true, force: true });
  mkdirSync(OFFLINE_FOLDER, { recursive: true });
  copyFileSync('web/page/index.html', `${OFFLINE_FOLDER}/index.html`);
  copyFileSync('web/page/govreport.css', `${OFFLINE_FOLDER}/govreport.css`);
  // The page ships minified whatever the build: it is the artifact users copy (no source map beside it).
  // The worker: the core, the importers, and pdf.js with its worker code and the GB character maps
  // (web/page/src/pdfjs-engine.ts; its modules run on the first PDF only).
  const worker = await esbuild.build({ ...browser, minify: true, sourcemap: false, write: false, plugins: [pagePdfReader, ...browser.plugins, gbCmaps], format: 'iife', entryPoints: ['web/page/src/worker.ts'], outfile: `${OFFLINE_FOLDER}/worker.js` });
  const code = worker.outputFiles[0]?.text;
  if (code === undefined) throw new Error('the page worker was not built');
  await esbuild.build({ ...browser, minify: true, sourcemap: false, plugins: [...browser.plugins, ruleDocs, workerSource(code)], format: 'iife', entryPoints: ['web/page/src/main.ts'], outfile: `${OFFLINE_FOLDER}/govreport.js` });
  copyFileSync(join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'LICENSE'), `${OFFLINE_FOLDER}/pdfjs.LICENSE`);
}
