// The offline page (web/page/): one folder, dist/offline/, that works from file:// and from any
// static server: index.html, one classic script (an IIFE: file:// pages cannot load ES modules or
// workers) and one style sheet. Nothing is fetched at run time.
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

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

/** Builds the page with the browser options of esbuild.mjs. */
export async function buildOfflinePage(browser) {
  rmSync(OFFLINE_FOLDER, { recursive: true, force: true });
  mkdirSync(OFFLINE_FOLDER, { recursive: true });
  copyFileSync('web/page/index.html', `${OFFLINE_FOLDER}/index.html`);
  copyFileSync('web/page/govreport.css', `${OFFLINE_FOLDER}/govreport.css`);
  // The page ships minified whatever the build: it is the artifact users copy (no source map beside it).
  await esbuild.build({ ...browser, minify: true, sourcemap: false, plugins: [...browser.plugins, ruleDocs], format: 'iife', entryPoints: ['web/page/src/main.ts'], outfile: `${OFFLINE_FOLDER}/govreport.js` });
}
