import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkReport } from '../../server/src/core/check';
import type { CheckOptions } from '../../server/src/core/check';
import type { Finding, TextEdit } from '../../server/src/core/rules/types';
import { defined } from './nth';

/**
 * Real reports of the corpus, copied unchanged into test/fixtures/corpus (PROVENANCE.json gives the
 * origin and sha256 of each; test/fixtures-provenance.test.ts checks them): `seeds/NAME` → NAME,
 * `real/pages/NAME` → page-NAME, `real/peers/NAME` → peers/NAME. Tests name them by their corpus path.
 */
export const FIXTURES = join(__dirname, '..', 'fixtures', 'corpus');

export function corpusPath(relative: string): string {
  const name = defined(relative.split('/').pop());
  if (relative.startsWith('seeds/')) return join(FIXTURES, name);
  if (relative.startsWith('real/pages/')) return join(FIXTURES, `page-${name}`);
  if (relative.startsWith('real/peers/')) return join(FIXTURES, 'peers', name);
  throw new Error(`test setup: no fixture copy of corpus file ${relative}`);
}

/** Corpus paths of the seeds and real pages held as fixtures (`seeds/…`, `real/pages/…`). */
export function corpusReports(): string[] {
  return readdirSync(FIXTURES)
    .filter((n) => n.endsWith('.txt'))
    .map((n) => (n.startsWith('page-') ? `real/pages/${n.slice(5)}` : `seeds/${n}`));
}

export function corpusText(relative: string): string {
  return readFileSync(corpusPath(relative), 'utf8');
}

/** Findings of one rule on a text. */
export function findingsOf(rule: string, text: string, options: CheckOptions = {}): Finding[] {
  return checkReport(text, options).findings.filter((f) => f.rule === rule);
}

/** Applies non-overlapping edits to a text (as an editor would). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.range.start - a.range.start);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.range.start) + e.newText + out.slice(e.range.end);
  return out;
}

/** The document text a finding's range covers. */
export function covered(text: string, f: { range: { start: number; end: number } }): string {
  return text.slice(f.range.start, f.range.end);
}
