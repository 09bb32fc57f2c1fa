import { DEBOUNCE_MS } from '../../server/src/lsp/analyses';
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { corpusReports, cyclic, kb, quantile, table, typicalReport } from './reports';

/**
 * The language server as VS Code runs it: the built dist/server.js in its own process (over stdio
 * here), driven with LSP messages. Start-up to the initialize answer; time from a change
 * notification to its diagnostics (pull model: didChange, then textDocument/diagnostic, as the
 * client does on change); the process's memory with 50 open reports; the production bundle sizes.
 */
const ROOT = join(__dirname, '..', '..');
const SERVER = join(ROOT, 'dist', 'server.js');

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]) / 1024;
}

const median = (xs: number[]) => quantile([...xs].sort((a, b) => a - b), 0.5);
const p95 = (xs: number[]) => quantile([...xs].sort((a, b) => a - b), 0.95);

type Connection = ReturnType<typeof createMessageConnection>;

/** Starts dist/server.js over stdio and initializes it, answering the server's own requests as a client does; `ready` is the time to the initialize answer. */
async function startServer(): Promise<{ child: ReturnType<typeof spawn>; c: Connection; pid: number; ready: number }> {
  const t0 = process.hrtime.bigint();
  const child = spawn(process.execPath, ['--expose-gc', SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const { pid } = child;
  if (pid === undefined) throw new Error(`could not start ${SERVER}`);
  const c = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  c.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
  c.onRequest('client/registerCapability', () => null);
  c.onRequest('workspace/diagnostic/refresh', () => null);
  c.onRequest('workspace/codeLens/refresh', () => null);
  c.listen();
  await c.sendRequest('initialize', { processId: process.pid, rootUri: null, locale: 'zh-cn', capabilities: { workspace: { configuration: true }, textDocument: { diagnostic: {} } } });
  const ready = Number(process.hrtime.bigint() - t0) / 1e6;
  await c.sendNotification('initialized', {});
  return { child, c, pid, ready };
}

const diagnosticsOf = (c: Connection, uri: string) => c.sendRequest<{ items: unknown[] }>('textDocument/diagnostic', { textDocument: { uri } });

/** Change → diagnostics on the typical report: each edit types one character into part 一 (or takes it out), sent as an incremental change and as the full text. */
async function changeTimings(c: Connection, quick: boolean): Promise<string[][]> {
  const rows: string[][] = [];
  const uri = 'file:///bench/typical.md';
  let text = typicalReport();
  let version = 1;
  await c.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
  await diagnosticsOf(c, uri);
  const at = text.indexOf('## 二、') - 1;
  const edits = quick ? 100 : 500;
  for (const [name, full] of [['incremental (one character)', false], ['full text', true]] as const) {
    const times: number[] = [];
    const line = text.slice(0, at).split('\n').length - 1;
    const character = at - (text.lastIndexOf('\n', at - 1) + 1);
    for (let i = 0; i < edits + 20; i++) {
      const ch = i % 2 === 0 ? '。' : '';
      const start = process.hrtime.bigint();
      if (full) {
        text = ch ? `${text.slice(0, at)}${ch}${text.slice(at)}` : `${text.slice(0, at)}${text.slice(at + 1)}`;
        await c.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ text }] });
      } else {
        const range = ch ? { start: { line, character }, end: { line, character } } : { start: { line, character }, end: { line, character: character + 1 } };
        text = ch ? `${text.slice(0, at)}${ch}${text.slice(at)}` : `${text.slice(0, at)}${text.slice(at + 1)}`;
        await c.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ range, text: ch }] });
      }
      await diagnosticsOf(c, uri);
      // The server waits DEBOUNCE_MS of quiet before it analyses an edit (lsp/analyses.ts): what is measured is the time after it.
      if (i >= 20) times.push(Number(process.hrtime.bigint() - start) / 1e6 - DEBOUNCE_MS);
    }
    rows.push([`change → diagnostics after the ${DEBOUNCE_MS} ms debounce, ${name}, typical report (${kb(text)})`, median(times).toFixed(2), p95(times).toFixed(2), 'ms']);
  }
  return rows;
}

/** 50 open reports, each asked for every feature the editor asks on opening. */
async function openFifty(c: Connection): Promise<void> {
  const reports = corpusReports();
  for (let i = 0; i < 50; i++) {
    const r = i === 0 ? { name: 'typical', text: typicalReport() } : cyclic(reports, i);
    const u = `file:///bench/open-${i}-${encodeURIComponent(r.name)}`;
    await c.sendNotification('textDocument/didOpen', { textDocument: { uri: u, languageId: r.name.endsWith('.md') ? 'markdown' : 'plaintext', version: 1, text: r.text } });
    await diagnosticsOf(c, u);
    for (const m of ['textDocument/documentSymbol', 'textDocument/codeLens', 'textDocument/foldingRange']) await c.sendRequest(m, { textDocument: { uri: u } });
  }
}

/** Client module load (the part of activation that is ours before the server starts): dist/client.js in a fresh Node with a stub vscode module. */
function clientLoadRow(): string[] {
  const probe = `const M=require('node:module');const l=M._load;M._load=(r,...a)=>r==='vscode'?new Proxy({},{get:()=>class{}}):l(r,...a);const t=process.hrtime.bigint();require(${JSON.stringify(join(ROOT, 'dist', 'client.js'))});console.log(Number(process.hrtime.bigint()-t)/1e6)`;
  const loads = [0, 1, 2, 3, 4].map(() => Number(spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' }).stdout));
  return ['client bundle load (require dist/client.js, fresh Node, vscode stubbed)', median(loads).toFixed(1), '', 'ms'];
}

/** The production bundles' sizes, built as esbuild.mjs builds them: pdf.js stays in dist/pdfjs (scripts/esbuild-pdfjs.mjs). */
async function bundleSizeRows(): Promise<string[][]> {
  const rows: string[][] = [];
  const pdfjs = (await import(join(ROOT, 'scripts', 'esbuild-pdfjs.mjs'))) as { PDFJS_FOLDER: string; pdfjsExternal: esbuild.Plugin };
  for (const [name, entry] of [['client.js', 'client/src/extension.ts'], ['server.js', 'server/src/server-main.ts'], ['cli.js', 'server/src/cli/bin.ts']] as const) {
    const r = await esbuild.build({ entryPoints: [join(ROOT, entry)], bundle: true, platform: 'node', target: 'node20', format: 'cjs', minify: true, legalComments: 'none', external: ['vscode'], write: false, logLevel: 'silent', define: { GOVREPORT_VERSION: '"bench"', GOVREPORT_PDFJS: `"${pdfjs.PDFJS_FOLDER}"` }, plugins: [pdfjs.pdfjsExternal] });
    const [bundle] = r.outputFiles;
    if (!bundle) throw new Error(`esbuild wrote no ${name}`);
    rows.push([`bundle size, dist/${name} (production, minified)`, (bundle.contents.length / 1024).toFixed(0), '', 'KB']);
  }
  return rows;
}

export async function benchServer(quick: boolean): Promise<void> {
  const { child, c, pid, ready } = await startServer();
  const idle = rssMb(pid);
  const rows = await changeTimings(c, quick);
  await openFifty(c);
  await new Promise((r) => setTimeout(r, 200));
  const fifty = rssMb(pid);
  rows.push(['server start → initialize answered', ready.toFixed(0), '', 'ms']);
  rows.push(['server memory (RSS), idle after start', idle.toFixed(0), '', 'MB']);
  rows.push(['server memory (RSS), 50 open reports, all features asked', fifty.toFixed(0), '', 'MB']);
  await c.sendRequest('shutdown');
  await c.sendNotification('exit');
  c.dispose();
  child.kill();
  rows.push(clientLoadRow());
  rows.push(...await bundleSizeRows());
  table('language server (dist/server.js over stdio) and bundles', ['measure', 'value / median', 'p95', 'unit'], rows);
}
