import type { EraId, ReportLevel } from '../format/eras';
import type { FoundDate } from '../text/dates';
import type { LineIndex, OffsetRange } from '../text/line-index';
import type { PresetTable } from '../text/grid';
import type { TextLayoutName } from './table-layouts';

/** How a heading was written: a Markdown heading, a line of its own, or inside a long line. */
export type HeadingStyle = 'markdown' | 'line' | 'inline';

/**
 * Where a heading's number comes from: written in its text ("一、"), given by an ordered list
 * (Word's automatic numbering saved as HTML: `<ol start="2"><li><h1>…`), or absent (a bare
 * standard title on a line of its own).
 */
export type HeadingNumbering = 'written' | 'list' | 'none';

/** A numbered heading: a part (一、…) or an item (（一）…). */
export interface Heading {
  /** The number its numeral stands for (一 → 1); for a heading without a written numeral, the list's number or the number of the part its title names. */
  readonly number: number;
  /** The numeral as written (一, 十二); '' when none is written. */
  readonly numeral: string;
  readonly numbering: HeadingNumbering;
  /** The title as written, without numbering and trailing punctuation. */
  readonly title: string;
  /** The whole heading from its first character (after any Markdown marks) to the end of its title. */
  readonly range: OffsetRange;
  /** The numeral as written; an empty range at the title's start when none is written. */
  readonly numeralRange: OffsetRange;
  /** The title as written. */
  readonly titleRange: OffsetRange;
  readonly style: HeadingStyle;
  /** For Markdown headings, the number of '#'. */
  readonly markdownLevel?: number | undefined;
}

/**
 * A block that looks like a table: lines of one of the text layouts (model/table-layouts.ts), an
 * HTML <table>, or lines of the templates' labels with no number (a form published unfilled).
 */
export interface TableBlock {
  readonly range: OffsetRange;
  readonly layout: TextLayoutName | 'html' | 'labels';
}

export interface Item {
  readonly heading: Heading;
  /** From the end of the heading to the next item or the end of its part. */
  readonly body: OffsetRange;
}

export interface Part {
  readonly heading: Heading;
  /** From the end of the heading to the next part or the end of the report content. */
  readonly body: OffsetRange;
  readonly items: readonly Item[];
  readonly tables: readonly TableBlock[];
}

/** A statement of the report's year: in the title, the statistics period, or the preamble. */
export interface YearStatement {
  readonly year: number;
  readonly kind: 'title' | 'period-start' | 'period-end' | 'preamble';
  readonly range: OffsetRange;
}

export interface StatisticsPeriod {
  /** The sentence that states the period. */
  readonly range: OffsetRange;
  readonly start?: FoundDate | undefined;
  readonly end: FoundDate;
}

/** A date the report is signed (落款) or published (发布日期 on the page) on. */
export interface ReportDate {
  readonly kind: 'signature' | 'published';
  readonly date: FoundDate;
  /** The label as written for published dates (发布日期, 时间…). */
  readonly label?: string | undefined;
}

/** One name in the preamble's own list of parts ("全文包括概述、…等六个部分"). */
export interface PreambleListEntry {
  readonly name: string;
  readonly range: OffsetRange;
}

export interface PreambleList {
  /** The whole list, from its first name to the end of its count ("…六个部分"). */
  readonly range: OffsetRange;
  readonly entries: readonly PreambleListEntry[];
  /** The count stated ("六个部分" → 6), if any. */
  readonly count?: number | undefined;
  readonly countRange?: OffsetRange | undefined;
}

/** Where the report's year came from, strongest first. */
export type YearSource = 'title' | 'period' | 'preamble' | 'body';

/** Where the era came from. */
export type EraSource = 'override' | 'year' | 'structure';

/**
 * Everything parseReport found in a draft, with ranges. Parsing never fails: missing things are absent.
 *
 * Every range is an offset range of the document as the user has it (`source`). The parser reads
 * `text`, which is the source itself or, for HTML and pinyin-annotated mirror pages, its readable
 * view (design D2): exactly as long, markup and annotations blanked, every character at its source
 * offset. Lines differ between the two (a one-line page has many view lines): `lines` is for
 * parsing, `sourceLines` for every position shown to the user.
 */
export interface ReportModel {
  /** What the parser read: the source, or its readable view. */
  readonly text: string;
  /** Lines of `text`, for parsing. */
  readonly lines: LineIndex;
  /** The document as the user has it. */
  readonly source: string;
  /** Lines of `source`: every offset → line/character shown to the user (LSP, CLI, disable comments) goes through it. */
  readonly sourceLines: LineIndex;
  /** What the view blanked: HTML markup (then fixes may edit text only) and pinyin annotations. */
  readonly markup: { readonly html: boolean; readonly pinyin: boolean };
  readonly title?: { readonly text: string; readonly range: OffsetRange } | undefined;
  readonly issuer?: { readonly text: string; readonly range: OffsetRange } | undefined;
  /** Department or government, from the issuer; undefined when unsure. */
  readonly level?: ReportLevel | undefined;
  readonly year?: { readonly value: number; readonly source: YearSource; readonly range: OffsetRange } | undefined;
  readonly era: { readonly id: EraId; readonly source: EraSource };
  readonly yearStatements: readonly YearStatement[];
  readonly period?: StatisticsPeriod | undefined;
  readonly dates: readonly ReportDate[];
  /** From the start of the text (after the title) to the first part. */
  readonly preamble: OffsetRange;
  readonly preambleList?: PreambleList | undefined;
  readonly parts: readonly Part[];
  /** Numbered items outside any part (before the first part). */
  readonly looseItems: readonly Item[];
  /** Every table block of the text, in order, inside the parts and outside them (found once by the parse). */
  readonly tableBlocks: readonly TableBlock[];
  /** Where the report's own content ends (before the 落款 and trailing page chrome). */
  readonly contentEnd: number;
  /** The last sentence when the text stops in the middle of it (a cut-off copy or an unfinished draft). */
  readonly cutOff?: OffsetRange | undefined;
  /** Tables that arrived structured (D3), read from their grids instead of the text. */
  readonly presetTables?: readonly PresetTable[] | undefined;
  /** Where an importer found a table it could not read (a picture): the part holding one has its table. */
  readonly unreadableTables?: readonly OffsetRange[] | undefined;
}

export interface ParseOptions {
  /** Forces the era (CLI --era, settings). */
  readonly era?: EraId | undefined;
  /** Forces department or government deadlines. */
  readonly level?: ReportLevel | undefined;
  /** Tables that arrived structured (an imported Word file's), cell ranges in the text. */
  readonly tables?: readonly PresetTable[] | undefined;
  /** Places of tables an importer could not read (TABLE_IMAGE_NOTICE ranges). */
  readonly unreadableTables?: readonly OffsetRange[] | undefined;
}
