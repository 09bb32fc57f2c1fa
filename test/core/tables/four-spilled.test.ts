import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkReport } from '../../../server/src/core/check';
import { parseReport } from '../../../server/src/core/model/parse-report';
import { tablesOf } from '../../../server/src/core/tables/tables-of';

/**
 * Table 四 split by the next part's heading: pdftotext (no -layout) of LibreOffice's PDF of the
 * city-2025 source prints 「376 97 / 196 121」 under part 四, then 「五、存在问题及改进情况」, then the
 * column header words of 复议后起诉 (结果 结果 其他 尚未 / 维持 纠正 结果 审结 / 总计) with the other
 * eleven numbers among them. The grid is typed by hand from the source HTML (also in the sample
 * folder's expected.json); the rest of this sample (tables 二 and 三) is in samples.test.ts's
 * KNOWN_FAILING.
 */
const FILE = join(__dirname, '..', '..', 'fixtures', 'samples', 'city-2025', 'lo-docx-pdf-plain.txt');
const text = readFileSync(FILE, 'utf8');

/** 行政复议, 未经复议直接起诉, 复议后起诉 × 结果维持, 结果纠正, 其他结果, 尚未审结, 总计. */
const GRID = [376, 97, 196, 121, 790, 16, 1, 12, 27, 56, 74, 1, 30, 51, 156];

describe('tables: table 四 whose numbers run on past the next part heading (pdftotext)', () => {
  it('the sample really is split: 五、 stands between the first four numbers and the others', () => {
    const five = text.indexOf('五、存在问题及改进情况');
    assert.ok(text.indexOf('196 121') < five && five < text.indexOf('790 16'));
  });

  it('reads all fifteen cells of table 四 to the hand-written grid', () => {
    const four = tablesOf(parseReport(text)).find((t) => t.id === '四');
    assert.ok(four);
    assert.deepEqual(four.cells.map((c) => c.value), GRID);
    assert.deepEqual(four.unread, []);
  });

  it('table 四 gives no finding, and part 五 is still a part', () => {
    const findings = checkReport(text).findings;
    assert.deepEqual(findings.filter((f) => f.message.includes('表四')).map((f) => f.message), []);
    assert.deepEqual(findings.filter((f) => f.rule === 'structure/missing-part').map((f) => f.message), []);
    assert.ok(parseReport(text).parts.some((p) => p.heading.title === '存在问题及改进情况'));
  });
});
