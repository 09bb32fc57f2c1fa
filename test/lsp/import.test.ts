import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentSymbol } from 'vscode-languageserver';
import { IMPORT_FILE_REQUEST } from '../../server/src/service/requests';
import type { ImportFileResult } from '../../server/src/service/requests';
import { defined } from '../support/nth';
import { messageText, startLsp } from './harness';

/**
 * The server side of 检查此文件: the client sends a Word file's bytes, the server answers with the
 * rendering and checks the read-only govreport-import: document that shows it, with the tables read
 * from their grids and every message followed by the place in the original.
 */
const DOCX = readFileSync(join(__dirname, '..', 'fixtures', 'word', 'city-2025-planted.docx'));
const FILE = 'file:///work/reports/%E6%B5%8B%E8%AF%95%E5%B8%82.docx';
const VIRTUAL = `govreport-import:/work/reports/测试市.docx.md?${encodeURIComponent(FILE)}`;

describe('language server: imported Word files', () => {
  it('imports the bytes, then checks the rendering with locations in the original', async () => {
    const lsp = await startLsp();
    try {
      const result = await lsp.request<ImportFileResult>(IMPORT_FILE_REQUEST, { uri: VIRTUAL, name: '测试市.docx', data: DOCX.toString('base64') });
      assert.ok('text' in result, JSON.stringify(result));
      assert.match(result.text, /^## 一、总体情况$/m);
      await lsp.open(VIRTUAL, result.text);
      const ds = await lsp.diagnostics(VIRTUAL);
      const cell = ds.find((d) => d.code === 'table/wrong-cell');
      assert.ok(cell, ds.map((d) => d.code).join(', '));
      assert.match(messageText(cell), /列为 174.*应为 147。（原文位置：表三第20行第4列）$/);
      assert.match(messageText(defined(ds.find((d) => d.code === 'prose/table-mismatch'))), /（原文位置：第4段）$/);
      const symbols = await lsp.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: VIRTUAL } });
      assert.ok(symbols.some((s) => s.name.includes('收到和处理政府信息公开申请情况')));
      // An edited copy of the rendering (not possible in the editor, but a client may send one) is checked as plain Markdown.
      await lsp.change(VIRTUAL, result.text.replace('（二）依申请公开。', '（二）依申请公开，'));
      assert.ok((await lsp.diagnostics(VIRTUAL)).every((d) => !messageText(d).includes('原文位置')));
    } finally {
      lsp.dispose();
    }
  });

  it('answers with a Chinese reason when the file cannot be read', async () => {
    const lsp = await startLsp();
    try {
      const result = await lsp.request<ImportFileResult>(IMPORT_FILE_REQUEST, { uri: VIRTUAL, name: '坏.docx', data: Buffer.from('PK\u0003\u0004broken').toString('base64') });
      assert.ok('failure' in result);
      assert.match(result.failure, /已损坏|不完整/);
    } finally {
      lsp.dispose();
    }
  });
});

describe('language server: imported PDF files', () => {
  const PDF = readFileSync(join(__dirname, '..', 'fixtures', 'pdf', 'qingshan-2024-planted.lo.pdf'));
  const PDF_FILE = 'file:///work/reports/qingshan.pdf';
  const PDF_VIRTUAL = `govreport-import:/work/reports/qingshan.pdf.md?${encodeURIComponent(PDF_FILE)}`;

  it('imports a PDF, then checks the rendering with the page of each finding', async () => {
    const lsp = await startLsp();
    try {
      const result = await lsp.request<ImportFileResult>(IMPORT_FILE_REQUEST, { uri: PDF_VIRTUAL, name: 'qingshan.pdf', data: PDF.toString('base64') });
      assert.ok('text' in result, JSON.stringify(result));
      await lsp.open(PDF_VIRTUAL, result.text);
      const ds = await lsp.diagnostics(PDF_VIRTUAL);
      assert.match(messageText(defined(ds.find((d) => d.code === 'table/wrong-cell'))), /列为 5.*应为 2。（原文位置：第3页）$/);
      assert.match(messageText(defined(ds.find((d) => d.code === 'prose/table-mismatch'))), /（原文位置：第1页）$/);
    } finally {
      lsp.dispose();
    }
  });

  it('a table that is a picture: one notice on its placeholder, no missing table', async () => {
    const lsp = await startLsp();
    try {
      const picture = readFileSync(join(__dirname, '..', 'fixtures', 'pdf', 'qingshan-2024-image.chromium.pdf'));
      const uri = `govreport-import:/work/reports/picture.pdf.md?${encodeURIComponent('file:///work/reports/picture.pdf')}`;
      const result = await lsp.request<ImportFileResult>(IMPORT_FILE_REQUEST, { uri, name: 'picture.pdf', data: picture.toString('base64') });
      assert.ok('text' in result, JSON.stringify(result));
      await lsp.open(uri, result.text);
      const ds = await lsp.diagnostics(uri);
      assert.deepEqual(ds.map((d) => d.code), ['runner/import-notice']);
      const line = result.text.split('\n')[defined(ds[0]).range.start.line];
      assert.match(line ?? '', /图片（第2页）/);
    } finally {
      lsp.dispose();
    }
  });
});
