import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { REPORT_FILE_NAME } from './core/editor/detect';
import { decodeReport } from './core/text/decode';
import { startServer } from './server';
import type { DirectoryEntry } from './service/cross-year';
import type { Exporters } from './office/exporters';

declare const GOVREPORT_VERSION: string | undefined;

/** Entry point of dist/server.js: the connection over the transport the client chose (IPC in VS Code, --stdio for others). */
startServer(createConnection(ProposedFeatures.all), {
  readText: (path) => {
    try {
      const bytes = readFileSync(path);
      // Reports on disk (last year's, for the cross-year checks) may be GB18030 or UTF-16, as in the CLI.
      if (!REPORT_FILE_NAME.test(path)) return bytes.toString('utf8');
      const decoded = decodeReport(bytes);
      return decoded.ok ? decoded.text : undefined;
    } catch {
      return undefined;
    }
  },
  readDirectory: (path) => {
    try {
      return readdirSync(path, { withFileTypes: true }).flatMap((e): DirectoryEntry[] => {
        if (e.isDirectory()) return [{ name: e.name, kind: 'directory' }];
        if (!e.isFile() || !REPORT_FILE_NAME.test(e.name)) return [];
        let size: number | undefined;
        try {
          size = statSync(join(path, e.name)).size;
        } catch {
          return [];
        }
        return [{ name: e.name, kind: 'file', size }];
      });
    } catch {
      return undefined;
    }
  },
  // dist/server.js → <extension>/docs/rules
  docsBase: pathToFileURL(join(__dirname, '..', 'docs', 'rules')).href,
  version: typeof GOVREPORT_VERSION === 'string' ? GOVREPORT_VERSION : '0.0.0-dev',
  // The .xlsx/.docx writers: dist/office-export.js beside this bundle, loaded when a 校验报告 is saved in those formats.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  exporters: () => require(join(__dirname, 'office-export.js')) as Exporters,
});
