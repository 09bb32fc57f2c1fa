import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkReport } from '../../server/src/core/check';
import type { CheckOptions } from '../../server/src/core/check';
import type { Finding, TextEdit } from '../../server/src/core/rules/types';

/** The shared corpus of real reports, beside this repository (read-only: never edit it). */
export const CORPUS = join(__dirname, '..', '..', '..', 'shared', 'corpus');

export function corpusText(relative: string): string {
  return readFileSync(join(CORPUS, relative), 'utf8');
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
