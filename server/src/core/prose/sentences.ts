import type { ReportModel } from '../model/types';
import type { OffsetRange } from '../text/line-index';
import { foldProse } from './fold';

/** One sentence of the report's prose, outside headings and tables. */
export interface Sentence {
  readonly range: OffsetRange;
  /** The sentence, folded (see fold.ts): same length and offsets as the document's slice. */
  readonly text: string;
}

const cache = new WeakMap<ReportModel, readonly Sentence[]>();

/**
 * The prose sentences of the report (computed once per model). A sentence ends at 。！？, at a
 * blank line, at a heading and at a table; a single line break does not end it, because scraped
 * pages break lines in the middle of sentences.
 */
export function sentencesOf(model: ReportModel): readonly Sentence[] {
  let out = cache.get(model);
  if (!out) {
    out = split(model);
    cache.set(model, out);
  }
  return out;
}

function split(model: ReportModel): Sentence[] {
  const text = model.text;
  const folded = foldProse(text);
  // Ranges that are not prose: headings and tables; they also end sentences.
  const holes: OffsetRange[] = [];
  if (model.title) holes.push(model.title.range);
  for (const part of model.parts) {
    holes.push(part.heading.range);
    for (const item of part.items) holes.push(item.heading.range);
    for (const table of part.tables) holes.push(table.range);
  }
  for (const item of model.looseItems) holes.push(item.heading.range);
  holes.sort((a, b) => a.start - b.start);
  const end = Math.max(0, Math.min(model.contentEnd, text.length));
  const out: Sentence[] = [];
  let start = 0;
  let hole = 0;
  const push = (from: number, to: number): void => {
    let a = from;
    let b = to;
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    if (b > a) out.push({ range: { start: a, end: b }, text: folded.slice(a, b) });
  };
  for (let i = 0; i < end; i++) {
    while (hole < holes.length && holes[hole].end <= i) hole++;
    if (hole < holes.length && holes[hole].start <= i) {
      push(start, i);
      i = Math.max(i, holes[hole].end - 1);
      start = i + 1;
      continue;
    }
    const c = folded[i];
    if (c === '。' || c === '!' || c === '?') {
      push(start, i + 1);
      start = i + 1;
    } else if (c === '\n' && /^[ \t\u3000\r]*\n/.test(folded.slice(i + 1, i + 40))) {
      push(start, i);
      start = i + 1;
    }
  }
  push(start, end);
  return out;
}
