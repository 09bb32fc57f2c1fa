import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkReport } from '../../../server/src/core/check';
import { parseReport } from '../../../server/src/core/model/parse-report';
import { tablesOf } from '../../../server/src/core/tables/tables-of';

/**
 * A block printed column by column (tables/column-major.ts), on LibreOffice's PDF of a Word report
 * read by plain pdftotext: table 二's first block comes as "规章 / 行政规范性文件 | 本年制发件数 / 1 /
 * 14 | 本年废止件数 / 2 / 6 | 现行有效件数 / 9 / 95". Values typed from expected.json by hand.
 */
const word = readFileSync(join(__dirname, '..', '..', 'fixtures', 'samples', 'word-2021', 'lo-docx-pdf-plain.txt'), 'utf8');
const PRINTED = '本年制发件数\n1\n14\n\n本年废止件数\n2\n6\n\n现行有效件数\n9\n95';
const tableTwo = (t: string) => tablesOf(parseReport(t)).find((x) => x.id === '二');
const COLUMNS = ['issued', 'repealed', 'in-force'];

describe('tables: a block printed column by column, each column under its header (column-major)', () => {
  it('test setup: the sample prints the block column by column', () => {
    assert.ok(word.includes(PRINTED));
  });

  it('reads each row its own numbers, one per column', () => {
    const two = tableTwo(word);
    assert.ok(two);
    assert.deepEqual(two.unread, []);
    assert.deepEqual(COLUMNS.map((c) => two.cell('rules', c)?.value), [1, 2, 9]);
    assert.deepEqual(COLUMNS.map((c) => two.cell('normative', c)?.value), [14, 6, 95]);
    assert.ok(!checkReport(word).findings.some((f) => f.rule.startsWith('table/')));
  });

  it('a column with a number missing is not put back in rows: the block stays unread, never guessed', () => {
    const changed = word.replace(PRINTED, PRINTED.replace('本年废止件数\n2\n6', '本年废止件数\n2'));
    const two = tableTwo(changed);
    assert.ok(two);
    assert.equal(two.cell('rules', 'in-force'), undefined);
    assert.equal(two.cell('normative', 'in-force'), undefined);
    assert.ok(!checkReport(changed).findings.some((f) => f.severity === 'error' && f.rule.startsWith('table/')));
  });

  it('columns under headers out of the template order: not put back in rows, never read by position', () => {
    const changed = word.replace(PRINTED, '本年废止件数\n2\n6\n\n本年制发件数\n1\n14\n\n现行有效件数\n9\n95');
    const two = tableTwo(changed);
    assert.ok(two);
    assert.deepEqual(COLUMNS.map((c) => two.cell('rules', c)?.value), [undefined, undefined, undefined]);
    assert.ok(!checkReport(changed).findings.some((f) => f.severity === 'error' && f.rule.startsWith('table/')));
  });
});
