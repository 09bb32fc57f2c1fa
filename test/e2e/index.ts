// Entry point of the real-editor tests (the extensionTestsPath): VS Code calls run() in the extension host.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const grep = process.env.GOVREPORT_E2E_GREP;
  const mocha = new Mocha({ ui: 'bdd', timeout: 90000, color: false, reporter: 'spec', ...(grep ? { grep } : {}) });
  for (const f of readdirSync(__dirname).sort()) if (f.endsWith('.e2e.js')) mocha.addFile(join(__dirname, f));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => {
      if (failures > 0) reject(new Error(`${failures} real-editor tests failed.`));
      else resolve();
    });
  });
}
