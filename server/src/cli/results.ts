import type { Finding } from '../core/rules/types';
import type { LineIndex, Position } from '../core/text/line-index';
import type { EraId } from '../core/format/eras';
import type { SourceLocation } from '../core/import/types';
import type { OffsetRange } from '../core/text/line-index';

/** What the CLI learnt about one file: its findings, or why it could not be checked. */
export interface FileResult {
  readonly path: string;
  readonly era?: EraId | undefined;
  readonly year?: number | undefined;
  readonly lines?: LineIndex | undefined;
  readonly findings: readonly Finding[];
  /** Why the file was not checked (unreadable, binary): makes the exit code 2. */
  readonly failure?: string | undefined;
  /** Why there was nothing to check (empty): reported, not a failure. */
  readonly notice?: string | undefined;
  /** For a file read by an importer: its format (ranges are then lines of its Markdown rendering)… */
  readonly format?: string | undefined;
  /** …and where a range of the rendering is in the original file, with its wording (表三第5行第2列). */
  readonly source?: ((range: OffsetRange) => { readonly location: SourceLocation; readonly label: string } | undefined) | undefined;
}

/**
 * Where an offset of the file lies (0-based; the formatters add 1 where they print). A file with
 * findings was read, so it has its line index; the start of the file otherwise.
 */
export function positionIn(result: FileResult, offset: number): Position {
  return result.lines?.positionAt(offset) ?? { line: 0, character: 0 };
}
