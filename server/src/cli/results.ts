import type { Finding } from '../core/rules/types';
import { ownCopy } from '../core/text/own-copy';
import type { LineIndex, Position } from '../core/text/line-index';
import type { EraId } from '../core/format/eras';
import type { SourceLocation } from '../core/import/types';
import type { OffsetRange } from '../core/text/line-index';

/**
 * Where the lines of a checked file start, as plain data: what the formatters need to print
 * line:column, without keeping the file's text (a LineIndex holds it) for the whole run — at
 * 10,000 files the texts alone were most of the CLI's memory.
 */
export interface LineStarts {
  /** Offsets of the line starts, ascending; the first is 0. */
  readonly starts: Uint32Array;
  /** The text's length (offsets past it are clamped, as LineIndex does). */
  readonly length: number;
}

/** What the CLI learnt about one file: its findings, or why it could not be checked. */
export interface FileResult {
  readonly path: string;
  readonly era?: EraId | undefined;
  readonly year?: number | undefined;
  readonly lines?: LineStarts | undefined;
  readonly findings: readonly Finding[];
  /** Why the file was not checked (unreadable, binary): makes the exit code 2. */
  readonly failure?: string | undefined;
  /** Why there was nothing to check (empty): reported, not a failure. */
  readonly notice?: string | undefined;
  /** For a file read by an importer: its format (ranges are then lines of its Markdown rendering)… */
  readonly format?: string | undefined;
  /** …and where a range of the rendering is in the original file, with its wording (表三第5行第2列). */
  readonly source?: ((range: OffsetRange) => { readonly location: SourceLocation; readonly label: string } | undefined) | undefined;
}

/** The line starts of a line index (same positions as `lines.positionAt`, without the text). */
export function lineStartsOf(lines: LineIndex): LineStarts {
  const starts = new Uint32Array(lines.lineCount);
  for (let i = 1; i < starts.length; i++) starts[i] = lines.offsetAt({ line: i, character: 0 });
  return { starts, length: lines.text.length };
}

/**
 * Where an offset of the file lies (0-based; the formatters add 1 where they print). A file with
 * findings was read, so it has its line starts; the start of the file otherwise.
 */
export function positionIn(result: FileResult, offset: number): Position {
  const lines = result.lines;
  if (!lines) return { line: 0, character: 0 };
  const clamped = Math.max(0, Math.min(offset, lines.length));
  const { starts } = lines;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= clamped) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: clamped - (starts[lo] ?? 0) };
}

/**
 * A result as the run keeps it until it prints: of each finding only what an output format prints
 * (rule, severity, message, range, data), its strings copied out of the report's text. No format
 * prints a fix or the related places, and a run of 10,000 reports held every fix's edits (a missing
 * part's whole table skeleton, a fix-all's thousands of edits) to the end; the 校验报告's advice is
 * taken from the analysis before this (facts.ts). The copies matter as much: V8 keeps a substring
 * (a heading's title quoted in a message) as a view into the whole string it was cut from, so one
 * such message kept its report's whole text alive until the run printed (13 MB of texts for the
 * 3,500 reports quoting a heading among 10,000, docs/performance.md).
 */
export function keptForOutput(result: FileResult): FileResult {
  if (result.findings.length === 0) return result;
  return { ...result, findings: result.findings.map(printedPart) };
}

function printedPart({ rule, severity, message, range, data }: Finding): Finding {
  return { rule, severity, message: ownCopy(message), range, ...(data ? { data: ownCopy(data) } : {}) };
}
