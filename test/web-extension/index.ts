// Entry point of the web extension's tests (the extensionTestsPath of @vscode/test-web): the web
// extension host runs in a Web Worker, so mocha's browser build is bundled in and the test files
// are imported, not looked up on disk (scripts/e2e/run-web-e2e.js bundles this file).
import { outcomes, whenOutcome } from './setup';
import './extension.web';
import './pdf.web';

export function run(): Promise<void> {
  return new Promise((resolve, reject) => {
    const total = mocha.suite.total();
    // A failing before() hook fails without a test outcome per test: it ends the run as a failure too.
    whenOutcome(() => {
      const failed = outcomes.filter((o) => o.error !== undefined);
      if (outcomes.length < total && !failed.some((o) => o.title.includes('"before all" hook'))) return;
      if (failed.length > 0) reject(new Error(`${failed.length} web extension tests failed.`));
      else resolve();
    });
    mocha.run();
  });
}
