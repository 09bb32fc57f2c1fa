// Mocha's browser build, set up before the test files register their suites (imported first by
// extension.web.ts). The reporter is ours: one line per test (✔ or ✘), which
// scripts/e2e/run-web-e2e.js reads; index.ts settles when every test has reported, counted here.
import 'mocha/mocha';

interface Outcome { readonly title: string; readonly error?: string }
export const outcomes: Outcome[] = [];
let onOutcome: (() => void) | undefined;
export function whenOutcome(f: () => void): void {
  onOutcome = f;
}

function reporter(runner: Mocha.Runner): void {
  const said = (o: Outcome) => {
    outcomes.push(o);
    console.log(o.error === undefined ? `    ✔ ${o.title}` : `    ✘ ${o.title}\n      ${o.error}`);
    onOutcome?.();
  };
  runner.on('suite', (s) => { if (!s.root) console.log(`\n  ${s.title}`); });
  runner.on('pass', (t) => { said({ title: t.title }); });
  runner.on('fail', (t, e: unknown) => { said({ title: t.fullTitle(), error: e instanceof Error ? e.stack ?? e.message : String(e) }); });
  runner.on('pending', (t) => { said({ title: `${t.title} (skipped)` }); });
}

mocha.setup({ ui: 'bdd', reporter: reporter as unknown as Mocha.ReporterConstructor, timeout: 90000 });
