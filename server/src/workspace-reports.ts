import { parseReport } from './core/model/parse-report';
import { mayBeReport, scanReportFiles } from './service/cross-year';
import type { DirectoryEntry, ReportCandidate } from './service/cross-year';
import { fileUriOf } from './service/uri';
import { trimEndOf } from './core/text/trim';

/** What the index needs from the machine (the server's environment). */
export interface ReportFiles {
  readText(path: string): string | undefined;
  /** The entries of a directory; undefined when it cannot be read. Without it, no workspace scan. */
  readDirectory?(path: string): readonly DirectoryEntry[] | undefined;
}

/**
 * The reports among the workspace's files, for cross-year pairing when the previous year's report
 * is not open. Built lazily by a bounded scan (service/cross-year.ts `scanReportFiles`) on the first
 * question, then kept up to date file by file from watched-file events. Adapter state, not logic:
 * the server owns one; the service functions decide what pairs with what.
 */
export class WorkspaceReports {
  private folders: readonly string[] = [];
  private index: Map<string, ReportCandidate> | undefined;

  constructor(private readonly files: ReportFiles) {}

  setFolders(folders: readonly string[]): void {
    this.folders = folders;
    this.index = undefined;
  }

  /** The report files of the workspace (path → candidate), scanning once. */
  candidates(): ReadonlyMap<string, ReportCandidate> {
    if (!this.index) {
      const index = new Map<string, ReportCandidate>();
      this.index = index;
      const read = this.files.readDirectory?.bind(this.files);
      if (read) for (const path of scanReportFiles(this.folders, read)) this.load(index, path);
    }
    return this.index;
  }

  /**
   * A file changed, appeared or disappeared on disk: re-read it. Returns the candidate before and
   * after, so the caller can tell whether an open document's pairing was affected.
   */
  update(path: string): { before: ReportCandidate | undefined; after: ReportCandidate | undefined } {
    const index = this.candidates() as Map<string, ReportCandidate>;
    const before = index.get(path);
    index.delete(path);
    const inside = this.folders.some((f) => path.startsWith(`${trimEndOf(f, '/')}/`));
    const after = inside ? this.load(index, path) : undefined;
    return { before, after };
  }

  private load(index: Map<string, ReportCandidate>, path: string): ReportCandidate | undefined {
    const text = this.files.readText(path);
    const model = text === undefined ? undefined : mayBeReport(text, () => parseReport(text));
    if (!model) return undefined;
    const candidate = { uri: fileUriOf(path), model };
    index.set(path, candidate);
    return candidate;
  }
}
