import { strict as assert } from 'node:assert';
import type { DocumentDiagnosticReport } from 'vscode-languageserver';
import { CLEAN_2021, replaceOnce } from '../support/reports';
import { startLsp } from './harness';
import type { Lsp } from './harness';

const URI = 'file:///work/reports/2023.md';
/** CLEAN_2021 with part 四's heading in a variant wording: one structure/heading-variant on that line. */
const VARIANT = replaceOnce(CLEAN_2021, '四、政府信息公开行政复议、行政诉讼情况', '四、政府信息公开行政复议和行政诉讼情况');
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length - 1;

async function pull(lsp: Lsp, previousResultId?: string): Promise<DocumentDiagnosticReport> {
  return lsp.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri: URI }, ...(previousResultId === undefined ? {} : { previousResultId }) });
}
const codes = (r: DocumentDiagnosticReport) => (r.kind === 'full' ? r.items.map((d) => String(d.code)) : []);

describe('LSP: check on save only (govreport.run) and focus mode (govreport.focusMode)', () => {
  it('on save only: an edited document keeps the last check (unchanged) and says 未检查 until it is saved', async () => {
    const lsp = await startLsp({ settings: { run: 'onSave' } });
    await lsp.open(URI, VARIANT);
    const opened = await pull(lsp);
    assert.deepEqual([opened.kind, codes(opened)], ['full', ['structure/heading-variant']]);
    const resultId = opened.kind === 'full' ? opened.resultId : undefined;
    assert.equal(resultId, '1');
    await lsp.change(URI, CLEAN_2021);
    assert.deepEqual(await pull(lsp, resultId), { kind: 'unchanged', resultId: '1' });
    assert.equal((await lsp.request<{ text: string }>('govreport/status', { uri: URI })).text, '未检查（已修改，保存后检查）');
    await lsp.save(URI);
    const saved = await pull(lsp, resultId);
    assert.deepEqual([saved.kind, codes(saved)], ['full', []]);
    assert.match((await lsp.request<{ text: string }>('govreport/status', { uri: URI })).text, /^格式：2021年格式 · 部分 6\/6/);
    lsp.dispose();
  });

  it('on type (the default): every edit is checked', async () => {
    const lsp = await startLsp();
    await lsp.open(URI, CLEAN_2021);
    await lsp.change(URI, VARIANT);
    assert.deepEqual(codes(await pull(lsp, '1')), ['structure/heading-variant']);
    lsp.dispose();
  });

  it('focus mode: the finding on the line being typed waits until another line is edited', async () => {
    const lsp = await startLsp({ settings: { focusMode: true } });
    await lsp.open(URI, CLEAN_2021);
    await lsp.change(URI, VARIANT);
    assert.deepEqual(codes(await pull(lsp)), [], 'the heading being typed is left alone');
    // An edit on another line (the title): the heading's finding is shown.
    await lsp.change(URI, replaceOnce(VARIANT, '2023年政府信息公开工作年度报告\n', '2023年政府信息公开工作年度报告 \n'));
    const shown = await pull(lsp);
    assert.deepEqual(codes(shown), ['structure/heading-variant']);
    assert.equal(shown.kind === 'full' ? shown.items[0]?.range.start.line : -1, lineOf(VARIANT, '四、政府信息公开行政复议和'));
    lsp.dispose();
  });
});
