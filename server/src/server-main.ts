import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { REPORT_FILE_NAME } from './core/editor/detect';
import { RC_FILE_NAME } from './core/editor/options';
import { describeSkip } from './files/describe';
import { MAX_CONFIG_BYTES, readRegularFile } from './files/safe-read';
import type { SafeRead } from './files/safe-read';
import { listFolder } from './files/walk';
import { decodeReport } from './core/text/decode';
import { formatMessage } from './core/i18n/messages';
import type { Locale } from './core/i18n/messages';
import { serveAnalysesIfWorker } from './lsp/analysis-worker';
import { AnalysisWorkers } from './lsp/analysis-workers';
import { startServer } from './server';
import type { DirectoryEntry } from './service/cross-year';
import type { Exporters } from './office/exporters';

declare const GOVREPORT_VERSION: string | undefined;

/**
 * Entry point of dist/server.js: the connection over the transport the client chose (IPC in VS Code,
 * --stdio for others). Started again as a worker thread by the server itself (lsp/analysis-workers.ts),
 * the same file analyses documents instead (lsp/analysis-worker.ts): the core ships once.
 */
if (!serveAnalysesIfWorker()) startDesktopServer();

function startDesktopServer(): void {
  const connection = createConnection(ProposedFeatures.all);

  /** Why each path was last not read (a FIFO, a device, a socket, a link to one, too large, unreadable), for the workspace check's finding. */
  const unread = new Map<string, Exclude<SafeRead, { ok: true } | { reason: 'missing' }>>();

  /** A file the server would have read but did not: said once per path in the output channel (never silence), kept for the workspace check. */
  function skipped(path: string, read: Exclude<SafeRead, { ok: true }>): void {
    if (read.reason === 'missing') return;
    const known = unread.has(path);
    unread.set(path, read);
    // JSON.stringify: a file name with a line break or an escape sequence cannot forge a line of the log.
    if (!known) connection.console.warn(formatMessage('zh-cn', 'files/not-read', { path: JSON.stringify(path), reason: describeSkip(read, 'zh-cn') }));
  }

  startServer(connection, {
    // Regular files only, size-capped (files/safe-read.ts): a FIFO or /dev/zero in the workspace is never opened for reading.
    readText: (path) => {
      const read = readRegularFile(path, path.endsWith(RC_FILE_NAME) ? MAX_CONFIG_BYTES : undefined);
      if (!read.ok) {
        skipped(path, read);
        return undefined;
      }
      unread.delete(path);
      const bytes = Buffer.from(read.bytes.buffer, read.bytes.byteOffset, read.bytes.byteLength);
      // Reports on disk (last year's, for the cross-year checks) may be GB18030 or UTF-16, as in the CLI.
      if (!REPORT_FILE_NAME.test(path)) return bytes.toString('utf8');
      const decoded = decodeReport(bytes);
      return decoded.ok ? decoded.text : undefined;
    },
    whyUnread: (path: string, locale: Locale) => {
      const read = unread.get(path);
      return read && describeSkip(read, locale);
    },
    // Entries by their real type: links followed once, FIFOs, devices, sockets and dangling links left out
    // (those named like a report or a .govreportrc.json with a notice).
    readDirectory: (path) => {
      const listing = listFolder(path);
      if ('error' in listing) return undefined;
      return listing.entries.flatMap((e): DirectoryEntry[] => {
        if (e.kind === 'special' && (REPORT_FILE_NAME.test(e.name) || e.name === RC_FILE_NAME)) skipped(join(path, e.name), { ok: false, reason: 'special', kind: e.special });
        return e.kind === 'directory' ? [{ name: e.name, kind: 'directory', key: e.key }] : e.kind === 'file' && REPORT_FILE_NAME.test(e.name) ? [{ name: e.name, kind: 'file', size: e.size, key: e.key }] : [];
      });
    },
    // dist/server.js → <extension>/docs/rules
    docsBase: pathToFileURL(join(__dirname, '..', 'docs', 'rules')).href,
    version: typeof GOVREPORT_VERSION === 'string' ? GOVREPORT_VERSION : '0.0.0-dev',
    // The .xlsx/.docx writers: dist/office-export.js beside this bundle, loaded when a 校验报告 is saved in those formats.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    exporters: () => require(join(__dirname, 'office-export.js')) as Exporters,
    // Every check in a worker thread running this very bundle: a long one never holds up another document's answers.
    analyses: new AnalysisWorkers({ script: __filename }),
  });
}
