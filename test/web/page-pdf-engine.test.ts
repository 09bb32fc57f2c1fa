// The offline page's PDF reader (web/page/src/pdf.ts, pdf-reading.ts) when pdf.js cannot start in the browser: the page
// says so in its own words, not the editor's or the CLI's ("reinstall the extension"), Chinese first.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatMessage } from '../../server/src/core/i18n/messages';
import { ImportError } from '../../server/src/import/errors';
import { importPdfWith } from '../../web/page/src/pdf-reading';

const PDF = readFileSync(join(__dirname, '..', 'fixtures', 'pdf', 'qingshan-2024-planted.lo.pdf'));

describe('the offline page when pdf.js cannot start', () => {
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

});
