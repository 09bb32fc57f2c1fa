import { perModel } from '../../model/per-model';
import { sectionsOf } from '../../model/sections-of';
import type { SectionedPart } from '../../model/sections-of';
import type { ReportModel } from '../../model/types';
import { isChromeLine } from '../../model/chrome';
import { withoutFiller } from '../../text/filler';
import { simplified } from '../../text/simplified';
import { isWhiteSpaceCode } from '../../text/white-space';

/**
 * What the content rules share: a part of the six by number, and its text as the rules read it
 * (simplified characters, page chrome and table blocks left out). A part counts as complete only
 * when a later part follows it: a copy cut off inside a part is not judged on what it lacks.
 */
export function sectionPart(model: ReportModel, number: number): SectionedPart | undefined {
  return sectionsOf(model).find((s) => s.section?.number === number);
}

export function isComplete(model: ReportModel, part: SectionedPart): boolean {
  return sectionsOf(model).some((s) => s.part.heading.range.start > part.part.heading.range.start);
}

/** Sentence ends a finished report's last line has; "无" and "略" end a part 六 of nothing. */
const FINISHED = /[。！？!?；;…”’」』）)】无略.]$/;

/** White space and Markdown marks that may follow the last sentence. */
const TRAILING_MARKUP = /[\s|*#>_]/;

/**
 * The last part (六): complete when the text does not stop inside it, that is, the report is
 * signed, or its content ends a sentence and the parser saw no cut-off.
 */
export function isLastComplete(model: ReportModel, part: SectionedPart): boolean {
  if (model.cutOff && model.cutOff.start >= part.part.body.start) return false;
  if (model.dates.some((d) => d.kind === 'signature')) return true;
  const body = model.text.slice(part.part.body.start, Math.min(model.contentEnd, model.text.length));
  // Trimmed by a loop: /[\s|*#>_]+$/ would be tried from every position of a long run (quadratic).
  let end = body.length;
  while (end > 0 && TRAILING_MARKUP.test(body.charAt(end - 1))) end--;
  const content = body.slice(0, end);
  return FINISHED.test(content);
}

/**
 * The text of a part's body: simplified, without table blocks and chrome lines (offsets not kept):
 * its lines (partLines) joined. Made once per model and part: rules read part 一's several times.
 */
export function partText(model: ReportModel, part: SectionedPart): string {
  const texts = partTextsOf(model);
  let text = texts.get(part);
  if (text === undefined) {
    text = [...partLines(model, part)].join('\n');
    texts.set(part, text);
  }
  return text;
}

/** The part texts read so far, by part (a model's parts are made once per model: sectionsOf). */
const partTextsOf = perModel((): Map<SectionedPart, string> => new Map());

/**
 * The lines of partText one at a time, read from the model's text as they are asked for: a rule
 * that needs the first characters, or stops once its words are found, reads no further (issue 17:
 * a long report's part 一 is 480,000 characters, and its whole text cost 5 % of the check). The
 * text before a table and the text after it are one line, as in the body with the table cut out;
 * lines end at \r\n, \r or \n. No line has a line break, so a word is in partText exactly when
 * it is in one of its lines.
 */
export function* partLines(model: ReportModel, part: SectionedPart): Generator<string> {
  const { body, tables } = part.part;
  const text = model.text;
  let line = '';
  let at = body.start;
  for (const cut of [...tables.map((t) => t.range), { start: body.end, end: body.end }]) {
    const end = Math.max(at, cut.start);
    let from = at;
    for (let i = at; i < end; i++) {
      const code = text.charCodeAt(i);
      if (code !== LF && code !== CR) continue;
      line += text.slice(from, i);
      if (!isChromeLine(line)) yield readLine(line);
      line = '';
      if (code === CR && i + 1 < end && text.charCodeAt(i + 1) === LF) i++;
      from = i + 1;
    }
    line += text.slice(from, end);
    at = Math.max(at, cut.end);
  }
  if (!isChromeLine(line)) yield readLine(line);
}

const [LF, CR] = [10, 13];

/**
 * A line as the rules read it: simplified; what splits words left out: blanked markup (Word's
 * "改</span><span>进", text/filler.ts) and pinyin annotations (報(bào)告).
 */
function readLine(line: string): string {
  return simplified(withoutFiller(line)).replace(PINYIN, '');
}

/** A pinyin annotation in brackets right after a character: (bào), (xiàn). */
const PINYIN = /[(（][a-zA-Z\u00e0-\u01dc\u00fc]{1,7}[)）]/g;

/** Characters that carry content (not whitespace, table pipes or Markdown marks), counted up to `enough`. */
export function contentLength(text: string, enough = Infinity): number {
  // Counted, not replaced: a copy of a long part only to take its length cost a long report 1 %;
  // a caller asking whether there is `enough` needs no count past it.
  let count = 0;
  for (let i = 0; i < text.length && count < enough; i++) if (!isSpaceOrMark(text.charCodeAt(i))) count++;
  return count;
}

/** The units of /[\s\u3000|#*>_-]/: white space, the table pipe and Markdown marks. */
function isSpaceOrMark(c: number): boolean {
  return isWhiteSpaceCode(c) || MARKUP_CODES.includes(c);
}

const MARKUP_CODES: readonly number[] = ['|', '#', '*', '>', '_', '-'].map((m) => m.charCodeAt(0));

/**
 * Part 一 must have real text before the report is judged on content the format asks for: a
 * draft's or a skeleton's one or two sentences (under 200 characters) are still being written,
 * and findings on every such report would flood. Real 2021-format parts 一 run to several hundred
 * characters and more.
 */
export const REAL_PART_ONE = 200;

/** Whether part 一 is complete (a later part follows) and has real text (REAL_PART_ONE characters). */
export function hasRealPartOne(model: ReportModel): boolean {
  const part = sectionPart(model, 1);
  if (part === undefined || !isComplete(model, part)) return false;
  // Counted line by line (the line breaks between them carry no content) up to what is enough.
  let count = 0;
  for (const line of partLines(model, part)) {
    count += contentLength(line, REAL_PART_ONE - count);
    if (count >= REAL_PART_ONE) return true;
  }
  return false;
}
