import type { EraId, ReportLevel } from '../format/eras';
import type { TableEra, TableId } from '../format/tables';
import type { SourceLocation } from '../import/types';
import type { Severity } from '../rules/types';

/** A calendar day. */
export interface Day {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** The text around a finding, on its line: what a clerk reads to find the place. */
export interface FindingContext {
  readonly before: string;
  readonly match: string;
  readonly after: string;
}

/** A reviewer's conclusion on a finding, kept in the sidecar file (decisions.ts). */
export type Decision = 'verified' | 'not-a-problem';

/** Against the last recorded check (the sidecar's baseline): new, or still open. */
export type FindingState = 'new' | 'open';

/**
 * One finding as the office shows it: what `govreport check` says, plus where it is by meaning
 * (part, table cell), the text around it, what to change, and its fingerprint. Plain data: no
 * model, so that 10,000 files stay in memory and a worker can send it.
 */
export interface OfficeFinding {
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  /** 1-based, in the file as read (as `check` prints it). */
  readonly line: number;
  readonly column: number;
  /** Paragraph, table cell or page in a Word/PDF original (D4), when the importer knows it. */
  readonly source?: SourceLocation;
  /** The table of 二/三/四 the source cell belongs to, to say 表三 instead of 第2张表. */
  readonly sourceTable?: TableId;
  /** Where by meaning: 第三部分, 表三「（七）总计 / 自然人」, 标题, 落款. */
  readonly place: string;
  readonly context?: FindingContext;
  /** What to change, when the finding carries a fix. */
  readonly advice?: string;
  /** Stable across re-checks (fingerprint.ts). */
  readonly fingerprint: string;
  /** The other file an office finding is about (the sibling copied, last year's report). */
  readonly other?: string;
  readonly state?: FindingState;
  readonly decision?: Decision;
  readonly note?: string;
}

/** A prose sentence, reduced for the copy check: a hash of its normalised text, its length, its line. */
export interface SentenceFact {
  readonly hash: number;
  readonly length: number;
  readonly line: number;
  readonly column: number;
}

/** A table cell's value and where it stands (1-based). */
export interface CellFact {
  readonly value: number;
  readonly line: number;
  readonly column: number;
}

/** What the office keeps of one checked file. */
export interface UnitFacts {
  readonly path: string;
  /** The unit as a clerk names it: the issuing body, else the title, else the file name. */
  readonly name: string;
  /** The body, normalised (cross-year pairing key), when the report names one. */
  readonly body?: string;
  readonly year?: number;
  readonly era?: EraId;
  readonly level?: ReportLevel;
  /** The published date on the page, else the 落款 (signature) date. */
  readonly dated?: { readonly kind: 'published' | 'signature'; readonly date: Day; readonly line: number; readonly column: number };
  /** Table cells read as numbers, by template keys: "三/carried/natural". */
  readonly cells: Readonly<Record<string, CellFact>>;
  /** The template each table read follows. */
  readonly tables: Readonly<Partial<Record<TableId, TableEra>>>;
  readonly sentences: readonly SentenceFact[];
  readonly findings: readonly OfficeFinding[];
  /** Why the file could not be checked (unreadable, binary). */
  readonly failure?: string;
  /** Why it was not checked (empty, not a report). */
  readonly notice?: string;
}
