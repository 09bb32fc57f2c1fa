import type { UnitFacts } from '../core/office/types';
import type { SourceLocation } from '../core/import/types';
import type { CheckSettings, RcNotice } from './check-file';
import type { PairingKey } from './cross-year';
import { keptForOutput } from './results';
import type { FileResult } from './results';

/**
 * What the CLI's main thread and its worker threads (worker.ts) say to each other: plain data only
 * (structured clone), no functions, no models. A worker reads and analyses files and compares
 * pairs; the main thread keeps the order, the pairing keys and the results.
 */
export interface WorkerSetup {
  readonly settings: CheckSettings;
  readonly cwd?: string | undefined;
  /** `govreport report`: each checked report's facts for the 校验报告 too. */
  readonly facts: boolean;
}

/** A file of the run, by its place in the run's order. */
export interface FileRef {
  readonly index: number;
  readonly path: string;
  readonly fromFolder: boolean;
  readonly given?: string | undefined;
}

export type WorkerJob =
  | { readonly kind: 'file'; readonly file: FileRef }
  /** Cross-year findings of `current` against `previous` (a file of the run, or the report given with --previous). */
  | { readonly kind: 'pair'; readonly current: FileRef; readonly previous: FileRef | 'given' };

/** Where a finding's range is in an imported file, with its wording: [start, end, place]. */
export type PlainSource = readonly [number, number, { readonly location: SourceLocation; readonly label: string }];

/** A FileResult as plain data: `source` (a function) becomes the places of the findings' ranges. */
export type PlainResult = Omit<FileResult, 'source'> & { readonly sources?: readonly PlainSource[] | undefined };

export interface FileReply {
  readonly result: PlainResult;
  /** A checked report's pairing key. */
  readonly key?: PairingKey | undefined;
  readonly facts?: UnitFacts | undefined;
  readonly rc: readonly RcNotice[];
}

/** A pair compared: the current report's result with the cross-year findings, or nothing when there are none. */
export interface PairReply {
  readonly result?: PlainResult | undefined;
  readonly facts?: UnitFacts | undefined;
}

export function toPlain(full: FileResult): PlainResult {
  // The facts were taken in the worker; what crosses to the main thread is what it prints.
  const result = keptForOutput(full);
  const { source, ...rest } = result;
  if (!source) return rest;
  const sources: PlainSource[] = [];
  for (const f of result.findings) {
    const at = source(f.range);
    if (at) sources.push([f.range.start, f.range.end, at]);
  }
  return { ...rest, sources };
}

export function fromPlain(plain: PlainResult): FileResult {
  const { sources, ...rest } = plain;
  if (!sources) return rest;
  const byRange = new Map(sources.map(([start, end, at]) => [`${String(start)}:${String(end)}`, at]));
  return { ...rest, source: (range) => byRange.get(`${String(range.start)}:${String(range.end)}`) };
}
