// Bundles the extension client, the language server and the CLI into dist/ (CommonJS, Node 20).
import * as esbuild from 'esbuild';

import { readFileSync } from 'node:fs';
import { copyPdfjs, PDFJS_FOLDER, pdfjsExternal } from './scripts/esbuild-pdfjs.mjs';

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

copyPdfjs('dist');
await Promise.all([
  esbuild.build({ ...common, entryPoints: ['server/src/cli/bin.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } }),
  esbuild.build({ ...common, entryPoints: ['server/src/server-main.ts'], outfile: 'dist/server.js' }),
  esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  // The office formats (.xlsx, .docx): a bundle of their own, loaded by the CLI and the server only when asked for.
  esbuild.build({ ...common, entryPoints: ['server/src/office/export.ts'], outfile: 'dist/office-export.js' }),
]);
