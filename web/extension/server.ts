import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import type { ServerEnvironment } from '../../server/src/lsp/environment';
import { startServer } from '../../server/src/server';
import { base64ToBytes } from '../../server/src/import/base64';
import { docsBaseOf, PDFJS_CMAP_REQUEST, pdfjsBaseOf } from './initialization';
import { setPdfSource } from './pdf';

declare const GOVREPORT_VERSION: string | undefined;

/**
 * The web extension's language server (dist/web/server.js), run by the browser client in a Web
 * Worker: the same `startServer` as the desktop server (server/src/server.ts, its state in
 * server/src/lsp/, every answer from server/src/service/, every check through core/analyze.ts),
 * over the worker's message port instead of IPC. What differs is the environment: a worker cannot
 * read the disk, so `readText` finds nothing (no `.govreportrc.json`, no workspace check of files
 * that are not open) and there is no `readDirectory` (the previous year's report is looked for
 * among the open documents only); PDFs are read with the extension's own pdf.js, imported from its
 * dist/pdfjs by URL on the first PDF (web/extension/pdf.ts); .doc/.wps are refused with a reason
 * (esbuild.mjs maps their reader to web/extension/unavailable-readers.ts), and the 校验报告 is
 * saved as HTML only.
 */
// The worker's global scope is its message port (reader and writer accept a DedicatedWorkerGlobalScope,
// a type of the WebWorker library, which cannot be loaded beside the DOM library the page needs; its
// postMessage/message event are a Worker's).
const port = globalThis as unknown as Worker;
const environment: { -readonly [K in keyof ServerEnvironment]: ServerEnvironment[K] } = {
  readText: () => undefined,
  version: typeof GOVREPORT_VERSION === 'string' ? GOVREPORT_VERSION : '0.0.0-dev',
};
// Where the rule docs are comes with the client's `initialize` request (web/extension/client.ts);
// the server reads env.docsBase for every diagnostic, so it is set before the first one.
const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(port), new BrowserMessageWriter(port));
port.addEventListener('message', (event: MessageEvent<unknown>) => {
  const docsBase = docsBaseOf(event.data);
  if (docsBase !== undefined) environment.docsBase = docsBase;
  const pdfjsBase = pdfjsBaseOf(event.data);
  if (pdfjsBase !== undefined) {
    setPdfSource({
      pdfjsBase,
      readCMap: async (name) => {
        const data = await connection.sendRequest<string | null>(PDFJS_CMAP_REQUEST, { name });
        // A map that is not shipped (Japanese, Korean): pdf.js reads that font without it, as on the desktop.
        if (data === null) throw new Error(`character map not shipped: ${name}`);
        return base64ToBytes(data);
      },
    });
  }
});
startServer(connection, environment);
