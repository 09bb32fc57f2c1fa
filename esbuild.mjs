// Bundles the extension client, the language server and the CLI into dist/ (CommonJS, Node 20);
// the web extension (dist/web/: client and Web Worker server) and the offline page (dist/offline/)
// for browsers. `--page` builds the offline page alone.
import * as esbuild from 'esbuild';

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { copyPdfjs, PDFJS_FOLDER, pdfjsExternal } from './scripts/esbuild-pdfjs.mjs';
import { buildOfflinePage } from './scripts/esbuild-page.mjs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const production = process.argv.includes('--production');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
  define: { GOVREPORT_VERSION: JSON.stringify(version), GOVREPORT_PDFJS: JSON.stringify(PDFJS_FOLDER) },
  // pdf.js loads from dist/pdfjs/ on the first PDF (scripts/esbuild-pdfjs.mjs).
  plugins: [pdfjsExternal],
};

// The browser builds: the readers that need Node (.doc/.wps through word-extractor, PDF through pdf.js
// loaded from disk) are replaced by ones that refuse the file with a reason (web/extension/unavailable-readers.ts).
// The web extension's server and the offline page's worker read PDFs with their own readers, resolved
// before this (webPdfReader below, scripts/esbuild-page.mjs).
const nodeOnlyReaders = {
  name: 'node-only-readers',
  setup(build) {
    const stand_in = fileURLToPath(new URL('./web/extension/unavailable-readers.ts', import.meta.url));
    build.onResolve({ filter: /^\.\/(doc|pdf)$/ }, (args) => (/[\\/]server[\\/]src[\\/]import[\\/]registry\.ts$/.test(args.importer) ? { path: stand_in } : undefined));
  },
};
// The web extension's language server reads PDFs with the extension's dist/pdfjs, imported by URL (web/extension/pdf.ts).
const webPdfReader = {
  name: 'web-pdf-reader',
  setup(build) {
    const reader = fileURLToPath(new URL('./web/extension/pdf.ts', import.meta.url));
    build.onResolve({ filter: /^\.\/pdf$/ }, (args) => (/[\\/]server[\\/]src[\\/]import[\\/]registry\.ts$/.test(args.importer) ? { path: reader } : undefined));
  },
};
const browser = {
  bundle: true,
  platform: 'browser',
  target: ['chrome110', 'firefox115'],
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
  define: { GOVREPORT_VERSION: JSON.stringify(version) },
  plugins: [nodeOnlyReaders],
};
const pageBuild = () => buildOfflinePage(browser);

if (process.argv.includes('--page')) {
  await pageBuild();
  process.exit(0);
}

copyPdfjs('dist');
await Promise.all([
  // The web extension (package.json `browser`): the client in the web extension host, the language server in a Web Worker.
  esbuild.build({ ...browser, format: 'cjs', entryPoints: ['web/extension/client.ts'], outfile: 'dist/web/client.js', external: ['vscode'] }),
  esbuild.build({ ...browser, format: 'iife', entryPoints: ['web/extension/server.ts'], outfile: 'dist/web/server.js', plugins: [webPdfReader, ...browser.plugins] }),
  pageBuild(),
  esbuild.build({ ...common, entryPoints: ['server/src/cli/bin.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } }),
  esbuild.build({ ...common, entryPoints: ['server/src/server-main.ts'], outfile: 'dist/server.js' }),
  esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  // The table view's page (client/src/table-view/webview): script and style, loaded by the webview from dist/table-view/.
  esbuild.build({ ...browser, format: 'iife', entryPoints: ['client/src/table-view/webview/main.ts'], outfile: 'dist/table-view/webview.js' }),
  // The office formats (.xlsx, .docx): a bundle of their own, loaded by the CLI and the server only when asked for.
  esbuild.build({ ...common, entryPoints: ['server/src/office/export.ts'], outfile: 'dist/office-export.js' }),
]);
