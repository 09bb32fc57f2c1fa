import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { CodeLens, CompletionItem, Diagnostic, DocumentSymbol, Hover, MarkupContent } from 'vscode-languageserver';
import { startLsp } from './lsp/harness';
import { defined, nth } from './support/nth';

/**
 * Security: document text never reaches a hover, code lens or message as trusted Markdown or HTML;
 * no eval, no network, no child process but the language server in our code or bundles; Restricted
 * Mode declared (npm audit of the runtime dependencies is a release check: test/release/); the .vsix holds exactly its allow-list.
 */
const ROOT = join(__dirname, '..');
const HOSTILE = [
  '# 某局2023年政府信息公开工作年度报告[x](command:workbench.action.terminal.new)<script>alert(1)</script>',
  '',
  '## 一、总体情况[x](command:workbench.action.terminal.new)<script>alert(1)</script>',
  '',
  '全年主动公开信息10条<img src=x onerror=alert(1)>，其中[点我](command:workbench.action.terminal.new?%5B%22rm%22%5D)3条、<b>政策</b>4条。',
  '',
  '## 二、主动公开政府信息情况<iframe src="javascript:alert(1)">',
  '',
  '| 信息内容<script>x</script> | 本年制发件数 | 本年废止件数 | 现行有效件数 |',
  '|---|---|---|---|',
  '| 规章[x](command:evil) | 1 | 0 | <b>1</b> |',
  '',
  '## 四、政府信息公开行政复议<a href="command:evil">诉讼</a>情况',
  '',
].join('\n');

/** Markdown that would do something when rendered: an unescaped link, an HTML tag, a command URI. */
function assertInert(markdown: string, where: string): void {
  assert.doesNotMatch(markdown, /(?<!\\)\]\((?!\\)/, `${where}: an unescaped Markdown link: ${markdown}`);
  assert.doesNotMatch(markdown, /(?<!\\)<\/?[a-z!]/i, `${where}: unescaped HTML: ${markdown}`);
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
}

describe('security: hostile text renders inert', function () {
  this.timeout(60_000);

  it('a hostile report renders inert in hovers, code lenses, diagnostics, symbols and completions', async () => {
    const lsp = await startLsp({ settings: { files: { '**/*.md': true } } });
    const uri = 'file:///work/reports/hostile.md';
    await lsp.open(uri, HOSTILE);
    const lines = HOSTILE.split('\n');
    const responses: unknown[] = [];
    let hovers = 0;
    for (const [line, text] of lines.entries()) {
      for (let character = 0; character <= text.length; character += 3) {
        const h = await lsp.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line, character } });
        if (!h) continue;
        hovers++;
        responses.push(h);
        const contents = h.contents as MarkupContent;
        assert.equal(typeof contents.value, 'string');
        assertInert(contents.value, `hover at ${line}:${character}`);
      }
    }
    assert.ok(hovers > 0, 'no hover on the hostile report');
    // The hostile heading did reach a hover, escaped.
    assert.ok(responses.some((h) => ((h as Hover).contents as MarkupContent).value.includes('\\[x\\]\\(command')), 'the heading text is not in any hover');
    const lenses = await lsp.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    for (const l of lenses) {
      assert.ok(['', 'govreport.applyWorkspaceEdit', 'govreport.openTableView'].includes(defined(l.command).command), `lens command ${defined(l.command).command}`);
      assert.doesNotMatch(defined(l.command).title, /command:|<|\]\(/);
    }
    const ds: Diagnostic[] = await lsp.diagnostics(uri);
    assert.ok(ds.length > 0);
    // Diagnostic messages are plain strings (VS Code shows them as text, never as Markdown).
    for (const d of ds) assert.equal(typeof d.message, 'string');
    const symbols = await lsp.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const completions = await lsp.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: 4, character: 0 } });
    for (const c of completions) if (c.documentation && typeof c.documentation !== 'string') assertInert(c.documentation.value, `completion ${c.label}`);
    responses.push(lenses, ds, symbols, completions);
    // Nothing the server sends ever asks for trusted Markdown or HTML.
    assert.doesNotMatch(JSON.stringify(responses), /isTrusted|supportHtml/);
    lsp.dispose();
  });

  it('the client renders server Markdown untrusted and without HTML', () => {
    const client = readFileSync(join(ROOT, 'client', 'src', 'activate.ts'), 'utf8');
    assert.match(client, /markdown: \{ isTrusted: false, supportHtml: false \}/);
    for (const file of [...walk(join(ROOT, 'server', 'src')), ...walk(join(ROOT, 'client', 'src'))]) {
      assert.doesNotMatch(readFileSync(file, 'utf8'), /isTrusted:\s*true|supportHtml:\s*true|enableCommandUris|supportThemeIcons/, relative(ROOT, file));
    }
  });
});

describe('security: no eval, network or child process in our code and bundles', function () {
  this.timeout(60_000);

  it('our code has no eval, no Function constructor, no network, no child process', () => {
    for (const file of [...walk(join(ROOT, 'server', 'src')), ...walk(join(ROOT, 'client', 'src')), ...walk(join(ROOT, 'web'))]) {
      const text = readFileSync(file, 'utf8');
      const name = relative(ROOT, file);
      assert.doesNotMatch(text, /\beval\s*\(|new\s+Function\s*\(|\bFunction\s*\(\s*['"`]/, `${name}: eval`);
      // The CLI's worker threads (--jobs) and the server's (its checks): threads of this process running our own bundle, started in four files only.
      const threads = [join('server', 'src', 'cli', 'worker-pool.ts'), join('server', 'src', 'cli', 'worker.ts'), join('server', 'src', 'lsp', 'analysis-workers.ts'), join('server', 'src', 'lsp', 'analysis-worker.ts')].includes(name);
      const forbidden = threads ? /['"](node:)?(child_process|http|https|http2|net|tls|dgram|dns|vm|cluster)['"]/ : /['"](node:)?(child_process|http|https|http2|net|tls|dgram|dns|vm|worker_threads|cluster)['"]/;
      assert.doesNotMatch(text, forbidden, `${name}: a forbidden module`);
      // import('a literal') only: the importers load their readers lazily; no specifier is ever computed.
      // A method named fetch (pdf.js's character map reader interface, reading files beside the bundle) is no call.
      // One exception: the web extension's server imports the extension's own pdf.js (dist/pdfjs) by the URL its client gives (web/extension/pdf.ts).
      const checked = name === join('web', 'extension', 'pdf.ts') ? text.replaceAll('import(`${pdfjsBase}/pdf.worker.mjs`)', '').replaceAll('import(`${pdfjsBase}/pdf.mjs`)', '') : text;
      assert.doesNotMatch(checked, /(?<!async\s+)\bfetch\s*\(|XMLHttpRequest|WebSocket|\bimport\s*\((?!\s*'[\w./-]+'\s*\))/, `${name}: network or dynamic import`);
    }
  });

  it('the bundles have no eval, and child_process/net only inside the LSP libraries', () => {
    const dist = join(ROOT, 'dist');
    if (!existsSync(join(dist, 'server.js'))) assert.fail('dist/ not built: run `node esbuild.mjs` (npm test builds first)');
    // The browser bundles: no eval, and no network call at all (the offline page promises that files never leave the machine).
    const { page, worker } = offlinePageParts(readFileSync(join(dist, 'offline', 'govreport.js'), 'utf8'));
    for (const [name, text] of [['web/client.js', readFileSync(join(dist, 'web', 'client.js'), 'utf8')], ['web/server.js', readFileSync(join(dist, 'web', 'server.js'), 'utf8')], ['offline/govreport.js (the page)', page]] as const) {
      assert.doesNotMatch(text, /\beval\(|new Function\(/, `dist/${name}: eval`);
      assert.doesNotMatch(text, /(^|[^\w.])fetch\s*\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource/, `dist/${name}: network`);
    }
    // The page's checking worker holds pdf.js, whose code has fetch/XMLHttpRequest (URLs, which we never
    // give it: it reads bytes) and a Function-constructor probe and font compiler (off: isEvalSupported
    // false). What forbids them is the page's CSP, which a worker from a blob: URL inherits: no
    // connection, no eval, workers from blob: only. Beyond pdf.js's, nothing.
    assert.doesNotMatch(worker, /\beval\(|WebSocket|sendBeacon|EventSource|importScripts/, 'the page worker: eval or network');
    assert.deepEqual([...worker.matchAll(/new Function\([^)]{0,60}\)/g)].map((m) => m[0]).filter((f) => f !== 'new Function("")' && f !== 'new Function(\\"\\")' && !f.startsWith('new Function("src"') && !f.startsWith('new Function(\\"src\\"')), [], 'the page worker: a Function constructor other than pdf.js\'s');
    const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(readFileSync(join(dist, 'offline', 'index.html'), 'utf8'))?.[1] ?? '';
    for (const directive of ["default-src 'none'", "script-src 'self'", "connect-src 'none'", 'worker-src blob:']) assert.ok(csp.split(';').map((d) => d.trim()).includes(directive), `the page's CSP has ${directive}`);
    assert.doesNotMatch(csp, /unsafe-eval|unsafe-inline/, 'the page\'s CSP allows no eval');
    for (const name of ['client.js', 'server.js', 'cli.js', 'office-export.js']) {
      const text = readFileSync(join(dist, name), 'utf8');
      assert.doesNotMatch(text, /\beval\(|new Function\(/, `dist/${name}: eval`);
      const re = /require\("(?:node:)?(child_process|http|https|http2|net|tls|dgram|vm|worker_threads)"\)/g;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        // The dev bundle names each module in a comment: the nearest one above the require is where it comes from.
        let origin = '';
        const comments = /^\/\/ ((?:node_modules|server|client)\/\S+)$/gm;
        for (let c = comments.exec(text); c && c.index < m.index; c = comments.exec(text)) origin = c[1] ?? '';
        // fflate (the zip inside write-excel-file and docx) offers its async API on worker threads; a thread, not a process or a socket.
        if (name === 'office-export.js' && m[1] === 'worker_threads' && origin.startsWith('node_modules/fflate/')) continue;
        // The CLI's own worker threads (--jobs): the pool, and cli.js itself started again as a worker (bin.ts, worker.ts).
        if (m[1] === 'worker_threads' && name === 'cli.js' && ['server/src/cli/worker-pool.ts', 'server/src/cli/worker.ts', 'server/src/cli/bin.ts'].includes(origin)) continue;
        // The server's checks in worker threads: the pool, and server.js itself started again as a worker (lsp/analysis-worker.ts).
        if (m[1] === 'worker_threads' && name === 'server.js' && ['server/src/lsp/analysis-workers.ts', 'server/src/lsp/analysis-worker.ts'].includes(origin)) continue;
        assert.ok(name !== 'cli.js', `dist/${name} requires ${m[1]}`);
        assert.ok(['child_process', 'net'].includes(nth(m, 1)), `dist/${name} requires ${m[1]}`);
        assert.match(origin, /^node_modules\/vscode-(languageclient|languageserver|jsonrpc)\//, `dist/${name}: ${m[1]} required from ${origin}`);
      }
    }
  });
});

describe('security: what the extension declares and ships', function () {
  this.timeout(60_000);

  it('declares Restricted Mode and virtual workspaces supported, and contributes nothing that runs workspace code', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      capabilities: { untrustedWorkspaces: { supported: boolean | string; restrictedConfigurations?: string[] } };
      contributes: Record<string, unknown>;
      dependencies: Record<string, string>;
      scripts: Record<string, string>;
    };
    // Checking works in Restricted Mode; the workspace's settings that change what is reported do not apply there.
    assert.equal(pkg.capabilities.untrustedWorkspaces.supported, 'limited');
    assert.deepEqual(pkg.capabilities.untrustedWorkspaces.restrictedConfigurations, ['govreport.enable', 'govreport.files', 'govreport.rules', 'govreport.era', 'govreport.level']);
    assert.ok(!('taskDefinitions' in pkg.contributes) && !('debuggers' in pkg.contributes) && !('terminal' in pkg.contributes));
    assert.deepEqual(Object.keys(pkg.dependencies).sort(), ['docx', 'fflate', 'minimatch', 'parse5', 'pdfjs-dist', 'read-excel-file', 'saxes', 'vscode-languageclient', 'vscode-languageserver', 'vscode-languageserver-textdocument', 'word-extractor', 'write-excel-file']);
    assert.equal(pkg.scripts.audit, 'npm audit --omit=dev --audit-level=high');
  });


  it('the .vsix holds exactly its allow-list', function () {
    const r = spawnSync(process.execPath, [require.resolve('@vscode/vsce/vsce'), 'ls'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    assert.equal(r.status, 0, r.stderr);
    const files = r.stdout.split('\n').map((l) => l.trim()).filter((l) => l !== '').sort();
    const allowed = (f: string) =>
      ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'language-configuration.json', 'package.nls.json', 'package.nls.zh-cn.json', 'images/icon.png', 'dist/client.js', 'dist/server.js', 'dist/cli.js', 'dist/office-export.js', 'dist/web/client.js', 'dist/web/server.js', 'dist/table-view/webview.js', 'dist/table-view/webview.css'].includes(f) ||
      /^docs\/rules\/[a-z-]+\/[a-z-]+\.md$/.test(f) || /^syntaxes\/[\w.-]+\.json$/.test(f) || /^snippets\/[\w.-]+\.code-snippets$/.test(f) || /^schemas\/[\w.-]+\.json$/.test(f) ||
      // pdf.js, its licences and the simplified Chinese character maps only (scripts/esbuild-pdfjs.mjs).
      /^dist\/pdfjs\/(pdf\.mjs|pdf\.worker\.mjs|LICENSE|cmaps\/LICENSE|cmaps\/(Adobe-GB1-|GB|UniGB-)[\w-]*\.bcmap)$/.test(f);
    assert.deepEqual(files.filter((f) => !allowed(f)), [], 'files outside the allow-list');
    for (const must of ['package.json', 'dist/client.js', 'dist/server.js', 'dist/web/client.js', 'dist/web/server.js', 'dist/table-view/webview.js', 'dist/table-view/webview.css', 'dist/cli.js', 'README.md', 'CHANGELOG.md', 'LICENSE', 'images/icon.png', 'language-configuration.json', 'package.nls.json', 'package.nls.zh-cn.json', 'schemas/govreportrc.schema.json', 'syntaxes/govreport.tmLanguage.json', 'snippets/govreport.code-snippets', 'docs/rules/structure/missing-part.md',
      'dist/pdfjs/pdf.mjs', 'dist/pdfjs/pdf.worker.mjs', 'dist/pdfjs/LICENSE', 'dist/pdfjs/cmaps/UniGB-UCS2-H.bcmap', 'dist/pdfjs/cmaps/Adobe-GB1-UCS2.bcmap', 'dist/pdfjs/cmaps/GBK-EUC-H.bcmap']) {
      assert.ok(files.includes(must), `${must} missing from the .vsix`);
    }
    assert.ok(!files.some((f) => f.endsWith('.map') || f.endsWith('.ts') || f.startsWith('node_modules/') || f.startsWith('test/')));
  });
});

/** dist/offline/govreport.js split into the page's own code and its checking worker's (a string literal in it, scripts/esbuild-page.mjs). */
function offlinePageParts(text: string): { page: string; worker: string } {
  const start = /(['"`])\\?"use strict\\?";\(\(\)=>\{/.exec(text);
  assert.ok(start, 'govreport.js carries the worker\'s code');
  const quote = start[1] ?? '"';
  let end = start.index + 1;
  while (end < text.length && text[end] !== quote) end += text[end] === '\\' ? 2 : 1;
  assert.ok(end - start.index > 100_000, 'the worker\'s code is the long literal');
  return { page: text.slice(0, start.index) + text.slice(end + 1), worker: text.slice(start.index, end + 1) };
}
