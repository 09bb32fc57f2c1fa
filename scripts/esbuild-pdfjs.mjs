// pdf.js in the bundles (imported by esbuild.mjs and by the tests that check the bundled reader).
// pdf.js is not bundled into dist/server.js and dist/cli.js: its two ES modules are copied, minified
// as published, into dist/pdfjs/ and imported from there on the first PDF, so checking Markdown
// never parses them. Only the GB character maps (Adobe-GB1, GB*, UniGB-*) are shipped: government
// PDFs in simplified Chinese need them; Japanese, Korean and traditional ones stay out.
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** The folder beside the bundles (dist/pdfjs); the bundles find it as GOVREPORT_PDFJS. */
export const PDFJS_FOLDER = 'pdfjs';

const MODULES = { 'pdf.mjs': 'pdf.min.mjs', 'pdf.worker.mjs': 'pdf.worker.min.mjs' };

/** Character maps shipped: the simplified Chinese (GB) ones. */
export const SHIPPED_CMAP = /^(Adobe-GB1-|GB|UniGB-).*\.bcmap$/;

/** esbuild plugin: `import('pdfjs-dist/legacy/build/pdf(.worker).mjs')` stays a dynamic import of ./pdfjs/… */
export const pdfjsExternal = {
  name: 'pdfjs-external',
  setup(build) {
    build.onResolve({ filter: /^pdfjs-dist\/legacy\/build\/pdf(\.worker)?\.mjs$/ }, (args) => ({ path: `./${PDFJS_FOLDER}/${basename(args.path)}`, external: true }));
  },
};

/** Copies pdf.js's modules, the GB character maps and the licences into `outdir`/pdfjs. */
export function copyPdfjs(outdir) {
  const root = dirname(require.resolve('pdfjs-dist/package.json'));
  const target = join(outdir, PDFJS_FOLDER);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(join(target, 'cmaps'), { recursive: true });
  for (const [name, published] of Object.entries(MODULES)) copyFileSync(join(root, 'legacy', 'build', published), join(target, name));
  copyFileSync(join(root, 'LICENSE'), join(target, 'LICENSE'));
  copyFileSync(join(root, 'cmaps', 'LICENSE'), join(target, 'cmaps', 'LICENSE'));
  for (const name of readdirSync(join(root, 'cmaps'))) if (SHIPPED_CMAP.test(name)) copyFileSync(join(root, 'cmaps', name), join(target, 'cmaps', name));
}
