import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { ESLint, Linter } from 'eslint';

/**
 * Regex safety (issue 11): `npm run lint` (part of `npm run test:unit`) runs eslint-plugin-regexp's
 * ReDoS checks over every regular expression of the code. This proves the repository's own
 * configuration turns them on for the code that reads untrusted text, and that, so configured, they
 * reject a vulnerable pattern and accept its linear rewrite.
 */
const ROOT = join(__dirname, '..');

async function regexpRulesFor(file: string): Promise<Linter.RulesRecord> {
  const eslint = new ESLint({ cwd: ROOT });
  const config = (await eslint.calculateConfigForFile(join(ROOT, file))) as { rules: Linter.RulesRecord };
  return Object.fromEntries(Object.entries(config.rules).filter(([id]) => id.startsWith('regexp/')));
}

async function ruleIdsOf(code: string, rules: Linter.RulesRecord): Promise<string[]> {
  // An ES module: loaded as such (eslint.config.mjs does the same).
  const regexp = (await import('eslint-plugin-regexp')).default;
  const messages = new Linter().verify(code, [{ plugins: { regexp }, rules }], 'probe.js');
  return messages.map((m) => m.ruleId ?? `(fatal) ${m.message}`);
}

const severity = (entry: Linter.RuleEntry | undefined): unknown => (Array.isArray(entry) ? entry[0] : entry);

describe('regex safety (eslint-plugin-regexp in npm run lint)', function () {
  this.timeout(120_000);

  it('the repository configuration turns the ReDoS rules on for the server, the web extension and the client', async () => {
    for (const file of ['server/src/core/analyze.ts', 'server/src/lsp/analyses.ts', 'web/extension/server.ts', 'client/src/extension.ts']) {
      const rules = await regexpRulesFor(file);
      for (const id of ['regexp/no-super-linear-backtracking', 'regexp/no-super-linear-move']) {
        assert.ok([2, 'error'].includes(severity(rules[id]) as number | string), `${id} is an error in ${file}`);
      }
    }
  });

  it('rejects a pattern that backtracks polynomially and one that moves quadratically, accepts their linear rewrites', async () => {
    const rules = await regexpRulesFor('server/src/core/analyze.ts');
    assert.deepEqual(await ruleIdsOf(String.raw`export const m = (s) => /^\s*(\d+)\s*日?\s*$/.exec(s);`, rules), ['regexp/no-super-linear-backtracking']);
    assert.deepEqual(await ruleIdsOf(String.raw`export const t = (s) => s.replace(/[\\/]+$/, '');`, rules), ['regexp/no-super-linear-move']);
    assert.deepEqual(await ruleIdsOf(String.raw`export const m = (s) => /^(\d+)(?:\s*日)?$/.exec(s.trim());`, rules), []);
    assert.deepEqual(await ruleIdsOf(String.raw`export const t = (s) => /(?<![\\/])[\\/]+$/.exec(s);`, rules), []);
  });

  it('rejects an exponential pattern everywhere, tests and scripts included', async () => {
    const rules = await regexpRulesFor('test/security.test.ts');
    assert.deepEqual((await ruleIdsOf(String.raw`export const bad = /^(a+)+$/;`, rules)).filter((id) => id.includes('super-linear')), ['regexp/no-super-linear-backtracking']);
  });
});
