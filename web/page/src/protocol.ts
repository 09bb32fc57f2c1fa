import type { ColumnSpec } from '../../../server/src/core/format/tables';
import type { UnitFacts } from '../../../server/src/core/office/types';
import type { Severity } from '../../../server/src/core/rules/types';
import type { OffsetRange } from '../../../server/src/core/text/line-index';
import type { DroppedFile } from './check';

/**
 * What the page and its checking worker (worker.ts) say to each other: plain data only (structured
 * clone), so that the page's views never hold an analysis and the worker never touches the DOM.
 */
export interface ToWorker { readonly type: 'check'; readonly files: readonly DroppedFile[] }

export type FromWorker =
  | { readonly type: 'progress'; readonly done: number; readonly total: number; readonly path: string }
  | { readonly type: 'checked'; readonly files: readonly FileView[] }
  | { readonly type: 'failed'; readonly message: string };

export interface Position { readonly line: number; readonly character: number }

/** One finding as the page draws it: the message, where (0-based line/column, offsets into `text`), the fix as before/after. */
export interface FindingView {
  readonly rule: string;
  /** The rule's Chinese title. */
  readonly title: string;
  readonly severity: Severity;
  readonly message: string;
  readonly range: OffsetRange;
  readonly start: Position;
  readonly end: Position;
  /** Where it is in the Word or PDF file (第3段, 表三第5行第2列, 第4页). */
  readonly source?: string;
  readonly fix?: { readonly title: string; readonly safe: boolean; readonly edits: readonly { readonly before: string; readonly after: string }[] };
  readonly related: readonly string[];
}

/** A cell of an official form: the value as read, its place in the text, the findings about it (indexes), the value a fix would put. */
export interface CellView {
  readonly text: string;
  readonly range: OffsetRange;
  readonly findings: readonly number[];
  readonly expected?: string;
}

export interface FormRowView {
  readonly label: string;
  readonly groups: readonly string[];
  readonly total: boolean;
  /** One per column of the block; null where the report has no such cell. */
  readonly cells: readonly (CellView | null)[];
}

export interface FormBlockView {
  readonly heading?: string;
  readonly corner: string;
  readonly columns: readonly Pick<ColumnSpec, 'key' | 'label' | 'groups'>[];
  readonly rows: readonly FormRowView[];
}

/** A statistical table drawn as its official form (template rows and columns, the report's values). */
export interface FormView {
  readonly id: string;
  readonly title: string;
  readonly blocks: readonly FormBlockView[];
}

/** One file's result for the views and the 校验报告. */
export interface FileView {
  readonly path: string;
  readonly name: string;
  readonly failure?: string;
  readonly notice?: string;
  /** Checked as a report: era, year, text, findings and forms below. */
  readonly checked: boolean;
  readonly era: string;
  readonly year?: number;
  /** The file was a Word or PDF file, shown as its Markdown rendering. */
  readonly importedFrom?: 'Word' | 'PDF';
  readonly text: string;
  readonly findings: readonly FindingView[];
  readonly forms: readonly FormView[];
  /** What the 校验报告 needs of this file (core/office/facts.ts). */
  readonly facts: UnitFacts;
}
