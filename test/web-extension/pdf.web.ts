// PDFs in the web extension (issue 16): the language server in its Web Worker imports the installed
// extension's own pdf.js (dist/pdfjs, by URL) on the first PDF and reads the file as the CLI does.
// The workspace's pdf/ folder (scripts/e2e/run-web-e2e.js) holds test/fixtures/pdf/qingshan-2024-planted.lo.pdf
// (LibreOffice; a wrong cell and a prose mismatch planted) and songlin-2020.encrypted.pdf (an open
// password), and cli.json: `govreport check --format json` of both, made by the runner with dist/cli.js.
// PDFs whose fonts are not embedded (test/support/pdf-writer.ts) need the GB character maps, which the
// client reads from dist/pdfjs/cmaps for the worker.
import './setup';
import * as vscode from 'vscode';
import { gbFontPdf } from '../support/pdf-writer';

interface CliFinding { rule: string; severity: string; message: string; range: { start: { line: number; character: number }; end: { line: number; character: number } }; source?: { kind: string; page?: number } }
interface CliFile { path: string; findings: CliFinding[]; error?: string }

const SEVERITY: Record<vscode.DiagnosticSeverity, string> = { [vscode.DiagnosticSeverity.Error]: 'error', [vscode.DiagnosticSeverity.Warning]: 'warning', [vscode.DiagnosticSeverity.Information]: 'info', [vscode.DiagnosticSeverity.Hint]: 'hint' };

function fail(message: string): never {
  throw new Error(message);
}

function assert(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

function pdfFolder(): vscode.Uri {
  return vscode.Uri.joinPath(vscode.workspace.workspaceFolders?.[0]?.uri ?? fail('a workspace folder is open'), 'pdf');
}

async function cliFile(name: string): Promise<CliFile> {
  const json = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(pdfFolder(), 'cli.json')))) as { files: CliFile[] };
  return json.files.find((f) => f.path.endsWith(`/${name}`)) ?? fail(`the CLI checked ${name}`);
}

const code = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));
const at = (r: vscode.Range | CliFinding['range']) => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;

/** Resolves with the diagnostics of `uri` once there are `count` of them. */
function diagnosticsOf(uri: vscode.Uri, count: number, ms = 90000): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const read = () => vscode.languages.getDiagnostics(uri);
    if (read().length >= count) { resolve(read()); return; }
    const timer = setTimeout(() => { sub.dispose(); reject(new Error(`diagnostics of ${uri.toString()}: ${JSON.stringify(read().map(code))}, not ${String(count)}`)); }, ms);
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString()) || read().length < count) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(read());
    });
  });
}

describe('PDF files in the web extension (pdf.js from the extension\'s dist/pdfjs)', () => {
  it('reads a LibreOffice PDF and finds what the CLI finds, at the same places, with their page', async () => {
    const pdf = vscode.Uri.joinPath(pdfFolder(), '青山县2024年报.pdf');
    const doc = await vscode.commands.executeCommand<vscode.TextDocument | undefined>('govreport.checkFile', pdf) ?? fail('检查此文件 opened the rendering');
    assert(doc.uri.scheme === 'govreport-import', doc.uri.toString());
    // Read from the report (test/fixtures/pdf/qingshan-2024-planted.md): its title, and table 三's planted row.
    assert(/^# 青山县市场监督管理局2024年政府信息公开工作年度报告$/m.test(doc.getText()), doc.getText().slice(0, 200));
    assert(/^\| \^ \| \^ \| 2\.重复申请 \| 5 \| 0 \| 0 \| 0 \| 0 \| 0 \| 2 \|$/m.test(doc.getText()), 'table 三 rebuilt as a grid');
    const cli = await cliFile('青山县2024年报.pdf');
    assert(cli.findings.some((f) => f.rule === 'table/wrong-cell') && cli.findings.some((f) => f.rule === 'prose/table-mismatch'), 'the CLI finds the two planted mistakes');
    const shown = await diagnosticsOf(doc.uri, cli.findings.length);
    const key = (range: string, rule: string, severity: string) => `${range} ${rule} ${severity}`;
    const expected = cli.findings.map((f) => key(at(f.range), f.rule, f.severity)).sort();
    const actual = shown.map((d) => key(at(d.range), code(d), SEVERITY[d.severity])).sort();
    assert(JSON.stringify(actual) === JSON.stringify(expected), `editor ${JSON.stringify(actual)} ≠ CLI ${JSON.stringify(expected)}`);
    // The same words, and the page the finding is on (the CLI's JSON gives it as source.page).
    for (const f of cli.findings) {
      const d = shown.find((x) => at(x.range) === at(f.range) && code(x) === f.rule) ?? fail(f.rule);
      assert(d.message.startsWith(f.message), `${d.message} | ${f.message}`);
      if (f.source?.page !== undefined) assert(d.message.includes(`第${String(f.source.page)}页`), d.message);
    }
    const cell = shown.find((x) => code(x) === 'table/wrong-cell') ?? fail('table/wrong-cell');
    assert(doc.getText(cell.range) === '5', doc.getText(cell.range));
  });

  it('says in Chinese why a PDF with an open password cannot be read, as the CLI does', async () => {
    const pdf = vscode.Uri.joinPath(pdfFolder(), 'songlin-2020.encrypted.pdf');
    const cli = await cliFile('songlin-2020.encrypted.pdf');
    const reason = cli.error ?? fail('the CLI refuses the encrypted PDF');
    assert(reason.includes('密码'), reason);
    // 检查此文件 shows the reason in a message and opens nothing; the rendering's own URI shows the reason as its text.
    const doc = await vscode.commands.executeCommand<vscode.TextDocument | undefined>('govreport.checkFile', pdf);
    assert(doc === undefined, 'nothing opened');
    const rendering = await vscode.workspace.openTextDocument(vscode.Uri.from({ scheme: 'govreport-import', path: `${pdf.path}.md`, query: pdf.toString() }));
    assert(rendering.getText() === reason, rendering.getText());
  });

  it('reads fonts that are not embedded through the GB character maps of the extension\'s dist/pdfjs (UniGB-UCS2-H, GBK-EUC-H)', async () => {
    const lines = ['青山县2024年政府信息公开工作年度报告', '一、总体情况', '全年共收到政府信息公开申请12件。'];
    for (const encoding of ['UniGB-UCS2-H', 'GBK-EUC-H'] as const) {
      const pdf = vscode.Uri.joinPath(pdfFolder(), `gb-${encoding}.pdf`);
      await vscode.workspace.fs.writeFile(pdf, gbFontPdf(lines, encoding));
      const doc = await vscode.commands.executeCommand<vscode.TextDocument | undefined>('govreport.checkFile', pdf) ?? fail(`${encoding}: 检查此文件 opened the rendering`);
      assert(doc.getText() === `${lines.join('\n\n')}\n`, `${encoding}: ${doc.getText()}`);
    }
  });
});
