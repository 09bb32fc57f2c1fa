#!/usr/bin/env node
/* eslint-disable @typescript-eslint/no-require-imports -- plain Node script, copied from shared/tools/vscode-e2e */
// Real-editor tests of the packaged extension: packs the .vsix (vsce, offline), unpacks it as VS Code
// installs it, bundles test/e2e/*.ts, prepares a workspace with seed 001, and runs the tests through
// @vscode/test-electron's runTests() with code-server standing in for the desktop VS Code
// (vscodeExecutablePath = cs-run-tests.js; the unpacked extension is the development path). Screenshots go to test-results/e2e/ (git-ignored).
// Needs the tools of scripts/e2e/e2e-setup.sh (npm run e2e:setup); their paths default to $E2E_TOOLS.
'use strict';
const fs = require('fs');
const path = require('path');
const esbuild = require('esbuild');
const { runTests } = require('@vscode/test-electron');

const { ROOT, toolEnv, seedWorkspace, freshDir, packageVsix, unpackVsix } = require('./workspace');

toolEnv();

(async () => {
  const out = path.join(ROOT, 'out', 'e2e');
  fs.rmSync(out, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: [path.join(ROOT, 'test/e2e/index.ts'), ...fs.readdirSync(path.join(ROOT, 'test/e2e')).filter((f) => f.endsWith('.e2e.ts')).map((f) => path.join(ROOT, 'test/e2e', f))],
    outdir: out, bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['vscode', 'mocha'], logLevel: 'warning',
  });
  const extension = unpackVsix(packageVsix(), path.join(ROOT, 'out', 'e2e-extension'));
  const workspace = seedWorkspace('e2e-workspace');
  const shots = freshDir('test-results/e2e');
  process.env.GOVREPORT_SCREENSHOTS = shots;
  try {
    const code = await runTests({
      vscodeExecutablePath: path.join(__dirname, 'cs-run-tests.js'),
      extensionDevelopmentPath: extension,
      extensionTestsPath: path.join(out, 'index.js'),
      launchArgs: [workspace],
      // GOVREPORT_E2E_GREP: run only the tests whose title matches (mocha's --grep), while working on one.
      extensionTestsEnv: { GOVREPORT_SCREENSHOTS: shots, GOVREPORT_E2E_GREP: process.env.GOVREPORT_E2E_GREP ?? '' },
    });
    console.log(`real-editor tests: exit ${code}; screenshots in ${path.relative(ROOT, shots)}/: ${fs.readdirSync(shots).join(', ')}`);
    process.exitCode = code;
  } catch (e) {
    console.error('real-editor tests failed:', e.message);
    process.exitCode = 1;
  }
})();
