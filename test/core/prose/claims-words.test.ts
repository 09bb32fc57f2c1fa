import assert from 'node:assert/strict';
import { parseReport } from '../../../server/src/core/model/parse-report';
import { claimsOf } from '../../../server/src/core/prose/claims';
import { simplified } from '../../../server/src/core/text/simplified';
import { CLEAN_2021 } from '../../support/reports';

/**
 * The claims view finds the sentences worth reading by one search of the whole prose for the
 * words every claim holds (issue 17). Sentences written back to back, in traditional characters,
 * at the end of a part before a table or heading must all still be read; the expected words are
 * read from the sentences below, not from the checker.
 */
const PART_ONE_LINE = '（二）依申请公开。全年共收到政府信息公开申请142件，上年结转7件，办结135件，结转下年度继续办理14件。';
const PART_FOUR_HEADING = '## 四、政府信息公开行政复议、行政诉讼情况';

function claimed(text: string): string[] {
  return claimsOf(parseReport(text)).map((c) => `${c.kind} ${text.slice(c.range.start, c.range.end)}`);
}

describe('claims: the sentences read are the ones that hold a claim word (issue 17)', () => {
  it('reads sentences back to back, in traditional characters, and in part 四 after its heading', () => {
    const one = '本年度收到的政府信息公开申请均已按时办结。本機關未收取行政事業性收費。';
    const four = '涉及政府信息公开的行政复议均获维持。未发生行政诉讼。';
    assert.ok(simplified('行政事業性收費') === '行政事业性收费', 'the table simplifies these characters');
    const text = CLEAN_2021.replace(PART_ONE_LINE, `${PART_ONE_LINE}${one}`).replace(PART_FOUR_HEADING, `${PART_FOUR_HEADING}\n\n${four}`);
    assert.deepEqual(claimed(text), ['all-handled 均已按时办结', 'no-fees 未收取行政事業性收費', 'all-upheld 均获维持', 'no-cases 未发生行政诉讼']);
  });

  it('reads nothing where no sentence holds a claim word, and nothing from words outside the prose', () => {
    assert.deepEqual(claimed(CLEAN_2021), []);
    // 尚未审结 and 维持 stand in table 四's cells: no claim is read from a table.
    assert.ok(CLEAN_2021.includes('结果维持'));
  });
});
