import assert from 'node:assert/strict';
import { jobCount, MAX_JOBS } from '../../server/src/cli/jobs';
import type { Plan } from '../../server/src/cli/plan';

const files = (count: number, size: number): Plan => Array.from({ length: count }, (_, k) => ({ path: `r${String(k)}.txt`, fromFolder: true, size }));

describe('CLI: how many threads (--jobs)', () => {
  it('takes a count as asked, but never more than the files or MAX_JOBS, and never 0', () => {
    assert.equal(jobCount(3, files(10, 1000), 2), 3);
    assert.equal(jobCount(8, files(2, 1000), 2), 2);
    assert.equal(jobCount(64, files(1000, 1000), 2), MAX_JOBS);
    assert.equal(jobCount(2, [{ path: 'gone', findings: [], failure: 'x' }], 2), 1);
  });

  it('auto: one thread for a small run, whatever the cores', () => {
    assert.equal(jobCount('auto', files(3, 20_000), 64), 1);
    assert.equal(jobCount('auto', files(100, 20_000), 64), 1);
  });

  it('auto: workers only with a core each beside the main thread and a large run (5,000 files, 25 MB), one per core but one', () => {
    assert.equal(jobCount('auto', files(10_000, 5_300), 2), 1, 'on 2 cores the workers were never faster');
    assert.equal(jobCount('auto', files(10_000, 5_300), 8), 7);
    assert.equal(jobCount('auto', files(10_000, 5_300), 3), 2);
    assert.equal(jobCount('auto', files(4_999, 20_000), 8), 1, 'too few files');
    assert.equal(jobCount('auto', files(10_000, 2_000), 8), 1, 'too few bytes');
    assert.equal(jobCount('auto', files(100_000, 5_300), 64), MAX_JOBS);
  });
});
