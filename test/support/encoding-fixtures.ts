import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The encoding fixtures (test/fixtures/encoding: one report of ours in GB18030, UTF-16 LE/BE with
 * BOM, CRLF and CR line ends, made by iconv/sed/tr) and the findings a person expects in it,
 * written by hand (expected.json). The CLI and the language server tests compare with these.
 */
export const ENCODING_FIXTURES = join(__dirname, '..', 'fixtures', 'encoding');

export const ENCODED_REPORTS: readonly { readonly file: string; readonly encoding: string; readonly lineEnd: string }[] = [
  { file: 'report.utf8.md', encoding: 'utf-8', lineEnd: 'LF' },
  { file: 'report.gb18030.md', encoding: 'gb18030', lineEnd: 'LF' },
  { file: 'report.gb18030-crlf.md', encoding: 'gb18030', lineEnd: 'CRLF' },
  { file: 'report.utf16le-bom.md', encoding: 'utf-16le', lineEnd: 'LF' },
  { file: 'report.utf16be-bom.md', encoding: 'utf-16be', lineEnd: 'LF' },
  { file: 'report.crlf.md', encoding: 'utf-8', lineEnd: 'CRLF' },
  { file: 'report.cr.md', encoding: 'utf-8', lineEnd: 'CR' },
];

interface ExpectedFinding {
  readonly rule: string;
  readonly severity: string;
  /** 1-based. */
  readonly line: number;
  readonly text: string;
  readonly at?: string;
  readonly last?: boolean;
}

const EXPECTED = (JSON.parse(readFileSync(join(ENCODING_FIXTURES, 'expected.json'), 'utf8')) as { findings: readonly ExpectedFinding[] }).findings;

/** The source's lines (as written in UTF-8 with LF): the expectations' columns are found in them. */
const SOURCE_LINES = readFileSync(join(ENCODING_FIXTURES, 'report.utf8.md'), 'utf8').split('\n');

/** A finding as both adapters give it: rule, severity, 0-based start and end. */
export interface SeenFinding {
  readonly rule: string;
  readonly severity: string;
  readonly start: { readonly line: number; readonly character: number };
  readonly end: { readonly line: number; readonly character: number };
}

/** The expected findings as 0-based positions (LSP and JSON ranges), in order. */
export function expectedFindings(): { rule: string; severity: string; line: number; character: number; length: number }[] {
  return EXPECTED.map((e) => {
    const line = SOURCE_LINES[e.line - 1] ?? '';
    const anchor = e.at ?? e.text;
    const character = e.last === true ? line.lastIndexOf(anchor) : line.indexOf(anchor);
    assert.ok(character >= 0, `expected.json: 「${anchor}」 is not on line ${String(e.line)}`);
    return { rule: e.rule, severity: e.severity, line: e.line - 1, character, length: e.text.length };
  });
}

/** Compares what an adapter found with the hand-written expectations (start, and length on one line). */
export function assertExpected(seen: readonly SeenFinding[], what: string): void {
  const actual = seen.map((f) => ({ rule: f.rule, severity: f.severity, line: f.start.line, character: f.start.character, length: f.end.line === f.start.line ? f.end.character - f.start.character : -1 }));
  assert.deepEqual(actual, expectedFindings(), what);
}
