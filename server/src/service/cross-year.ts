import { bodyKey, isPreviousReport } from '../core/cross-year/pairing';
import { looksLikeReport, REPORT_FILE_NAME } from '../core/editor/detect';
import type { ReportModel } from '../core/model/types';
import { trimEndOf } from '../core/text/trim';

/**
 * Cross-year findings in the editor: the current document against the same body's previous
 * year's report, found among the open documents and the report files of the workspace. Pure:
 * the server gives the candidates (and a directory reader for the bounded workspace scan).
 */
export interface ReportCandidate {
  /** Where the report is: an open document's URI or a workspace file's `file:` URI. */
  readonly uri: string;
  readonly model: ReportModel;
}

/** The previous year's report of `current` among `candidates` (the first that fits), never itself. */
export function previousReportOf(current: ReportModel, currentUri: string, candidates: Iterable<ReportCandidate>): ReportCandidate | undefined {
  if (bodyKey(current) === undefined || current.year === undefined) return undefined;
  for (const c of candidates) if (c.uri !== currentUri && isPreviousReport(current, c.model)) return c;
  return undefined;
}

/** Whether two reports are one body's consecutive years (either way round): a change in one changes the other's findings. */
export function arePaired(a: ReportModel, b: ReportModel): boolean {
  return isPreviousReport(a, b) || isPreviousReport(b, a);
}

/** A directory entry as the server's file system adapter sees it. */
export interface DirectoryEntry {
  readonly name: string;
  readonly kind: 'file' | 'directory';
  /** Bytes, when known. */
  readonly size?: number;
  /** What names the real folder or file (its real path, its device and inode), when known: a symlink to something already seen is not followed again. */
  readonly key?: string;
}

export interface ScanLimits {
  /** Report files returned at most. */
  readonly maxFiles: number;
  /** Directory entries looked at in all. */
  readonly maxEntries: number;
  readonly maxDepth: number;
  /** Larger files are skipped (bytes). */
  readonly maxBytes: number;
}

export const SCAN_LIMITS: ScanLimits = { maxFiles: 200, maxEntries: 5000, maxDepth: 6, maxBytes: 2_000_000 };

const SKIPPED_DIRECTORY = /^(\.|node_modules$|out$|dist$)/;

/**
 * The .md/.markdown/.txt files under the workspace folders, breadth first, bounded (files, entries,
 * depth, size): a large workspace costs a bounded walk, never a full one. Hidden folders,
 * node_modules, out and dist are skipped; a folder or file whose key was seen (a symlink loop, a
 * second link) is not visited again. Paths use '/'.
 */
export function scanReportFiles(folders: readonly string[], readDirectory: (path: string) => readonly DirectoryEntry[] | undefined, limits: ScanLimits = SCAN_LIMITS): string[] {
  const out: string[] = [];
  let entries = 0;
  const seen = new Set<string>();
  const first = (e: DirectoryEntry): boolean => {
    if (e.key === undefined) return true;
    if (seen.has(e.key)) return false;
    seen.add(e.key);
    return true;
  };
  let queue = folders.map((f) => ({ path: trimEndOf(f, '/') || '/', depth: 0 }));
  while (queue.length > 0 && out.length < limits.maxFiles && entries < limits.maxEntries) {
    const next: typeof queue = [];
    for (const { path, depth } of queue) {
      const list = [...(readDirectory(path) ?? [])].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const e of list) {
        if (++entries > limits.maxEntries || out.length >= limits.maxFiles) break;
        const child = `${path === '/' ? '' : path}/${e.name}`;
        if (e.kind === 'directory' && depth + 1 < limits.maxDepth && !SKIPPED_DIRECTORY.test(e.name) && first(e)) next.push({ path: child, depth: depth + 1 });
        else if (e.kind === 'file' && REPORT_FILE_NAME.test(e.name) && (e.size === undefined || e.size <= limits.maxBytes) && first(e)) out.push(child);
      }
    }
    queue = next;
  }
  return out;
}

/** Whether a workspace file can be someone's previous report (cheap test first, then the model's). */
export function mayBeReport(text: string, model: () => ReportModel): ReportModel | undefined {
  if (!text.slice(0, 4000).includes('信息公开')) return undefined;
  const m = model();
  return looksLikeReport(m) && bodyKey(m) !== undefined && m.year !== undefined ? m : undefined;
}
