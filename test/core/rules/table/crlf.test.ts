import assert from 'node:assert/strict';
import { checkReport } from '../../../../server/src/core/check';
import { corpusText } from '../../../support/check';
import { CLEAN_2019, CLEAN_2021, SEED_001 } from '../../../support/reports';

/**
 * Windows line breaks (CRLF, what Word's "save as text" and many editors write) change nothing:
 * the same rules say the same things as on the LF text, and no rule fails (runner/rule-error).
 */
const SOURCES: readonly (readonly [string, string])[] = [
  ['clean 2021 example', CLEAN_2021],
  ['clean 2019 example', CLEAN_2019],
  ['seed 001', SEED_001],
  ['city 2025 tables', corpusText('real/peers/city-2025-tables.txt')],
];

const said = (text: string): string[] => checkReport(text).findings.map((f) => `${f.rule} ${f.severity} ${f.message}`);

describe('CRLF text: the same findings as LF, no rule fails', () => {
  for (const [name, text] of SOURCES) {
    it(name, () => {
      const lf = text.replace(/\r\n/g, '\n');
      const crlf = lf.replace(/\n/g, '\r\n');
      const found = said(crlf);
      assert.deepEqual(found.filter((f) => f.startsWith('runner/')), []);
      assert.deepEqual(found, said(lf));
    });
  }
});
