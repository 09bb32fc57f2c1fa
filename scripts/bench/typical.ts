import { availableParallelism, loadavg } from 'node:os';
import { checkReport } from '../../server/src/core/check';
import { parseReport } from '../../server/src/core/model/parse-report';
import { REPORT_RULES } from '../../server/src/core/rules';
import { runRules } from '../../server/src/core/rules/runner';
import { tablesOf } from '../../server/src/core/tables/tables-of';
import { realisticFloor } from './floor';
import { quantile, typicalReport } from './reports';

/**
 * Issue 17's typical-report targets, measured side by side in one run: the full check, the
 * realistic single-pass floor (floor.ts) and the table engine alone (tablesOf + the table rules
 * on a freshly parsed model, parsing not counted). The three are interleaved round by round, so
 * a change of load hits all three alike and the ratios stay readable on a shared machine.
 */

/** Issue 17: the typical report in at most 0.5 ms, within about 2× of the floor. */
const CHECK_TARGET_MS = 0.5;
const FLOOR_RATIO_TARGET = 2;
/** Issue 9: the table engine "well under" 1 ms for a typical report: at most half of it. */
const TABLE_TARGET_MS = 0.5;

const TABLE_RULES = REPORT_RULES.filter((r) => r.meta.category === 'table');

function clock(f: () => void): number {
  const t0 = process.hrtime.bigint();
  f();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

export function benchTypical(quick: boolean): void {
  const text = typicalReport();
  const rounds = quick ? 10 : 40;
  const perRound = 25;
  const check: number[] = [];
  const floor: number[] = [];
  const tables: number[] = [];
  for (let round = -2; round < rounds; round++) {
    for (let i = 0; i < perRound; i++) {
      const c = clock(() => checkReport(text));
      const f = clock(() => realisticFloor(text));
      const model = parseReport(text);
      const t = clock(() => { tablesOf(model); runRules(model, TABLE_RULES); });
      if (round < 0) continue; // warm-up
      check.push(c);
      floor.push(f);
      tables.push(t);
    }
  }
  for (const a of [check, floor, tables]) a.sort((x, y) => x - y);
  const median = (a: readonly number[]): number => quantile(a, 0.5);
  const [load] = loadavg();
  const ratio = median(check) / median(floor);
  const verdict = (ok: boolean): string => (ok ? 'met' : 'NOT met');
  console.log(`typical report (${String(text.length)} characters, three Markdown tables), ${String(check.length)} interleaved runs each, load average ${(load ?? NaN).toFixed(1)} on ${String(availableParallelism())} cores:`);
  console.log(`  full check      ${median(check).toFixed(3)} ms (p95 ${quantile(check, 0.95).toFixed(3)}); target ≤ ${String(CHECK_TARGET_MS)} ms: ${verdict(median(check) <= CHECK_TARGET_MS)}`);
  console.log(`  realistic floor ${median(floor).toFixed(3)} ms (scripts/bench/floor.ts)`);
  console.log(`  check / floor   ${ratio.toFixed(1)} ×; target ≈ ${String(FLOOR_RATIO_TARGET)} × (≤ 2.5): ${verdict(ratio <= 2.5)}`);
  console.log(`  table engine    ${median(tables).toFixed(3)} ms (p95 ${quantile(tables, 0.95).toFixed(3)}); ${((median(tables) / median(check)) * 100).toFixed(0)} % of the check; target well under 1 ms (≤ ${String(TABLE_TARGET_MS)}): ${verdict(median(tables) <= TABLE_TARGET_MS)}`);
}

if (require.main === module) benchTypical(process.argv.includes('--quick'));
