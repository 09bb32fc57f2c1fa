import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OfficeReportResult } from '../../server/src/service/requests';
import { startLsp } from './harness';
import type { Lsp } from './harness';
import { nth } from '../support/nth';

/** The editor's 校验报告 (govreport/officeReport): the same model and HTML as `govreport report`, built by the server. */
const AGGREGATE = join(__dirname, '..', 'fixtures', 'office', 'aggregate');

function workspace(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(AGGREGATE).filter((n) => n.endsWith('.txt') || n === '.govreportrc.json')) files[`/ws/${name}`] = readFileSync(join(AGGREGATE, name), 'utf8');
  return files;
}
const URIS = ['测试市.txt', '测试市甲区.txt', '测试市乙区.txt', '测试市丙区.txt'].map((n) => `file:///ws/${encodeURIComponent(n)}`);

describe('the 校验报告 of the workspace (language server)', () => {
  let lsp: Lsp | undefined;
  afterEach(() => { lsp?.dispose(); lsp = undefined; });

  it("summarises the workspace reports with the first folder's office options, and an open document's text wins over its file", async () => {
    lsp = await startLsp({ folders: ['/ws'], files: workspace() });
    const first = await lsp.request<OfficeReportResult>('govreport/officeReport', { uris: URIS, folders: ['file:///ws'], format: 'html' });
    assert.deepEqual([first.title, first.units, first.fix], ['测试市2025年度政府信息公开工作年度报告校验报告', 4, 0]);
    assert.match(first.html ?? '', /汇总报告表二、表三、表四各单元格与各单位合计一致。/);
    assert.match(first.html ?? '', /<td>测试市甲区\.txt<\/td>/);
    // The parent open in the editor with a cell changed, not saved.
    const parent = readFileSync(join(AGGREGATE, '测试市.txt'), 'utf8').replace('| 规章 | 3 | 5 | 74 |', '| 规章 | 4 | 5 | 74 |');
    await lsp.open(nth(URIS, 0), parent, 'plaintext');
    const second = await lsp.request<OfficeReportResult>('govreport/officeReport', { uris: URIS, folders: ['file:///ws'], format: 'html' });
    assert.equal(second.fix, 1);
    assert.match(second.html ?? '', /表二「规章 \/ 本年制发件数」：汇总报告填 4，各单位合计 3（甲区 1、乙区 0、丙区 2）。/);
  });

  it('says so when the .xlsx writers are not there', async () => {
    lsp = await startLsp({ folders: ['/ws'], files: workspace() });
    const r = await lsp.request<OfficeReportResult>('govreport/officeReport', { uris: URIS, folders: ['file:///ws'], format: 'xlsx' });
    assert.equal(r.base64, undefined);
    assert.equal(r.problem, '这一版本不能生成 .xlsx 或 .docx（缺少 office-export.js），请改用 .html。');
  });
});
