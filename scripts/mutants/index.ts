/**
 * Scripted mutants (`npm run mutants`): each plants one known defect in a copy of the sources and
 * runs the table tests on it; the suite must FAIL on every mutant. A mutant that survives means
 * the tests cannot see that defect, and the script exits 1. The copy lives in a temporary folder
 * (node_modules linked), so the worktree is never touched, even when the run is interrupted.
 *
 *   npm run mutants                 every mutant
 *   npm run mutants -- swap-columns one mutant by name
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface Mutant {
  readonly name: string;
  /** What the defect is, in words. */
  readonly what: string;
  readonly file: string;
  readonly find: string;
  readonly replace: string;
}

const MUTANTS: readonly Mutant[] = [
  {
    name: 'swap-columns',
    what: 'the reader puts the 商业企业 and 科研机构 columns of table 三 in each other\'s place',
    file: 'server/src/core/tables/tables-of.ts',
    find: 'const fit = fitTable(s.id, gridRows(model, s, lines), preferred);',
    replace: [
      'const unmutated = fitTable(s.id, gridRows(model, s, lines), preferred);',
      'const swapped = (k: string): string => (k === \'business\' ? \'research\' : k === \'research\' ? \'business\' : k);',
      'const fit = s.id !== \'三\' ? unmutated : { ...unmutated, cells: unmutated.cells.map((c) => ({ ...c, column: unmutated.template.blocks.flatMap((b) => b.columns).find((x) => x.key === swapped(c.column.key)) ?? c.column })) };',
    ].join('\n  '),
  },
  {
    name: 'no-two-in-a-column',
    what: 'the localiser never names two cells of one column',
    file: 'server/src/core/tables/localize.ts',
    find: 'const feasible = (set: readonly Unknown[]): CellFix[] | undefined => {',
    replace: 'const feasible = (set: readonly Unknown[]): CellFix[] | undefined => {\n    if (set.length === 2 && set[0]?.cell.column.key === set[1]?.cell.column.key) return undefined;',
  },
  {
    name: 'throw-on-crlf',
    what: 'a table rule throws on text with Windows line breaks',
    file: 'server/src/core/rules/table/cell-value.ts',
    find: 'check({ model, t, report }) {',
    replace: 'check({ model, t, report }) {\n    if (model.text.includes(\'\\r\\n\')) throw new Error(\'CRLF\');',
  },
];

/** The tests run against each mutant: the table engine's and the table rules'. */
const TESTS = ['test/core/tables/*.test.ts', 'test/core/rules/table/*.test.ts'];
const ROOT = join(__dirname, '..', '..');
const COPIED = ['server', 'test', 'examples', 'tsconfig.json', 'package.json'];

function runTests(work: string): { status: number | null; stdout: string } {
  const run = spawnSync(process.execPath, [join(work, 'node_modules', 'mocha', 'bin', 'mocha.js'), '--no-config', '-r', 'tsx/cjs', '--extension', 'ts', '--timeout', '60000', '--reporter', 'dot', '--bail', ...TESTS], { cwd: work, encoding: 'utf8', shell: false });
  return { status: run.status, stdout: run.stdout };
}

function main(argv: readonly string[]): number {
  const chosen = argv.length > 0 ? MUTANTS.filter((m) => argv.includes(m.name)) : MUTANTS;
  const work = mkdtempSync(join(tmpdir(), 'govreport-mutants-'));
  try {
    for (const entry of COPIED) cpSync(join(ROOT, entry), join(work, entry), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(work, 'node_modules'), 'dir');
    // The copy unmutated must pass, or a "kill" would say nothing.
    const baseline = runTests(work);
    if (baseline.status !== 0) {
      process.stdout.write(`the unmutated copy fails its tests; fix them first\n${baseline.stdout.slice(-2000)}\n`);
      return 1;
    }
    let survivors = 0;
    for (const m of chosen) {
      const path = join(work, m.file);
      const original = readFileSync(path, 'utf8');
      const at = original.indexOf(m.find);
      if (at < 0 || original.includes(m.find, at + 1)) {
        process.stdout.write(`✗ ${m.name}: the code to mutate is not found exactly once in ${m.file}; update the mutant\n`);
        survivors++;
        continue;
      }
      writeFileSync(path, original.slice(0, at) + m.replace + original.slice(at + m.find.length));
      const run = runTests(work);
      writeFileSync(path, original);
      const killed = run.status !== 0;
      if (!killed) survivors++;
      // The first failing test, as mocha's dot reporter names it ("1) suite\n   test:").
      const by = /\n\s+1\) ([^\n]+)\n\s+([^\n]+)/.exec(run.stdout);
      process.stdout.write(`${killed ? '✓ killed' : '✗ SURVIVED'} ${m.name}: ${m.what}${by ? ` (by: ${by[1] ?? ''} ${by[2] ?? ''})` : ''}\n`);
    }
    process.stdout.write(survivors === 0 ? `every mutant (${String(chosen.length)}) made the suite fail\n` : `${String(survivors)} mutant(s) survived\n`);
    return survivors === 0 ? 0 : 1;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

process.exitCode = main(process.argv.slice(2));
