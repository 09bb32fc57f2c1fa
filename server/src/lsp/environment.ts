import type { Locale } from '../core/i18n/messages';
import type { Exporters } from '../office/exporters';
import type { DirectoryEntry } from '../service/cross-year';
import type { AnalysisRunner } from './analysis-runner';

/** What the server needs from the machine: reading files (.govreportrc.json, workspace check, previous years' reports) and where the rule docs are. */
export interface ServerEnvironment {
  readText(path: string): string | undefined;
  /** Why `readText` last found nothing at `path` although something is there (a FIFO, a device, a socket, a link to one, too large, unreadable), as a phrase; undefined when it was read or is missing. */
  whyUnread?(path: string, locale: Locale): string | undefined;
  /** A directory's entries, for the bounded scan of the workspace's report files (cross-year); none without it. */
  readDirectory?(path: string): readonly DirectoryEntry[] | undefined;
  /** A URI without trailing '/', e.g. file:///…/extension/docs/rules. */
  readonly docsBase?: string;
  /** The extension's version, named in the 校验报告. */
  readonly version?: string;
  /** The .xlsx/.docx writers (dist/office-export.js), loaded on first use. */
  exporters?(): Exporters;
  /** Where documents are analysed off the server's thread (the desktop server: worker threads, lsp/analysis-workers.ts); none: in the server's thread. */
  readonly analyses?: AnalysisRunner | undefined;
}
