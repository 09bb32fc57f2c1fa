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
const workspace = seedWorkspace('vsix-workspace');
const shots = freshDir('test-results/vsix');
run(process.execPath, [path.join(__dirname, 'cs-ui-check.js'), `--vsix=${vsix}`, `--folder=${workspace}`, '--file=seed-001.txt',
  '--expect-problem=table/wrong-cell', '--expect-symbol=总体情况', `--out=${shots}`]);
