import assert from 'node:assert/strict';
import { checkAgainstPrevious } from '../../../server/src/core/check';
import { parseReport } from '../../../server/src/core/model/parse-report';
import { covered } from '../../support/check';
import { SEED_000, SEED_001 } from '../../support/reports';

/**
 * Part 五 copied from last year's part 五. SEED_001 is a real 2020 report (乌当区); its part 五
 * (about 400 characters: problems 一是… and measures) is the text under test.
 */
const RULE = 'cross-year/repeated-problems';
const pair = (current: string, previous: string) => checkAgainstPrevious(parseReport(current), parseReport(previous)).filter((f) => f.rule === RULE);
/** The same report one year on: every year moved, the prose unchanged. */
const NEXT_YEAR = SEED_001.replace(/2020年/g, '2021年').replace(/2019年/g, '2020年');

describe('cross-year/repeated-problems', () => {
  it('finds a part 五 repeated sentence for sentence, at this year’s heading, citing last year’s', () => {
    const [f, ...rest] = pair(NEXT_YEAR, SEED_001);
    assert.ok(f);
    assert.deepEqual(rest, []);
    assert.equal(f.severity, 'warning');
    assert.match(covered(NEXT_YEAR, f), /存在的主要问题及改进情况/);
    assert.ok((f.data?.share as number) >= 0.8);
    assert.match(f.message, /与上一年度（2020年）报告的第五部分（第\d+行）逐句相同/);
  });

  it('is silent when this year’s part 五 is rewritten', () => {
    const five = /五、存在的主要问题及改进情况[\s\S]*?(?=六、)/.exec(NEXT_YEAR)?.[0];
    assert.ok(five && five.length > 100);
    const rewritten = NEXT_YEAR.replace(five, '五、存在的主要问题及改进情况\n2021年，我区政府信息公开工作仍存在政策解读形式较为单一的问题。下一步，我区将丰富解读形式，推出图解和视频解读，提升解读的可读性。\n');
    assert.deepEqual(pair(rewritten, SEED_001), []);
  });

  it('is silent between two different bodies’ reports', () => {
    assert.deepEqual(pair(SEED_001, SEED_000), []);
  });
});
