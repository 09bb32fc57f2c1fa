import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeReport } from '../../../server/src/core/text/decode';
import { ENCODED_REPORTS, ENCODING_FIXTURES } from '../../support/encoding-fixtures';

/**
 * decodeReport on the bytes real tools wrote (test/fixtures/encoding): each file decodes, with the
 * encoding it was saved in, to exactly the source text with its own line ends.
 */
describe('decodeReport on real GB18030, UTF-16 and CRLF/CR bytes', () => {
  const source = readFileSync(join(ENCODING_FIXTURES, 'report.utf8.md'), 'utf8');
  const withLineEnd: Readonly<Record<string, string>> = { LF: source, CRLF: source.replace(/\n/g, '\r\n'), CR: source.replace(/\n/g, '\r') };

  for (const { file, encoding, lineEnd } of ENCODED_REPORTS) {
    it(`${file}: ${encoding}, ${lineEnd}`, () => {
      const decoded = decodeReport(new Uint8Array(readFileSync(join(ENCODING_FIXTURES, file))));
      assert.ok(decoded.ok);
      assert.equal(decoded.encoding, encoding);
      assert.equal(decoded.text, withLineEnd[lineEnd]);
    });
  }
});
