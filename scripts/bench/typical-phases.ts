import { parseReport } from '../../server/src/core/model/parse-report';
import { REPORT_RULES } from '../../server/src/core/rules';
import { runRules } from '../../server/src/core/rules/runner';
import { tablesOf } from '../../server/src/core/tables/tables-of';
import { quantile } from './reports';

/**
 * Where the typical check's time goes, printed by benchTypical with a target it does not meet (the
 * measured reason): the parse, the table engine, the shared views the rules read (sentences,
 * quantities, part texts: the first run of all rules on a parsed model with its tables read, less
 * the rules' own work) and each rule's own work, run alone on a model whose views are already
 * computed. CPU time per call, median of `rounds` rounds; parse, table engine and first run are
 * timed within each check (process.cpuUsage around each phase, ≈ 1 µs a call).
 */
export interface TypicalPhases {
  readonly parse: number;
  readonly tables: number;
  readonly views: number;
  /** Each rule's own work, the largest first. */
  readonly rules: readonly { readonly id: string; readonly ms: number }[];
}

const TABLE_RULES = REPORT_RULES.filter((r) => r.meta.category === 'table');

/** Wall and CPU time (user + system) per call of `f`, over `times` calls, in ms. */
export function block(times: number, f: (i: number) => void): { wall: number; cpu: number } {
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < times; i++) f(i);
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  const c = process.cpuUsage(c0);
  return { wall: wall / times, cpu: (c.user + c.system) / 1000 / times };
}

const cpuPerCall = (times: number, f: (i: number) => void): number => block(times, f).cpu;
const median = (values: readonly number[]): number => quantile([...values].sort((a, b) => a - b), 0.5);

/** CPU time (user + system) so far, in ms. */
const cpuNow = (): number => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

export function typicalPhases(text: string, rounds: number, perRound = 25): TypicalPhases {
  const parse: number[] = [];
  const tables: number[] = [];
  const firstRun: number[] = [];
  const own = new Map<string, number[]>(REPORT_RULES.map((r) => [r.meta.id, []]));
  const warm = parseReport(text);
  runRules(warm, REPORT_RULES);
  for (let round = 0; round < rounds; round++) {
    // The phases of whole checks, one check after the other: each phase pays for the collections
    // that fall in it, as in a real check (parsing all models first put their collection in the
    // table phase: 0.85 against the typical run's 0.36 ms).
    let parsing = 0;
    let reading = 0;
    let checking = 0;
    for (let i = 0; i < perRound; i++) {
      const t0 = cpuNow();
      const m = parseReport(text);
      const t1 = cpuNow();
      tablesOf(m);
      runRules(m, TABLE_RULES);
      const t2 = cpuNow();
      runRules(m, REPORT_RULES);
      const t3 = cpuNow();
      parsing += t1 - t0;
      reading += t2 - t1;
      checking += t3 - t2;
    }
    parse.push(parsing / perRound);
    tables.push(reading / perRound);
    firstRun.push(checking / perRound);
    for (const rule of REPORT_RULES) own.get(rule.meta.id)?.push(cpuPerCall(perRound, () => runRules(warm, [rule])));
  }
  const rules = [...own].map(([id, ms]) => ({ id, ms: median(ms) })).sort((a, b) => b.ms - a.ms);
  const rulesOwn = rules.reduce((sum, r) => sum + r.ms, 0);
  // The first run on a model with its tables read: the shared views and the rules' own work.
  return { parse: median(parse), tables: median(tables), views: Math.max(0, median(firstRun) - rulesOwn), rules };
}

/** One line: the phases and the three largest rules. */
export function describePhases(p: TypicalPhases): string {
  const rulesOwn = p.rules.reduce((sum, r) => sum + r.ms, 0);
  const largest = p.rules.slice(0, 3).map((r) => `${r.id} ${r.ms.toFixed(3)}`).join(', ');
  return `parse ${p.parse.toFixed(3)} ms, table engine ${p.tables.toFixed(3)} ms, shared views ${p.views.toFixed(3)} ms, the ${String(p.rules.length)} rules' own work ${rulesOwn.toFixed(3)} ms (largest: ${largest})`;
}
