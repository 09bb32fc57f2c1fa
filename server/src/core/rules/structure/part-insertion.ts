import { sectionsOf } from '../../model/sections-of';
import type { ReportModel } from '../../model/types';
import { standardHeading } from '../../format/sections';
import type { SectionSpec } from '../../format/sections';
import type { TextEdit } from '../types';

/**
 * Where and how to insert a missing part: before the first present part that comes after it, or
 * after the last part that comes before it; written in the style of the report's other headings
 * (Markdown level or plain line). `body` is extra text after the heading (e.g. a table skeleton).
 */
export function insertPartEdit(model: ReportModel, section: SectionSpec, body = ''): TextEdit {
  const parts = sectionsOf(model);
  const next = parts.find((p) => p.section && p.section.number > section.number);
  const sample = parts.find((p) => p.part.heading.style === 'markdown') ?? parts[0];
  const hashes = sample?.part.heading.markdownLevel ? '#'.repeat(sample.part.heading.markdownLevel) + ' ' : '';
  const block = `${hashes}${standardHeading(section)}\n${body ? `\n${body}\n` : ''}`;
  if (next && next.part.heading.style !== 'inline') {
    const lineStart = model.lines.offsetAt({ line: model.lines.positionAt(next.part.heading.range.start).line, character: 0 });
    return { range: { start: lineStart, end: lineStart }, newText: `${block}\n` };
  }
  if (next) return { range: { start: next.part.heading.range.start, end: next.part.heading.range.start }, newText: `${block.trimEnd()} ` };
  const end = model.contentEnd;
  const before = model.text.slice(Math.max(0, end - 2), end);
  const lead = before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
  return { range: { start: end, end }, newText: `${lead}${block}\n` };
}
