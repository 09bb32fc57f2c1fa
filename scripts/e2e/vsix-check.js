#!/usr/bin/env node
/* eslint-disable @typescript-eslint/no-require-imports -- plain Node script */
// The packaged extension in a fresh VS Code: packs the .vsix (vsce, offline), installs it into an empty
// code-server with `--install-extension` (no other step), opens seed 001 and reads the Problems panel,
// a hover and the Outline from the real UI; screenshots in test-results/vsix/.
'use strict';
const cp = require('child_process');
const path = require('path');
const { ROOT, toolEnv, seedWorkspace, freshDir, packageVsix } = require('./workspace');

toolEnv();
const run = (cmd, args) => {
  const r = cp.spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status || 1);
};
const vsix = packageVsix();
// The size budget stated in ARCHITECTURE.md ("Size budget"): the whole extension, offline, in one .vsix.
const VSIX_BUDGET_BYTES = 2 * 1024 * 1024;
const size = require('fs').statSync(vsix).size;
console.log(`.vsix: ${(size / 1024).toFixed(0)} KB (budget ${VSIX_BUDGET_BYTES / 1024} KB)`);
if (size > VSIX_BUDGET_BYTES) {
  console.error(`the .vsix is ${size} bytes, over its budget of ${VSIX_BUDGET_BYTES} (ARCHITECTURE.md, Size budget)`);
  process.exit(1);
}
const workspace = seedWorkspace('vsix-workspace');
const shots = freshDir('test-results/vsix');
run(process.execPath, [path.join(__dirname, 'cs-ui-check.js'), `--vsix=${vsix}`, `--folder=${workspace}`, '--file=seed-001.txt',
  '--expect-problem=table/wrong-cell', '--expect-symbol=总体情况', `--out=${shots}`]);
