import { FoldingRangeKind } from 'vscode-languageserver';
import type { FoldingRange } from 'vscode-languageserver';
import type { OffsetRange } from '../core/text/line-index';
import type { Analysis } from '../core/analyze';
import { trimmed } from './symbols';

/** Folding by part, by item and by table (from the heading line to the last written line). */
export function foldingRanges(analysis: Analysis): FoldingRange[] {
  if (!analysis.checked) return [];
  const { model } = analysis;
  const out: FoldingRange[] = [];
  const add = (range: OffsetRange, kind?: string) => {
    const r = trimmed(model, range);
    const startLine = model.lines.positionAt(r.start).line;
    const endLine = model.lines.positionAt(r.end).line;
    if (endLine > startLine) out.push({ startLine, endLine, ...(kind === undefined ? {} : { kind }) });
  };
  for (const part of model.parts) {
    add({ start: part.heading.range.start, end: part.body.end });
    for (const item of part.items) add({ start: item.heading.range.start, end: item.body.end });
    for (const table of part.tables) add(table.range, FoldingRangeKind.Region);
  }
  return out;
}
