import { eraForYear } from '../format/eras';
import type { EraId } from '../format/eras';
import { asciiDigits, digitsAcrossMarkup } from '../text/digits-view';
import { LineIndex } from '../text/line-index';
import type { OffsetRange } from '../text/line-index';
import { readableView } from '../text/readable-view';
import { findHeadingCandidates } from './headings';
import { assembleParts } from './parts';
import { findPeriod, yearStatements } from './period';
import { findPreambleList } from './preamble-list';
import { isKnownSectionTitle } from './section-match';
import { findPublishedDates, findTail } from './tail';
import { findTableBlocks } from './table-blocks';
import { findStandaloneIssuer, findTitle, levelOf } from './title';
import type { ParseOptions, Part, ReportDate, ReportModel } from './types';

/**
 * Reads a draft of a 政府信息公开工作年度报告 into a model: title, issuer, year and era, statistics
 * period, dates, the preamble's list of parts, the parts with their items and tables. Never throws
 * on any text and runs in time linear in its length: whatever is not found is simply absent.
 * HTML (a saved page, a page's source pasted) and pinyin-annotated mirror text are read through
 * their readable view (text/readable-view.ts), the page's tables as preset grids.
 */
export function parseReport(source: string, options: ParseOptions = {}): ReportModel {
  const view = readableView(source);
  const text = view.text;
  const presets = view.tables.length > 0 ? [...(options.tables ?? []), ...view.tables] : options.tables;
  const lines = new LineIndex(text);
  const lineList = lines.allLines();
  // Years and dates are read on the text with ASCII digits (same offsets: "２０２３年" is a year), in a
  // page the digits of a number kept together across markup ("1</span><span>2月31日" is 12月31日).
  const dated = view.html ? digitsAcrossMarkup(asciiDigits(text)) : asciiDigits(text);
  const datedLines = dated === text ? lineList : new LineIndex(dated).lines();
  const tables = findTableBlocks(lineList, presets);
  const tail = findTail(datedLines, text.length);
  const candidates = findHeadingCandidates(lineList, tables, view.listHeadings);
  const { parts, looseItems } = assembleParts(candidates, tables, tail.contentEnd);
  const firstPart = parts[0]?.heading.range.start ?? tail.contentEnd;

  const foundTitle = findTitle(datedLines);
  const title = foundTitle && foundTitle.range.start < firstPart ? foundTitle : undefined;
  const preamble: OffsetRange = { start: Math.min(title?.range.end ?? 0, firstPart), end: firstPart };
  const period = findPeriod(dated, 0, text.length);
  const statements = yearStatements(dated, title, period, preamble);
  const year = reportYear(dated, title, statements, preamble, parts);
  const issuer = title?.issuer ?? findStandaloneIssuer(datedLines, firstPart);
  const dates: ReportDate[] = findPublishedDates(dated, firstPart);
  if (tail.signature) dates.push(tail.signature);

  return {
    text,
    lines,
    source,
    sourceLines: text === source ? lines : new LineIndex(source),
    markup: { html: view.html, pinyin: view.pinyin },
    title: title && { text: title.text, range: title.range },
    issuer,
    level: options.level ?? levelOf(issuer?.text),
    year,
    era: options.era ? { id: options.era, source: 'override' } : year ? { id: eraForYear(year.value), source: 'year' } : { id: eraFromStructure(parts), source: 'structure' },
    yearStatements: statements,
    period,
    dates,
    preamble,
    preambleList: findPreambleList(text, preamble),
    parts,
    looseItems,
    tableBlocks: tables,
    contentEnd: tail.contentEnd,
    cutOff: tail.cutOff,
    ...(presets ? { presetTables: presets } : {}),
    ...(options.unreadableTables ? { unreadableTables: options.unreadableTables } : {}),
  };
}

function reportYear(
  text: string,
  title: ReturnType<typeof findTitle>,
  statements: ReportModel['yearStatements'],
  preamble: OffsetRange,
  parts: readonly Part[],
): ReportModel['year'] {
  if (title?.year) return { value: title.year.value, source: 'title', range: title.year.range };
  const period = statements.find((s) => s.kind === 'period-end') ?? statements.find((s) => s.kind === 'period-start');
  if (period) return { value: period.year, source: 'period', range: period.range };
  const stated = statements.find((s) => s.kind === 'preamble');
  if (stated) return { value: stated.year, source: 'preamble', range: stated.range };
  // A draft without title or period: the first year its opening text speaks of ("2020年，…").
  const end = parts[0]?.body.end ?? text.length;
  const m = /(\d{4})\s*年/.exec(text.slice(preamble.start, Math.min(end, preamble.start + 4000)));
  const value = Number(m?.[1]);
  if (m && value >= 2000 && value <= 2100) {
    const at = preamble.start + m.index;
    return { value, source: 'body', range: { start: at, end: at + 4 } };
  }
  return undefined;
}

/** Without any year: the current format if the parts carry its titles, else the 2007 条例. */
function eraFromStructure(parts: readonly Part[]): EraId {
  return parts.some((p) => isKnownSectionTitle(p.heading.title)) ? '2021' : '2007';
}
