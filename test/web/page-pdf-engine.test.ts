// The offline page's PDF reader (web/page/src/pdf.ts, pdf-reading.ts) when pdf.js cannot start in the browser: the page
// says so in its own words, not the editor's or the CLI's ("reinstall the extension"), Chinese first;
// so does the web extension's server (web/extension/pdf.ts) when the extension's dist/pdfjs cannot be imported.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatMessage } from '../../server/src/core/i18n/messages';
import { ImportError } from '../../server/src/import/errors';
import { importPdf as importPdfInWebExtension, setPdfSource } from '../../web/extension/pdf';
import { importPdfWith } from '../../web/page/src/pdf-reading';

const PDF = readFileSync(join(__dirname, '..', 'fixtures', 'pdf', 'qingshan-2024-planted.lo.pdf'));

describe('the browser adapters when pdf.js cannot start (offline page, web extension)', () => {
  it('refuses the PDF with the page\'s message, which names the browser and not a reinstall', async () => {
    const error = await importPdfWith(() => Promise.reject(new SyntaxError('Unexpected token')), new Uint8Array(PDF)).then(() => undefined, (e: unknown) => e);
    assert.ok(error instanceof ImportError, 'an ImportError');
    assert.equal(error.key, 'pdf/engine-missing-page');
    const zh = error.render('zh-cn');
    assert.match(zh, /浏览器/);
    assert.match(zh, /Chrome、Edge 或 Firefox/);
    assert.doesNotMatch(zh, /重新安装|扩展/);
    assert.doesNotMatch(error.render('en'), /Reinstall|extension/);
    // The editor's and the CLI's message stays theirs.
    assert.match(formatMessage('zh-cn', 'pdf/engine-missing'), /重新安装/);
  });

  it('the web extension, when the extension\'s dist/pdfjs cannot be imported, says so in its own words and can try again', async () => {
    const missing = async () => importPdfInWebExtension(new Uint8Array(PDF)).then(() => undefined, (e: unknown) => e);
    // Before the client said where pdf.js is, and with a folder that does not hold it.
    for (const attempt of [undefined, 'file:///nonexistent/dist/pdfjs']) {
      if (attempt !== undefined) setPdfSource({ pdfjsBase: attempt, readCMap: () => Promise.reject(new Error('no maps')) });
      const error = await missing();
      assert.ok(error instanceof ImportError, 'an ImportError');
      assert.equal(error.key, 'pdf/engine-missing-web');
      const zh = error.render('zh-cn');
      assert.match(zh, /网页版 VS Code/);
      assert.match(zh, /其他功能不受影响/);
      assert.doesNotMatch(zh, /重新安装/);
    }
  });
});
