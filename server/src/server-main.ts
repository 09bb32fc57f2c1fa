import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { REPORT_FILE_NAME } from './core/editor/detect';
import { RC_FILE_NAME } from './core/editor/options';
import { MAX_CONFIG_BYTES, readRegularFile } from './files/safe-read';
import { listFolder } from './files/walk';
import { decodeReport } from './core/text/decode';
import { startServer } from './server';
import type { DirectoryEntry } from './service/cross-year';
import type { Exporters } from './office/exporters';

declare const GOVREPORT_VERSION: string | undefined;

/** Entry point of dist/server.js: the connection over the transport the client chose (IPC in VS Code, --stdio for others). */
startServer(createConnection(ProposedFeatures.all), {
  // Regular files only, size-capped (files/safe-read.ts): a FIFO or /dev/zero in the workspace is never opened for reading.
  readText: (path) => {
    const read = readRegularFile(path, path.endsWith(RC_FILE_NAME) ? MAX_CONFIG_BYTES : undefined);
    if (!read.ok) return undefined;
    const bytes = Buffer.from(read.bytes.buffer, read.bytes.byteOffset, read.bytes.byteLength);
    // Reports on disk (last year's, for the cross-year checks) may be GB18030 or UTF-16, as in the CLI.
    if (!REPORT_FILE_NAME.test(path)) return bytes.toString('utf8');
    const decoded = decodeReport(bytes);
    return decoded.ok ? decoded.text : undefined;
  },
  // Entries by their real type: links followed once, FIFOs, devices, sockets and dangling links left out.
  readDirectory: (path) => {
    const listing = listFolder(path);
    if ('error' in listing) return undefined;
    return listing.entries.flatMap((e): DirectoryEntry[] =>
      e.kind === 'directory' ? [{ name: e.name, kind: 'directory', key: e.key }] : e.kind === 'file' && REPORT_FILE_NAME.test(e.name) ? [{ name: e.name, kind: 'file', size: e.size, key: e.key }] : []);
  },
  // dist/server.js → <extension>/docs/rules
  docsBase: pathToFileURL(join(__dirname, '..', 'docs', 'rules')).href,
  version: typeof GOVREPORT_VERSION === 'string' ? GOVREPORT_VERSION : '0.0.0-dev',
  // The .xlsx/.docx writers: dist/office-export.js beside this bundle, loaded when a 校验报告 is saved in those formats.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  exporters: () => require(join(__dirname, 'office-export.js')) as Exporters,
});
