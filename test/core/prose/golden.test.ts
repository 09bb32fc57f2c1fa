import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkReport } from '../../../server/src/core/check';
import { corpusReports, corpusText } from '../../support/check';

/**
 * Golden fixtures of the narrative-number rules: for every seed and real page of the
 * corpus (the fixture copies), the prose/ findings (rule, line:column, covered text, message, data).
 * UPDATE_EXPECTED=1 rewrites them; a missing expected file fails.
 */
const DIR = join(__dirname, '..', '..', 'fixtures', 'prose');

function proseFindings(relative: string): unknown[] {
  const text = corpusText(relative);
  const { model, findings } = checkReport(text);
  return findings
    .filter((f) => f.rule.startsWith('prose/'))
    .map((f) => {
      const at = model.lines.positionAt(f.range.start);
      return { rule: f.rule, severity: f.severity, at: `${at.line + 1}:${at.character + 1}`, text: text.slice(f.range.start, f.range.end), message: f.message, data: f.data ?? null };
    });
}

describe('prose golden fixtures (corpus → prose findings)', () => {
  const inputs = corpusReports().map((relative) => ({
    name: relative.startsWith('seeds/') ? relative.slice(6) : `page-${relative.slice(11)}`,
    relative,
  }));
  for (const { name, relative } of inputs) {
    it(name, () => {
      const expectedPath = join(DIR, name.replace(/\.txt$/, '.expected.json'));
      const actual = proseFindings(relative);
      if (process.env.UPDATE_EXPECTED) writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
      assert.ok(existsSync(expectedPath), `missing ${expectedPath}: run UPDATE_EXPECTED=1 and review it`);
      assert.deepEqual(actual, JSON.parse(readFileSync(expectedPath, 'utf8')));
    });
  }
});
