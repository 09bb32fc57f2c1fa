import type { Finding } from '../core/rules/types';
import type { LineIndex } from '../core/text/line-index';
import type { EraId } from '../core/format/eras';

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
}
