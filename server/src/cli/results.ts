import type { Finding } from '../core/rules/types';
import type { LineIndex } from '../core/text/line-index';
import type { EraId } from '../core/format/eras';
import type { SourceLocation } from '../core/import/types';
import type { OffsetRange } from '../core/text/line-index';

/** What the CLI learnt about one file: its findings, or why it could not be checked. */
export interface FileResult {
  readonly path: string;
  readonly era?: EraId;
  readonly year?: number;
  readonly lines?: LineIndex;
  readonly findings: readonly Finding[];
  /** Why the file was not checked (unreadable, binary): makes the exit code 2. */
  readonly failure?: string;
  /** Why there was nothing to check (empty): reported, not a failure. */
  readonly notice?: string;
  /** For a file read by an importer: its format (ranges are then lines of its Markdown rendering)… */
  readonly format?: string;
  /** …and where a range of the rendering is in the original file, with its wording (表三第5行第2列). */
  readonly source?: (range: OffsetRange) => { readonly location: SourceLocation; readonly label: string } | undefined;
}
