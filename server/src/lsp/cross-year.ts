import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { addCrossYear } from '../core/analyze';
import type { Analysis } from '../core/analyze';
import { arePaired, previousReportOf } from '../service/cross-year';
import type { ReportCandidate } from '../service/cross-year';
import { filePathOf } from '../service/uri';
import { WorkspaceReports } from '../workspace-reports';
import { isGivenUp } from './analyses';
import type { DocumentAnalyses } from './analyses';
import type { ServerEnvironment } from './environment';

/**
 * Cross-year pairing in the editor: the previous year's report of a document is an open document
 * or a report file of the workspace (an open document wins over its file on disk). Keeps, per open
 * document, which open documents took it as their previous report, so that a change to it asks
 * the client to pull their diagnostics again.
 */
export class CrossYearPairing {
  private readonly workspaceReports: WorkspaceReports;
  /** Per open document, the open documents whose previous year's report it was at the last look. */
  private readonly dependents = new Map<string, Set<string>>();

  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly analyses: DocumentAnalyses,
    env: ServerEnvironment,
    private readonly refresh: () => void,
  ) {
    this.workspaceReports = new WorkspaceReports(env);
  }

  /** The workspace folders (paths) whose report files may be previous years' reports. */
  setFolders(paths: readonly string[]): void {
    this.workspaceReports.setFolders(paths);
  }

  /** Every report a document may be compared with: the open documents, then the workspace's report files that are not open. */
  async candidates(): Promise<ReportCandidate[]> {
    const all = this.documents.all();
    const open = (await Promise.all(all.map(async (d) => ({ uri: d.uri, analysis: await this.analyses.forPairing(d) }))))
      .flatMap(({ uri, analysis }) => (analysis ? [{ uri, model: analysis.model }] : []));
    const openPaths = new Set(all.map((d) => filePathOf(d.uri)).filter((p) => p !== undefined));
    return [...open, ...[...this.workspaceReports.candidates()].filter(([path]) => !openPaths.has(path)).map(([, c]) => c)];
  }

  /** The analysis with its cross-year findings, and where the previous report is (none when there is none). */
  async withPrevious(doc: TextDocument, analysis: Analysis): Promise<{ analysis: Analysis; previousUri?: string }> {
    if (!analysis.checked) return { analysis };
    const previous = previousReportOf(analysis.model, doc.uri, await this.candidates());
    return previous ? { analysis: addCrossYear(analysis, previous.model), previousUri: previous.uri } : { analysis };
  }

  /** After `uri` changed (or closed): when an open document takes it as its previous report, now or before, pull again. */
  async documentChanged(uri: string, closed = false): Promise<void> {
    const doc = this.documents.get(uri);
    const before = this.dependents.get(uri) ?? new Set<string>();
    const now = new Set<string>();
    if (doc && !closed) {
      let model;
      try {
        model = (await this.analyses.of(doc)).model;
      } catch (error) {
        // A newer version replaced this one before it was analysed: its own change event comes next.
        if (isGivenUp(error)) return;
        throw error;
      }
      for (const other of this.documents.all()) {
        const theirs = other.uri === uri ? undefined : await this.analyses.forPairing(other);
        if (theirs && arePaired(theirs.model, model)) now.add(other.uri);
      }
    }
    if (closed) this.dependents.delete(uri);
    else this.dependents.set(uri, now);
    if (before.size > 0 || now.size > 0) this.refresh();
  }

  /** Report files changed on disk: re-read them; pull again when an open document pairs with one (before or after). */
  filesChanged(paths: readonly string[]): void {
    const analyses = this.documents.all().map((d) => this.analyses.cached(d.uri)).filter((a) => a !== undefined);
    let affected = false;
    for (const path of paths) {
      const { before, after } = this.workspaceReports.update(path);
      affected ||= [before, after].some((x) => x !== undefined && analyses.some((a) => arePaired(a.model, x.model)));
    }
    if (affected) this.refresh();
  }
}
