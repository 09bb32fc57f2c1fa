/* eslint-disable @typescript-eslint/no-require-imports, @typescript-eslint/no-unused-vars -- plain Node script, copied from shared/tools/vscode-e2e */
// Shared helpers: start a throwaway code-server on 127.0.0.1 and a headless Debian Chromium via playwright-core.
// Environment: CODE_SERVER_ENTRY (…/node_modules/code-server/out/node/entry.js, required),
//   NODE24 (a node >= 24 binary; default: the current node), CHROMIUM (default /usr/bin/chromium),
//   PLAYWRIGHT_CORE (module path; default 'playwright-core'), VERBOSE=1, KEEP_TMP=1.
'use strict';
const cp = require('child_process');
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');

const DEFAULT_SETTINGS = {
  'workbench.startupEditor': 'none', 'workbench.tips.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden', 'chat.disableAIFeatures': true,
  'telemetry.telemetryLevel': 'off', 'update.mode': 'none', 'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false, 'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false, 'git.enabled': false,
};

function freePort() {
  return new Promise((res, rej) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => res(p)); });
    s.on('error', rej);
  });
}

async function waitHttp(url, ms) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try { const r = await fetch(url); if (r.ok) return; } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no answer from ${url}`);
}

/**
 * Starts code-server. Returns { port, tmp, env, remote(p), url(folder, payload), stop() }.
 * opts: userDataDir, extensionsDir, settings (object), smokeTestDriver (default true).
 */
async function startCodeServer(opts = {}) {
  const entry = process.env.CODE_SERVER_ENTRY;
  if (!entry || !fs.existsSync(entry)) throw new Error('set CODE_SERVER_ENTRY to …/code-server/out/node/entry.js');
  const node24 = process.env.NODE24 || process.execPath;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cs-e2e-'));
  const home = path.join(tmp, 'home');
  // throwaway HOME/XDG dirs: code-server and Chromium otherwise write into ~/.config, ~/.local/share, ~/.cache
  const env = { HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'), XDG_DATA_HOME: path.join(home, '.local/share'),
    XDG_CACHE_HOME: path.join(home, '.cache') };
  const udd = path.resolve(opts.userDataDir || path.join(tmp, 'user-data'));
  const exts = path.resolve(opts.extensionsDir || path.join(tmp, 'extensions'));
  fs.mkdirSync(path.join(udd, 'User'), { recursive: true });
  fs.mkdirSync(exts, { recursive: true });
  fs.mkdirSync(home, { recursive: true });
  const settings = path.join(udd, 'User', 'settings.json');
  if (!fs.existsSync(settings)) fs.writeFileSync(settings, JSON.stringify({ ...DEFAULT_SETTINGS, ...(opts.settings || {}) }, null, 2));
  fs.writeFileSync(path.join(tmp, 'config.yaml'), '');
  const port = await freePort();
  const args = [entry, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--config', path.join(tmp, 'config.yaml'),
    '--user-data-dir', udd, '--extensions-dir', exts, '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--disable-getting-started-override', '--ignore-last-opened'];
  // The web client only honours extensionDevelopmentPath/extensionTestsPath from the URL "payload" in a
  // built product when the smoke-test driver is enabled; it also makes the workbench call
  // window.codeAutomationLog/codeAutomationExit (the hooks @vscode/test-web uses).
  if (opts.smokeTestDriver !== false) args.push('--vscode-option', 'enable-smoke-test-driver');
  // govreport addition: extra code-server flags, e.g. CS_EXTRA_ARGS='--locale zh-cn' (VS Code's display language).
  if (process.env.CS_EXTRA_ARGS) args.push(...process.env.CS_EXTRA_ARGS.split(/\s+/).filter(Boolean));
  const logFile = path.join(tmp, 'code-server.log');
  const log = fs.openSync(logFile, 'w');
  const child = cp.spawn(node24, args, { detached: true, stdio: ['ignore', log, log], env: { ...process.env, ...env } });
  const stop = () => {
    try { process.kill(-child.pid, 'SIGTERM'); } catch {}
    if (!process.env.KEEP_TMP) setTimeout(() => fs.rmSync(tmp, { recursive: true, force: true }), 300).unref();
  };
  process.on('exit', () => { try { process.kill(-child.pid, 'SIGTERM'); } catch {} });
  try {
    await waitHttp(`http://127.0.0.1:${port}/healthz`, 30000);
  } catch (e) {
    stop();
    throw new Error(`code-server did not start: ${fs.readFileSync(logFile, 'utf8').slice(-3000)}`);
  }
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${path.resolve(p)}`;
  const url = (folder, payload = []) => {
    const q = new URLSearchParams(folder ? { folder: path.resolve(folder) } : { ew: 'true' });
    if (payload.length) q.set('payload', JSON.stringify(payload));
    return `http://127.0.0.1:${port}/?${q}`;
  };
  return { port, pid: child.pid, tmp, env, udd, exts, logFile, remote, url, stop };
}

async function launchChromium(tmp, env) {
  const { chromium } = require(process.env.PLAYWRIGHT_CORE || 'playwright-core');
  const context = await chromium.launchPersistentContext(path.join(tmp, 'chromium-profile'), {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1400, height: 900 },
    env: { ...process.env, ...env },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-crash-reporter', '--disable-breakpad'],
  });
  const page = context.pages()[0] || await context.newPage();
  return { context, page };
}

module.exports = { startCodeServer, launchChromium, freePort };
