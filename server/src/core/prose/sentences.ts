import type { ReportModel } from '../model/types';
import type { OffsetRange } from '../text/line-index';
import { perModel } from '../model/per-model';
import { isWhiteSpaceCode } from '../text/white-space';
import { foldedTextOf } from './fold';

/** One sentence of the report's prose, outside headings and tables. */
export interface Sentence {
  readonly range: OffsetRange;
  /** The sentence, folded (see fold.ts): same length and offsets as the document's slice. */
  readonly text: string;
}

/** Where a sentence ends in folded prose: 。!? (kept) or a line break followed by a blank line (within 40 characters); every match one unit long. */
const BREAK = /[。!?]|\n(?=[ \t\u3000\r]{0,38}\n)/g;
const LINE_FEED = 0x0a;

/**
 * The prose sentences of the report (computed once per model). A sentence ends at 。！？, at a
 * blank line, at a heading and at a table; a single line break does not end it, because scraped
 * pages break lines in the middle of sentences.
 */
export const sentencesOf: (model: ReportModel) => readonly Sentence[] = perModel(splitSentences);

/** The ranges of a report that are not prose (title, headings, tables), in text order. */
export function nonProseRanges(model: ReportModel): OffsetRange[] {
  const holes: OffsetRange[] = [];
  if (model.title) holes.push(model.title.range);
  for (const part of model.parts) {
    holes.push(part.heading.range);
    for (const item of part.items) holes.push(item.heading.range);
    for (const table of part.tables) holes.push(table.range);
  }
  for (const item of model.looseItems) holes.push(item.heading.range);
  return holes.sort((a, b) => a.start - b.start);
}

function splitSentences(model: ReportModel): Sentence[] {
  const text = model.text;
  const folded = foldedTextOf(model);
  // Ranges that are not prose also end sentences.
  const holes = nonProseRanges(model);
  const end = Math.max(0, Math.min(model.contentEnd, text.length));
  const out: Sentence[] = [];
  let start = 0;
  const push = (from: number, to: number): void => {
    let a = from;
    let b = to;
    // By code: charAt made a string of every CJK character tested.
    while (a < b && isWhiteSpaceCode(text.charCodeAt(a))) a++;
    while (b > a && isWhiteSpaceCode(text.charCodeAt(b - 1))) b--;
    if (b > a) out.push({ range: { start: a, end: b }, text: folded.slice(a, b) });
  };
  // Sentence ends (。!? and a line break before a blank line) found in one regular-expression
  // pass, then walked together with the holes; both lists are in document order. The expression
  // scans twice as fast as a loop over the codes; `test` makes no match object (exec made one per
  // end), and every match is one unit long, so it ends right before lastIndex (issue 17).
  const ends: number[] = [];
  BREAK.lastIndex = 0;
  while (BREAK.test(folded)) {
    const at = BREAK.lastIndex - 1;
    if (at >= end) break;
    ends.push(at);
  }
  let k = 0;
  let i = 0;
  const endsBefore = (to: number): void => {
    for (; k < ends.length; k++) {
      const at = ends[k];
      if (at === undefined || at >= to) break;
      if (at < i) continue; // inside a hole
      // By code: charAt made a string of every 。 (outside Latin-1) it was asked about.
      push(start, folded.charCodeAt(at) === LINE_FEED ? at : at + 1);
      start = at + 1;
    }
  };
  for (const h of holes) {
    if (h.end <= i) continue;
    const at = Math.max(h.start, i);
    if (at >= end) break;
    endsBefore(at);
    push(start, at);
    i = h.end;
    start = h.end;
  }
  endsBefore(end);
  push(start, end);
  return out;
}
