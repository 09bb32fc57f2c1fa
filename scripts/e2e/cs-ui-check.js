#!/usr/bin/env node
/* eslint-disable @typescript-eslint/no-require-imports -- plain Node script, copied from shared/tools/vscode-e2e */
// Look at an extension through code-server's real UI (headless Chromium): open a file, then read the
// Problems panel, the hover at line 1, and the Outline view; write screenshots; check expected texts.
//   cs-ui-check.js (--extensionDevelopmentPath=DIR | --vsix=FILE) --folder=DIR --file=REL_PATH
//                  [--expect-problem=TEXT] [--expect-hover=TEXT] [--expect-symbol=TEXT] [--out=DIR]
// Environment: see cs-launch.js. Exit code 0 when every expectation was met.
'use strict';
const cp = require('child_process');
const fs = require('fs');
const path = require('path');
const { startCodeServer, launchChromium } = require('./cs-launch');

const t0 = Date.now();
const ts = () => `[${((Date.now() - t0) / 1000).toFixed(1)}s]`;
const opt = (n) => { const a = process.argv.find((x) => x.startsWith(`--${n}=`)); return a && a.slice(n.length + 3); };
const devPath = opt('extensionDevelopmentPath');
const vsix = opt('vsix');
const folder = path.resolve(opt('folder') || '.');
const file = opt('file');
const out = path.resolve(opt('out') || 'e2e-screenshots');
fs.mkdirSync(out, { recursive: true });
const EDITOR_LINE = '.editor-instance .monaco-editor .view-line';
const rows = (page, sel) => page.$$eval(sel, (els) => els.map((e) => e.innerText.replace(/\s+/g, ' ').trim()).filter(Boolean));

/** Installs the .vsix with code-server's own CLI into the same extensions dir (the server already watches it). */
function installVsix(cs) {
  const r = cp.spawnSync(process.env.NODE24 || process.execPath, [process.env.CODE_SERVER_ENTRY,
    '--config', path.join(cs.tmp, 'config.yaml'), '--user-data-dir', cs.udd, '--extensions-dir', cs.exts,
    '--install-extension', path.resolve(vsix), '--force'], { env: { ...process.env, ...cs.env }, encoding: 'utf8' });
  console.log(ts(), (r.stdout || '').trim(), (r.stderr || '').trim());
  if (r.status !== 0) throw new Error('--install-extension failed');
}

/** Opens the workbench on the folder with the file, and waits for the editor (and a squiggle, if one comes). */
async function openWorkbench(page, cs) {
  const payload = [];
  if (devPath) payload.push(['extensionDevelopmentPath', cs.remote(devPath)]);
  if (file) payload.push(['openFile', cs.remote(path.join(folder, file))]); // opens the file at start-up
  await page.goto(cs.url(folder, payload));
  await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
  console.log(ts(), 'workbench up');
  await page.waitForSelector(EDITOR_LINE, { timeout: 60000 });
  console.log(ts(), 'editor shows', file);
  await page.waitForSelector('.editor-instance .monaco-editor :is(.squiggly-error,.squiggly-warning,.squiggly-info)', { timeout: 15000 })
    .then(() => console.log(ts(), 'diagnostic squiggle rendered'), () => console.log(ts(), 'no squiggle in view within 15s'));
}

/** The Problems panel's rows. */
async function readProblems(page) {
  await page.keyboard.press('Control+Shift+M'); // View: Problems
  await page.waitForSelector('.markers-panel .monaco-list-row', { timeout: 20000 }).catch(() => {});
  await page.waitForTimeout(300);
  const problems = await rows(page, '.markers-panel .monaco-list-row');
  console.log(ts(), 'PROBLEMS', JSON.stringify(problems));
  return problems;
}

/** The hover over the start of line 1 (screenshot with the Problems panel). */
async function readHover(page) {
  const box = await page.locator(EDITOR_LINE).first().boundingBox();
  await page.mouse.move(box.x + 5, box.y + box.height / 2);
  await page.mouse.move(box.x + 20, box.y + box.height / 2);
  await page.waitForSelector('.monaco-hover .hover-row', { timeout: 20000 }).catch(() => {});
  await page.waitForTimeout(1000);
  const hover = await rows(page, '.monaco-hover .hover-row');
  console.log(ts(), 'HOVER', JSON.stringify(hover));
  await page.screenshot({ path: path.join(out, 'problems-and-hover.png') });
  return hover;
}

/** The Outline view's rows (screenshot). */
async function readOutline(page) {
  await page.mouse.move(2, 2);
  await page.keyboard.press('Escape');
  await page.keyboard.press('F1');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type('Explorer: Focus on Outline View');
  await page.waitForTimeout(400);
  await page.keyboard.press('Enter');
  await page.waitForSelector('.outline-pane .monaco-list-row', { timeout: 20000 }).catch(() => {});
  await page.waitForTimeout(300);
  const outline = await rows(page, '.outline-pane .monaco-list-row');
  console.log(ts(), 'OUTLINE', JSON.stringify(outline));
  await page.screenshot({ path: path.join(out, 'outline.png') });
  return outline;
}

(async () => {
  let cs; let context; const failures = []; let passed = 0;
  try {
    cs = await startCodeServer({ smokeTestDriver: !!devPath });
    if (vsix) installVsix(cs);
    const page = (await launchChromium(cs.tmp, cs.env).then((x) => (context = x.context, x))).page;
    await openWorkbench(page, cs);
    const problems = await readProblems(page);
    const hover = await readHover(page);
    const outline = await readOutline(page);
    const check = (what, list, text) => {
      if (!text) return;
      if (list.some((s) => s.includes(text))) passed++; else failures.push(`${what} lacks "${text}"`);
    };
    check('Problems panel', problems, opt('expect-problem'));
    check('hover', hover, opt('expect-hover'));
    check('outline', outline, opt('expect-symbol'));
  } catch (e) {
    failures.push(`ui check crashed: ${e.message}`);
    if (context) await context.pages()[0].screenshot({ path: path.join(out, 'failure.png') }).catch(() => {});
  } finally {
    if (context) await context.close().catch(() => {});
    if (cs) cs.stop();
  }
  for (const f of failures) console.log('FAIL:', f);
  console.log(`screenshots in ${out}`);
  console.log(`${passed} passed, ${failures.length} failed`);
  setTimeout(() => process.exit(failures.length ? 1 : 0), 400);
})();
