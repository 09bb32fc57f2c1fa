import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkReport } from '../../../server/src/core/check';
import { parseReport } from '../../../server/src/core/model/parse-report';
import { tablesOf } from '../../../server/src/core/tables/tables-of';

/**
 * A value printed one row off (tables/moved-value.ts), on LibreOffice's PDF of our own 2021 report
 * read by pdftotext in flow order: there the total of 「3.其他」 (498) stands among the numbers of
 * 「四、结转下年度继续办理」 (119 24 102 4 5 57 498 311). The sample itself is compared cell by cell
 * in samples.test.ts; here the same text is changed so that the relations cannot decide, and the
 * reader must say so instead of guessing. Values below are typed from expected.json by hand.
 */
const SAMPLE = join(__dirname, '..', '..', 'fixtures', 'samples', 'own-2021', 'lo-docx-pdf-plain.txt');
const text = readFileSync(SAMPLE, 'utf8');

/** The numbers as pdftotext printed them: one per line, a blank line between. */
const lines = (values: readonly number[]): string => values.join('\n\n');

function replaced(from: readonly number[], to: readonly number[], within: string): string {
  const at = within.indexOf(lines(from));
  assert.ok(at >= 0, `test setup: «${from.join(' ')}» is in the sample`);
  return within.slice(0, at) + lines(to) + within.slice(at + lines(from).length);
}

describe('tables: a value printed one row off (moved-value)', () => {
  it('the sample as pdftotext printed it: the total moved back to 3.其他, 结转 read without it', () => {
    const three = tablesOf(parseReport(text)).find((t) => t.id === '三');
    assert.ok(three);
    assert.deepEqual(['natural', 'business', 'research', 'public-interest', 'legal', 'other', 'total'].map((c) => three.cell('other-3', c)?.value), [87, 105, 95, 118, 52, 41, 498]);
    assert.deepEqual(three.unread, []);
    assert.deepEqual(checkReport(text).findings.filter((f) => f.rule.startsWith('table/')).map((f) => f.rule), []);
  });

  it('a middle value moved (which column it was the row sums cannot tell): both rows unread, one finding, no error', () => {
    // 3.其他 loses its 科研机构 95 and keeps its total; 结转 carries the 95 instead of the 498.
    const moved = replaced([119, 24, 102, 4, 5, 57, 498, 311], [119, 24, 102, 4, 5, 57, 95, 311],
      replaced([87, 105, 95, 118, 52, 41], [87, 105, 118, 52, 41, 498], text));
    const three = tablesOf(parseReport(moved)).find((t) => t.id === '三');
    assert.ok(three);
    assert.equal(three.cell('other-3', 'research'), undefined, 'no guess at the moved cell');
    assert.deepEqual(three.unread.map((u) => u.spec.key).sort(), ['carry-over', 'other-3']);
    const table = checkReport(moved).findings.filter((f) => f.rule.startsWith('table/'));
    assert.deepEqual(table.map((f) => `${f.rule} ${f.severity}`), ['table/unreadable warning']);
    assert.match(table[0]?.message ?? '', /3\.其他/);
    assert.match(table[0]?.message ?? '', /结转下年度继续办理/);
  });

  it('a moved value that fits no row (a real error in the row): both rows unread, never forced in', () => {
    const wrong = replaced([119, 24, 102, 4, 5, 57, 498, 311], [119, 24, 102, 4, 5, 57, 499, 311], text);
    const three = tablesOf(parseReport(wrong)).find((t) => t.id === '三');
    assert.ok(three);
    assert.equal(three.cell('other-3', 'total'), undefined);
    assert.deepEqual(three.unread.map((u) => u.spec.key).sort(), ['carry-over', 'other-3']);
    assert.deepEqual(checkReport(wrong).findings.filter((f) => f.rule.startsWith('table/') && f.severity === 'error').map((f) => f.message), []);
  });
});
