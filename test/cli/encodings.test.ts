import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../server/src/cli/main';
import { memoryIO } from '../support/memory-io';
import { assertExpected, ENCODED_REPORTS, ENCODING_FIXTURES } from '../support/encoding-fixtures';
import { defined } from '../support/nth';

interface JsonFinding { rule: string; severity: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }

/**
 * The CLI on real bytes: the same report in GB18030, UTF-16 LE/BE with BOM, with CRLF and CR line
 * ends (test/fixtures/encoding, made by iconv, sed and tr) gives the findings a person expects,
 * at the same lines and columns, in JSON and in the text output.
 */
describe('govreport check: encodings and line ends', () => {
  for (const { file, encoding, lineEnd } of ENCODED_REPORTS) {
    it(`${file} (${encoding}, ${lineEnd}): the hand-written findings, at their lines and columns`, async () => {
      const io = memoryIO({ [file]: new Uint8Array(readFileSync(join(ENCODING_FIXTURES, file))) });
      assert.equal(await main(['check', '--format', 'json', file], io), 1);
      const parsed = JSON.parse(io.out()) as { files: { findings: JsonFinding[] }[] };
      const findings = defined(parsed.files[0], 'the file').findings;
      assertExpected(findings.map((f) => ({ rule: f.rule, severity: f.severity, start: f.range.start, end: f.range.end })), file);
    });
  }

  it('prints 1-based positions that are the same for every encoding and line end', async () => {
    for (const { file } of ENCODED_REPORTS) {
      const io = memoryIO({ [file]: new Uint8Array(readFileSync(join(ENCODING_FIXTURES, file))) });
      await main(['check', file], io);
      // Line 51 is "## 四、政府信息公开行政复议和行政诉讼情况": 四 is its 4th character.
      assert.ok(io.out().includes(`${file}:51:4  error  structure/missing-table  `), `${file}\n${io.out()}`);
      assert.ok(io.out().includes(`${file}:60:1  error  date/before-period-end  落款日期2022年12月20日早于统计年度结束`), file);
    }
  });
});
