#!/usr/bin/env node
/* eslint-disable @typescript-eslint/no-require-imports -- plain Node script, copied from shared/tools/vscode-e2e */
// Run VS Code extension tests inside code-server's (Node) extension host, headless, from the command line.
// Takes the arguments @vscode/test-electron gives a desktop `code` binary, so it also works as
// runTests({ vscodeExecutablePath }) or @vscode/test-cli's useInstallation: { fromPath }:
//   cs-run-tests.js --extensionDevelopmentPath=DIR --extensionTestsPath=FILE [--user-data-dir=DIR]
//                   [--extensions-dir=DIR] [FOLDER] [other desktop flags are ignored]
// Environment: see cs-launch.js; TEST_TIMEOUT_MS (default 600000: the whole suite on a loaded 2-core machine), SCREENSHOT=/tmp/x.png (optional).
// Exit code: the extension host's exit code (0 = tests passed); 1 on timeout or launcher failure.
// govreport addition: a test that logs "GOVREPORT_SCREENSHOT <name> [<css selector>]" gets a screenshot of the
// real UI in $GOVREPORT_SCREENSHOTS/<name>.png (after the selector is visible); the file appears atomically
// (written, then renamed), so the test can wait for it. "GOVREPORT_FILL <name> <css selector> => <text>" types
// the text into the element (in any frame: a webview's input) and presses Enter, as a user would; the test
// waits for what that does (the document changing).
'use strict';
const fs = require('fs');
const path = require('path');
const util = require('util');
const { startCodeServer, launchChromium } = require('./cs-launch');

const t0 = Date.now();
const ts = () => `[${((Date.now() - t0) / 1000).toFixed(1)}s]`;
const argv = process.argv.slice(2);
const opt = (name) => { const a = argv.find((x) => x.startsWith(`--${name}=`)); return a && a.slice(name.length + 3); };
const devPaths = argv.filter((x) => x.startsWith('--extensionDevelopmentPath=')).map((x) => x.slice(27));
const testsPath = opt('extensionTestsPath');
const folder = argv.filter((x) => !x.startsWith('-'))[0];
if (!testsPath || !devPaths.length) { console.error('need --extensionDevelopmentPath= and --extensionTestsPath='); process.exit(2); }

(async () => {
  let cs; let context; let code = 1;
  try {
    cs = await startCodeServer({ userDataDir: opt('user-data-dir'), extensionsDir: opt('extensions-dir') });
    console.log(ts(), `code-server on 127.0.0.1:${cs.port} (pid ${cs.pid})`);
    ({ context } = await launchChromium(cs.tmp, cs.env));
    const page = context.pages()[0];
    let done; const exited = new Promise((r) => (done = r));
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const line = util.format(...(args || []));
      const shot = /^GOVREPORT_SCREENSHOT (\S+)(?: (.+))?$/.exec(line.trim());
      if (shot && process.env.GOVREPORT_SCREENSHOTS) {
        const file = path.join(process.env.GOVREPORT_SCREENSHOTS, `${shot[1]}.png`);
        const wait = shot[2] ? waitForSelector(page, shot[2]).catch(() => console.log(ts(), `no ${shot[2]} for ${shot[1]}`)) : Promise.resolve();
        wait.then(() => page.screenshot({ path: `${file}.tmp.png` }))
          .then(() => fs.renameSync(`${file}.tmp.png`, file))
          .then(() => console.log(ts(), `screenshot ${file}`), (e) => console.log(ts(), `screenshot ${shot[1]} failed: ${e.message}`));
        return;
      }
      const fill = /^GOVREPORT_FILL (\S+) (.+) => (.*)$/.exec(line.trim());
      if (fill) {
        fillInFrames(page, fill[2], fill[3]).then(
          () => console.log(ts(), `filled ${fill[1]}`),
          (e) => console.log(ts(), `fill ${fill[1]} failed: ${e.message}`),
        );
        return;
      }
      if (process.env.VERBOSE) return console.log(`[${type}]`, line);
      // offline extension-gallery lookups and workbench chatter
      if (/getaddrinfo ENOTFOUND|^Canceled|^(\[|Resolving|Resolved|Creating|Updating)/.test(line)) return;
      console.log(line);
    });
    await page.exposeFunction('codeAutomationExit', (c) => done(c));
    const payload = devPaths.map((p) => ['extensionDevelopmentPath', cs.remote(p)]);
    payload.push(['extensionTestsPath', cs.remote(testsPath)]);
    await page.goto(cs.url(folder, payload));
    const timeoutMs = Number(process.env.TEST_TIMEOUT_MS || 600000);
    code = await Promise.race([exited, new Promise((r) => setTimeout(() => r('timeout'), timeoutMs))]);
    if (process.env.SCREENSHOT) await page.screenshot({ path: process.env.SCREENSHOT });
    console.log(ts(), `extension host exited with ${code}`);
    if (typeof code !== 'number') code = 1;
  } catch (e) {
    console.error(ts(), 'runner failed:', e.message);
    code = 1;
  } finally {
    if (context) await context.close().catch(() => {});
    if (cs) cs.stop();
  }
  setTimeout(() => process.exit(code), 400);
})();

/** Types `text` into the first element matching `selector` in any frame of the page, then presses Enter. */
async function fillInFrames(page, selector, text) {
  const deadline = Date.now() + 20000;
  for (;;) {
    for (const frame of page.frames()) {
      const element = await frame.$(selector).catch(() => null);
      // A webview may re-render between finding the element and typing: find it again.
      const typed = element && await element.fill(text).then(() => element.press('Enter')).then(() => true, () => false);
      if (typed) return;
    }
    if (Date.now() > deadline) throw new Error(`no ${selector}`);
    await page.waitForTimeout(200);
  }
}

/**
 * Waits until `selector` matches in the page or, written "frame>> css", inside any frame (a webview
 * such as the Markdown preview renders in nested iframes after its tab has opened).
 */
async function waitForSelector(page, selector) {
  const inFrames = /^frame>>\s*(\S.*)$/.exec(selector);
  if (!inFrames) return page.waitForSelector(selector, { timeout: 20000 });
  const deadline = Date.now() + 20000;
  for (;;) {
    for (const frame of page.frames()) {
      if (await frame.$(inFrames[1]).catch(() => null)) return;
    }
    if (Date.now() > deadline) throw new Error(`no ${selector}`);
    await page.waitForEvent('framenavigated', { timeout: 500 }).catch(() => undefined);
  }
}
